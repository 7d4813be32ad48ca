// A fresh database per test file: PGlite in memory by default, or a new database on the
// PostgreSQL server named by KASANE_TEST_DATABASE_URL (the CI stage that proves server mode).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../database.js';
import type { Database } from '../database.js';
import { prepareDatabase } from '../prepare-database.js';

export interface TestDatabase {
  db: Database;
  /** the admin connection string of the server, when running against one */
  serverUrl: string | null;
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  demo?: { hashPassword: (p: string) => Promise<string>; now: Date };
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  // Read here rather than in an env module: this is test-only code selecting the back end.
  const serverUrl = process.env.KASANE_TEST_DATABASE_URL ?? null;
  let db: Database;
  let drop: () => Promise<void>;
  if (serverUrl) {
    const name = `kasane_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    db = await openDatabase({ kind: 'postgres', url: url.toString() });
    drop = async () => {
      await db.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    db = await openDatabase({ kind: 'pglite', memory: true });
    drop = () => db.close();
  }
  await prepareDatabase(db, { demo: options.demo ?? null });
  return { db, serverUrl, drop };
}
