import type { Database } from './database.js';
import type { Prisma } from './generated/prisma/client.js';

export type Tx = Prisma.TransactionClient;

/** Whose rows a request may touch; row-level security repeats it on the database side. */
export type Scope =
  | { kind: 'municipality'; municipalityCode: string }
  | { kind: 'prefecture'; prefectureCode: string }
  | { kind: 'public'; municipalityCode: string | null };

/** The role a scoped transaction runs as: not the owner, so row-level security applies. */
export const scopedRole = 'kasane_app';

/**
 * Runs `work` in one interactive transaction as the non-superuser role `role` with the scope's
 * settings, so policies apply; nothing leaks past the transaction (SET LOCAL). The role and the
 * tenant are set in one statement: `set_config('role', …, true)` is `SET LOCAL ROLE` (ADR 0024).
 */
export async function inScope<T>(db: Database, scope: Scope, work: (tx: Tx) => Promise<T>, role: string = scopedRole): Promise<T> {
  const municipality = scope.kind === 'prefecture' ? '' : (scope.municipalityCode ?? '');
  const prefecture = scope.kind === 'prefecture' ? scope.prefectureCode : '';
  return db.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('role', ${role}, true), set_config('app.municipality', ${municipality}, true), set_config('app.prefecture', ${prefecture}, true)`;
    return work(tx);
  }, db.transactionOptions);
}

/** The owner connection, for start-up, seeding, sign-in and administrative commands only. */
export async function asSystem<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.prisma.$transaction(work, db.transactionOptions);
}
