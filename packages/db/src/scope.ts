import type { Database } from './database.js';
import type { Prisma } from './generated/prisma/client.js';

export type Tx = Prisma.TransactionClient;

/** Whose rows a request may touch; row-level security repeats it on the database side. */
export type Scope =
  | { kind: 'municipality'; municipalityCode: string }
  | { kind: 'prefecture'; prefectureCode: string }
  | { kind: 'public'; municipalityCode: string | null };

/**
 * Runs `work` in one interactive transaction as the non-superuser role kasane_app with the
 * scope's settings, so policies apply; nothing leaks past the transaction (SET LOCAL).
 */
export async function inScope<T>(db: Database, scope: Scope, work: (tx: Tx) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  const municipality = scope.kind === 'prefecture' ? '' : (scope.municipalityCode ?? '');
  const prefecture = scope.kind === 'prefecture' ? scope.prefectureCode : '';
  return db.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe('SET LOCAL ROLE kasane_app');
    await tx.$queryRaw`SELECT set_config('app.municipality', ${municipality}, true), set_config('app.prefecture', ${prefecture}, true)`;
    return work(tx);
  }, { ...db.transactionOptions, ...options });
}

/** The owner connection, for start-up, seeding, sign-in and administrative commands only. */
export async function asSystem<T>(db: Database, work: (tx: Tx) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  return db.prisma.$transaction(work, { ...db.transactionOptions, ...options });
}
