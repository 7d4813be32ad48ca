// Driver adapter factories for the two PostgreSQL back ends, with the script execution fixed:
// pglite-prisma-adapter 0.7.2 does not await `exec` (a failing migration would be recorded as
// applied) and @prisma/adapter-pg splits scripts on ';' (breaking DO $$ … $$ blocks). Both
// now send the whole script and await it. See ../../shared/STACK.md "Toolchain facts".
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openPGlite } from './pglite.js';

type ScriptRunner = (adapter: SqlDriverAdapter, script: string) => Promise<void>;

function withWholeScripts(base: SqlMigrationAwareDriverAdapterFactory, run: ScriptRunner): SqlMigrationAwareDriverAdapterFactory {
  const fix = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
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
  return withWholeScripts(base, async (adapter, script) => {
    await (adapter as unknown as HasClient<PGlite>).client.exec(script);
  });
}

export function postgresAdapterFactory(connectionString: string): SqlMigrationAwareDriverAdapterFactory {
  return withWholeScripts(new PrismaPg({ connectionString }), async (adapter, script) => {
    await (adapter as unknown as HasClient<{ query(sql: string): Promise<unknown> }>).client.query(script);
  });
}
