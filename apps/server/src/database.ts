import { assertAppRoleIsConfined, assertRuntimeLoginConfined, ensureRuntimeLogin, openDatabase, prepareDatabase } from '@kasane/db';
import type { BootstrapReport, Database } from '@kasane/db';
import type { Env } from './env.js';

// On PostgreSQL two logins (ADR 0019): DATABASE_URL is the runtime login the server's requests use
// (owns nothing), DATABASE_OWNER_URL the owner that migrates. The embedded PGlite is one of both.

/** The request connection: the runtime login on a server, the data folder otherwise. `purpose` names this process in the embedded data folder's lock ("server", "kasane backup"). */
export function openConfiguredDatabase(env: Env, purpose: string): Promise<Database> {
  return env.DATABASE_URL ? openDatabase({ kind: 'postgres', url: env.DATABASE_URL }) : openDatabase({ kind: 'pglite', dataDir: env.KASANE_DATA_DIR, purpose });
}

/** The owner connection: migrations, reference data, backups. */
export function openOwnerDatabase(env: Env, purpose: string): Promise<Database> {
  if (!env.DATABASE_URL) return openDatabase({ kind: 'pglite', dataDir: env.KASANE_DATA_DIR, purpose });
  if (!env.DATABASE_OWNER_URL) throw new Error('DATABASE_OWNER_URL（テーブルの所有者）を設定してください。マイグレーションとバックアップは所有者で行います（README 本番での始め方）。');
  return openDatabase({ kind: 'postgres', url: env.DATABASE_OWNER_URL });
}

/** As the owner: apply migrations, load reference data, and (on a server) create or update the runtime login. */
export async function migrateAsOwner(env: Env, demo: Parameters<typeof prepareDatabase>[1]['demo'], purpose: string): Promise<BootstrapReport & { runtimeLogin: string | null }> {
  const owner = await openOwnerDatabase(env, purpose);
  try {
    const report = await prepareDatabase(owner, { demo });
    const runtimeLogin = env.DATABASE_URL ? await ensureRuntimeLogin(owner, env.DATABASE_URL) : null;
    return { ...report, runtimeLogin };
  } finally {
    await owner.close();
  }
}

/**
 * Start-up. Embedded: migrate and open. Server: migrate as the owner when DATABASE_OWNER_URL is
 * given (or beforehand with `pnpm kasane migrate`), then connect as the runtime login and refuse
 * to run if it owns tables or may bypass row-level security.
 */
export async function startDatabase(env: Env, demo: Parameters<typeof prepareDatabase>[1]['demo']): Promise<{ db: Database; report: (BootstrapReport & { runtimeLogin: string | null }) | null }> {
  if (!env.DATABASE_URL) {
    const db = await openConfiguredDatabase(env, 'server');
    return { db, report: { ...(await prepareDatabase(db, { demo })), runtimeLogin: null } };
  }
  const report = env.DATABASE_OWNER_URL ? await migrateAsOwner(env, null, 'server') : null;
  const db = await openConfiguredDatabase(env, 'server');
  try {
    await assertRuntimeLoginConfined(db);
    await assertAppRoleIsConfined(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return { db, report };
}
