import type { Database } from './database.js';
import { Prisma } from './generated/prisma/client.js';
import { pgParserOf } from './adapters.js';
import { rawRunnerOf, sqlOnlyTx, sqlRows, withTransactionDriver } from './raw-sql.js';

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

export interface ScopeOptions {
  timeout?: number;
  role?: string;
  /**
   * The work sends only `sqlRows` (ADR 0035): the transaction is opened on the driver, without the
   * ORM's interactive transaction, and on PostgreSQL BEGIN and the settings go in one round trip.
   */
  sqlOnly?: boolean;
}

/**
 * Runs `work` in one transaction as the scope's non-superuser role with the scope's settings, so
 * policies apply; nothing leaks past the transaction (SET LOCAL). The role and the tenant are set in
 * one statement: `set_config('role', …, true)` is `SET LOCAL ROLE` (ADR 0024).
 */
export async function inScope<T>(db: Database, scope: Scope, work: (tx: Tx) => Promise<T>, options: ScopeOptions = {}): Promise<T> {
  const { role = scopeRoles[scope.kind], sqlOnly = false, ...transaction } = options;
  const settings = { role, municipality: scope.kind === 'prefecture' ? '' : (scope.municipalityCode ?? ''), prefecture: scope.kind === 'prefecture' ? scope.prefectureCode : '' };
  if (sqlOnly) return inDriverTransaction(db, settings, transaction.timeout ?? db.transactionOptions.timeout, work);
  return withTransactionDriver((bind) =>
    db.prisma.$transaction(async (tx) => {
      bind(tx);
      await sqlRows(tx, settingsSql(settings), { prepared: true });
      return work(tx);
    }, { ...db.transactionOptions, ...transaction }),
  );
}

interface ScopeSettings {
  role: string;
  municipality: string;
  prefecture: string;
}

/** `SET LOCAL ROLE` and the tenant in one statement (`set_config(…, true)` is local to the transaction). */
const settingsSql = (s: ScopeSettings) =>
  Prisma.sql`SELECT set_config('role', ${s.role}, true), set_config('app.municipality', ${s.municipality}, true), set_config('app.prefecture', ${s.prefecture}, true)`;

async function inDriverTransaction<T>(db: Database, s: ScopeSettings, timeoutMs: number, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (db.pglite) {
    return db.pglite.transaction(async (t) => {
      const runner = rawRunnerOf({ kind: 'pglite', driver: t });
      await runner.rows(settingsSql(s));
      return work(sqlOnlyTx(runner));
    });
  }
  if (!db.pool) throw new Error('no connection pool');
  const client = await db.pool.connect();
  let healthy = true;
  try {
    // One round trip in the simple protocol (no parameters there): the values are quoted by the driver.
    const literal = (v: string) => client.escapeLiteral(v);
    await client.query(
      `BEGIN; SELECT set_config('role', ${literal(s.role)}, true), set_config('app.municipality', ${literal(s.municipality)}, true), ` +
        `set_config('app.prefecture', ${literal(s.prefecture)}, true), set_config('statement_timeout', ${literal(String(timeoutMs))}, true)`,
    );
    const result = await work(sqlOnlyTx(rawRunnerOf({ kind: 'pg', driver: client, parserOf: pgParserOf })));
    await client.query('COMMIT');
    return result;
  } catch (e) {
    // A connection that cannot even roll back is not handed to the next request.
    await client.query('ROLLBACK').catch(() => {
      healthy = false;
    });
    throw e;
  } finally {
    client.release(!healthy);
  }
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
