// Statements on the request's hot path go straight to the driver (ADR 0035): the ORM's per-query
// work (query compilation, argument mapping, result shaping) cost more CPU than the SQL itself. They
// run on the very connection of the caller's interactive transaction, so they see its role, tenant
// settings and uncommitted rows and commit or roll back with it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { Prisma } from './generated/prisma/client.js';
import type { Tx } from './scope.js';

/** PGlite or one of its transactions. */
export interface PGliteQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** A pg client or pool. */
export interface PgQueryable {
  query(config: { name?: string; text: string; values: unknown[]; types: { getTypeParser: (oid: number, format?: string) => unknown } }): Promise<{ rows: unknown[] }>;
}

export type Driver = { kind: 'pglite'; driver: PGliteQueryable } | { kind: 'pg'; driver: PgQueryable; parserOf: (oid: number) => (value: string) => unknown };

export interface RawOptions {
  /**
   * Prepare once per connection and reuse (PostgreSQL server only): for the few statements every
   * request sends, whose parse and plan cost more than their execution. Their text must not vary
   * with the input (no lists spelled out), or each variant becomes a prepared statement of its own.
   */
  prepared?: boolean;
}

export interface RawRunner {
  rows<T>(q: Prisma.Sql, options?: RawOptions): Promise<T[]>;
}

const names = new Map<string, string>();
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `kasane_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

// Values come back as PGlite gives them, whichever the back end: a `date` is midnight UTC (pg would
// make it midnight in the server's time zone), an int8 a number while it is a safe integer.
const pgOverrides: Record<number, (value: string) => unknown> = {
  1082: (v) => new Date(`${v}T00:00:00Z`),
  20: (v) => {
    const n = BigInt(v);
    return n < BigInt(Number.MIN_SAFE_INTEGER) || n > BigInt(Number.MAX_SAFE_INTEGER) ? n : Number(n);
  },
};

export function rawRunnerOf(d: Driver): RawRunner {
  if (d.kind === 'pglite') return { rows: async <T>(q: Prisma.Sql) => (await d.driver.query(q.text, q.values)).rows as T[] };
  const types = { getTypeParser: (oid: number) => pgOverrides[oid] ?? d.parserOf(oid) };
  return {
    rows: async <T>(q: Prisma.Sql, options?: RawOptions) => {
      const text = q.text; // a getter that joins the parts on every read
      return (await d.driver.query(options?.prepared ? { name: nameOf(text), text, values: q.values, types } : { text, values: q.values, types })).rows as T[];
    },
  };
}

/** Filled by the adapter when the transaction opened in this async context takes its connection. */
const opening = new AsyncLocalStorage<{ runner?: RawRunner }>();
const runners = new WeakMap<Tx, RawRunner>();

/** The adapter's hook: the transaction just opened on `driver` belongs to the caller waiting in `opening`. */
export function noteTransactionDriver(driver: Driver): void {
  const slot = opening.getStore();
  if (slot && !slot.runner) slot.runner = rawRunnerOf(driver);
}

/**
 * Runs `open` (which starts an interactive transaction) so that the transaction client it hands to
 * its callback can be bound to its connection with `bind`.
 */
export function withTransactionDriver<T>(open: (bind: (tx: Tx) => void) => Promise<T>): Promise<T> {
  const slot: { runner?: RawRunner } = {};
  return opening.run(slot, () =>
    open((tx) => {
      if (slot.runner) runners.set(tx, slot.runner);
    }),
  );
}

/**
 * Rows of a statement in the transaction `tx`, on its own connection without the ORM; where `tx`
 * was not opened by `inScope`/`asSystem` (a test's client), through the ORM's `$queryRaw`.
 */
export function sqlRows<T>(tx: Tx, q: Prisma.Sql, options?: RawOptions): Promise<T[]> {
  const runner = runners.get(tx);
  return runner ? runner.rows<T>(q, options) : tx.$queryRaw<T[]>(q);
}

/**
 * A transaction client for work done wholly without the ORM (`inScope(…, { sqlOnly: true })`): it
 * carries the connection for `sqlRows` and the audit queue, and refuses every ORM call loudly, so a
 * procedure declared SQL-only that reaches for the ORM fails in its tests, not quietly elsewhere.
 */
export function sqlOnlyTx(runner: RawRunner): Tx {
  const tx = new Proxy(
    {},
    {
      get(_, property) {
        if (property === 'then') return undefined;
        throw new Error(`this transaction runs without the ORM (sqlOnly): ${String(property)} is not available; use sqlRows`);
      },
    },
  ) as Tx;
  runners.set(tx, runner);
  return tx;
}

/** Whether `tx` sends `sqlRows` straight to its connection (for the tests that prove it). */
export const sendsRawToDriver = (tx: Tx): boolean => runners.has(tx);
