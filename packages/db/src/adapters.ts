// Driver adapter factories for the two PostgreSQL back ends, with the script execution fixed:
// pglite-prisma-adapter 0.7.2 does not await `exec` (a failing migration would be recorded as
// applied) and @prisma/adapter-pg splits scripts on ';' (breaking DO $$ … $$ blocks). Both
// now send the whole script and await it. See ../../shared/STACK.md "Toolchain facts".
import type { PGlite } from '@electric-sql/pglite';
// Each transaction's connection is also handed to `noteTransactionDriver` (raw-sql.ts, ADR 0035).
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openPGlite } from './pglite.js';
import { noteTransactionDriver } from './raw-sql.js';
import type { Driver } from './raw-sql.js';

type ScriptRunner = (adapter: SqlDriverAdapter, script: string) => Promise<void>;

function withWholeScripts(base: SqlMigrationAwareDriverAdapterFactory, run: ScriptRunner, driverOf: (t: Transaction) => Driver): SqlMigrationAwareDriverAdapterFactory {
  const fix = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      noteTransactionDriver(driverOf(transaction));
      return transaction;
    };
    adapter.executeScript = async (script: string) => {
      try {
        await run(adapter, script);
      } catch (cause) {
        throw new Error(`SQL script failed: ${(cause as Error).message}`, { cause });
      }
    };
    return adapter;
  };
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => fix(await base.connect()),
    connectToShadowDb: async () => fix(await base.connectToShadowDb()),
  };
}

interface HasClient<T> {
  client: T;
}

export function pgliteAdapterFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPGlite(pglite);
  // The stock shadow database lacks our extensions; migrations that use them would fail there.
  base.connectToShadowDb = async () => new PrismaPGlite(await openPGlite({ memory: true })).connect();
  return withWholeScripts(
    base,
    async (adapter, script) => {
      await (adapter as unknown as HasClient<PGlite>).client.exec(script);
    },
    (t) => ({ kind: 'pglite', driver: (t as unknown as HasClient<PGlite>).client }),
  );
}

/** The pool is the caller's, shared with the statements sent without the ORM. */
export function postgresAdapterFactory(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  return withWholeScripts(
    new PrismaPg(pool),
    async (adapter, script) => {
      await (adapter as unknown as HasClient<{ query(sql: string): Promise<unknown> }>).client.query(script);
    },
    (t) => ({ kind: 'pg', driver: (t as unknown as HasClient<pg.PoolClient>).client, parserOf: pgParserOf }),
  );
}

export const pgParserOf = (oid: number) => pg.types.getTypeParser(oid, 'text') as (value: string) => unknown;
