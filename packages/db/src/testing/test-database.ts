// A fresh database per test file: PGlite in memory by default, or a new database on the
// PostgreSQL server named by KASANE_TEST_DATABASE_URL (the CI stage that proves server mode).
// On the server the tests run as production does (ADR 0019): migrations as the owner, and every
// query of the suite through a runtime login of its own that owns nothing.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../database.js';
import type { Database } from '../database.js';
import { prepareDatabase } from '../prepare-database.js';
import { ensureRuntimeLogin } from '../runtime-login.js';

export interface TestDatabase {
  /** what the server would use: the runtime login on a server, the one PGlite otherwise */
  db: Database;
  /** the owner of the tables (the same object as `db` on PGlite): only to tamper on purpose */
  owner: Database;
  /** the admin connection string of the server, when running against one */
  serverUrl: string | null;
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  demo?: { hashPassword: (p: string) => Promise<string>; now: Date };
  /** a PostgreSQL admin URL to create the database on (default: KASANE_TEST_DATABASE_URL; null: PGlite) */
  serverUrl?: string | null;
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  // Read here rather than in an env module: this is test-only code selecting the back end.
  const serverUrl = options.serverUrl === undefined ? (process.env.KASANE_TEST_DATABASE_URL ?? null) : options.serverUrl;
  const demo = options.demo ?? null;
  if (!serverUrl) {
    const db = await openDatabase({ kind: 'pglite', memory: true });
    await prepareDatabase(db, { demo });
    return { db, owner: db, serverUrl, drop: () => db.close() };
  }
  const name = `kasane_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const ownerUrl = new URL(serverUrl);
  ownerUrl.pathname = `/${name}`;
  const owner = await openDatabase({ kind: 'postgres', url: ownerUrl.toString() });
  await prepareDatabase(owner, { demo });
  const runtimeUrl = new URL(ownerUrl);
  runtimeUrl.username = `${name}_runtime`;
  runtimeUrl.password = randomBytes(12).toString('hex');
  await ensureRuntimeLogin(owner, runtimeUrl.toString());
  const db = await openDatabase({ kind: 'postgres', url: runtimeUrl.toString() });
  const drop = async () => {
    await db.close();
    await owner.close();
    await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await onServer(serverUrl, `DROP ROLE IF EXISTS ${name}_runtime`);
  };
  return { db, owner, serverUrl, drop };
}
