import type { Database } from './database.js';
import { Prisma } from './generated/prisma/client.js';
import { sqlRows, withTransactionDriver } from './raw-sql.js';

export type Tx = Prisma.TransactionClient;

/** Whose rows a request may touch; row-level security repeats it on the database side. */
export type Scope =
  | { kind: 'municipality'; municipalityCode: string }
  | { kind: 'prefecture'; prefectureCode: string }
  | { kind: 'public'; municipalityCode: string | null };

/**
 * The role each scope runs as (ADR 0019): staff as kasane_app (tenant policies), the portal as
 * kasane_public (published rows, insert a request), the prefecture as kasane_prefecture (count
 * functions only). None of them owns a table.
 */
export const scopeRoles = { municipality: 'kasane_app', public: 'kasane_public', prefecture: 'kasane_prefecture' } as const satisfies Record<Scope['kind'], string>;

/**
 * Runs `work` in one interactive transaction as the scope's non-superuser role with the scope's
 * settings, so policies apply; nothing leaks past the transaction (SET LOCAL). The role and the
 * tenant are set in one statement: `set_config('role', …, true)` is `SET LOCAL ROLE` (ADR 0024).
 */
export async function inScope<T>(db: Database, scope: Scope, work: (tx: Tx) => Promise<T>, options: { timeout?: number; role?: string } = {}): Promise<T> {
  const { role = scopeRoles[scope.kind], ...transaction } = options;
  const municipality = scope.kind === 'prefecture' ? '' : (scope.municipalityCode ?? '');
  const prefecture = scope.kind === 'prefecture' ? scope.prefectureCode : '';
  return withTransactionDriver((bind) =>
    db.prisma.$transaction(async (tx) => {
      bind(tx);
      await sqlRows(tx, Prisma.sql`SELECT set_config('role', ${role}, true), set_config('app.municipality', ${municipality}, true), set_config('app.prefecture', ${prefecture}, true)`, { prepared: true });
      return work(tx);
    }, { ...db.transactionOptions, ...transaction }),
  );
}

/**
 * The portal names its municipality in the request (public data): a portal transaction opened
 * without one enters it here, before it reads or writes that municipality's rows.
 */
export async function enterPublicMunicipality(tx: Tx, municipalityCode: string): Promise<void> {
  await sqlRows(tx, Prisma.sql`SELECT set_config('app.municipality', ${municipalityCode}, true)`, { prepared: true });
}

/**
 * Start-up, sign-in, sessions and the administrators' commands, before any tenant is known: as
 * kasane_system, which reads and writes every tenant but owns nothing, cannot TRUNCATE and cannot
 * change the audit log (ADR 0019).
 */
export async function asSystem<T>(db: Database, work: (tx: Tx) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  return withTransactionDriver((bind) =>
    db.prisma.$transaction(async (tx) => {
      bind(tx);
      await sqlRows(tx, Prisma.sql`SET LOCAL ROLE kasane_system`, { prepared: true });
      return work(tx);
    }, { ...db.transactionOptions, ...options }),
  );
}

/**
 * The owner: migrations' companions only (reference and demo data at start-up). No request waits on
 * it, so it may take minutes on a busy machine rather than fail the start.
 */
export async function asOwner<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.prisma.$transaction(work, { maxWait: 60_000, timeout: 300_000 });
}
