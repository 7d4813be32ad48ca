import type { PGlite } from '@electric-sql/pglite';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { pgParserOf, pgliteAdapterFactory, postgresAdapterFactory } from './adapters.js';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client.js';
import { rawRunnerOf } from './raw-sql.js';
import type { RawRunner } from './raw-sql.js';
import { lockDataDir } from './data-dir-lock.js';
import { openPGlite } from './pglite.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Auto-committed statements without the ORM, on the same pool (the session lookup; ADR 0035). */
  raw: RawRunner;
  /** Interactive transaction limits: PGlite has one connection, so requests queue behind each other. */
  transactionOptions: { maxWait: number; timeout: number };
  /** Where an embedded database keeps its files (undefined in memory or on a server). */
  dataDir?: string;
  pglite?: PGlite;
  /** the PostgreSQL server's connection pool, shared by the ORM and the statements sent without it */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { kind: 'postgres'; url: string }
  /** `purpose` names this process in the data folder's lock ("server", "kasane backup") */
  | { kind: 'pglite'; dataDir: string; purpose?: string }
  | { kind: 'pglite'; memory: true };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url });
    // An idle connection the server drops must not crash the process; the next checkout reconnects.
    pool.on('error', () => undefined);
    const adapterFactory = postgresAdapterFactory(pool);
    const prisma = new PrismaClient({ adapter: adapterFactory });
    return {
      kind: 'postgres',
      prisma,
      adapterFactory,
      raw: rawRunnerOf({ kind: 'pg', driver: pool, parserOf: pgParserOf }),
      pool,
      transactionOptions: { maxWait: 5_000, timeout: 15_000 },
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const dataDir = 'dataDir' in options ? options.dataDir : undefined;
  const lock = dataDir ? lockDataDir(dataDir, ('purpose' in options && options.purpose) || `pid ${process.pid}`) : null;
  let pglite: PGlite;
  try {
    pglite = await openPGlite(dataDir ? { dataDir } : { memory: true });
  } catch (e) {
    lock?.release();
    throw e;
  }
  const adapterFactory = pgliteAdapterFactory(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    kind: 'pglite',
    prisma,
    adapterFactory,
    raw: rawRunnerOf({ kind: 'pglite', driver: pglite }),
    transactionOptions: { maxWait: 30_000, timeout: 30_000 },
    dataDir,
    pglite,
    close: async () => {
      try {
        await prisma.$disconnect();
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}
