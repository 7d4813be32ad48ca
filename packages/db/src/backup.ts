// Backups: a PGlite data folder as a gzip tarball (PGlite's own dump); a PostgreSQL server with
// pg_dump's custom format and pg_restore, which must be on PATH (postgresql-client).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { verifyAuditChain } from './audit.js';
import { lockDataDir } from './data-dir-lock.js';
import { openDatabase } from './database.js';
import type { Database } from './database.js';
import { pgliteExtensions } from './pglite.js';

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (e) => reject(new Error(`${command} could not start (is postgresql-client installed?): ${e.message}`, { cause: e })));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

export async function backupDatabase(db: Database, file: string, databaseUrl?: string): Promise<void> {
  if (db.kind === 'pglite') {
    if (!db.pglite) throw new Error('no embedded database open');
    const dump = await db.pglite.dumpDataDir('gzip');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
    await chmod(file, 0o600);
    return;
  }
  if (!databaseUrl) throw new Error('DATABASE_URL is needed for a server backup');
  await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, databaseUrl]);
  await chmod(file, 0o600);
}

const gunzipAsync = promisify(gunzip);

/** A backup that was not swapped in, with the reason in plain words; the live data is untouched. */
export class RestoreRefusedError extends Error {
  constructor(reason: string, cause?: unknown) {
    super(`バックアップを戻せませんでした。${reason} 現在のデータはそのままです。`, { cause });
    this.name = 'RestoreRefusedError';
  }
}

/** Every table of the restored copy read to its last row and column (a damaged page fails here). */
async function readEveryTable(db: Database): Promise<void> {
  const tables = await db.prisma.$queryRaw<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  for (const { name } of tables) {
    try {
      await db.prisma.$queryRawUnsafe(`SELECT sum(length(t::text)) FROM "${name.replace(/"/g, '""')}" t`);
    } catch (e) {
      throw new RestoreRefusedError(`バックアップの表「${name}」を読めませんでした（ファイルが壊れています）。`, e);
    }
  }
}

/** Opens the staged copy, verifies its audit log and reads every table before anything is swapped. */
async function checkRestoredCopy(staging: string, file: string): Promise<void> {
  let loaded: PGlite;
  try {
    // Unpacked here: PGlite's own gunzip leaves a damaged archive's error unhandled.
    const tar = await gunzipAsync(await readFile(file));
    loaded = await PGlite.create(staging, { loadDataDir: new Blob([tar]), extensions: pgliteExtensions });
    await loaded.query('SELECT 1');
    await loaded.close();
  } catch (e) {
    throw new RestoreRefusedError(`${basename(file)} を開けませんでした（壊れているか、Kasane のバックアップではありません）。`, e);
  }
  const copy = await openDatabase({ kind: 'pglite', dataDir: staging, purpose: 'kasane restore (check)' });
  try {
    const audit = await verifyAuditChain(copy).catch((e: unknown) => {
      throw new RestoreRefusedError('バックアップの監査ログを読めませんでした（ファイルが壊れています）。', e);
    });
    if (!audit.ok) throw new RestoreRefusedError(`バックアップの監査ログが改ざんまたは破損しています（チェーン ${audit.chain} の ${String(audit.brokenAt)} 番目: ${audit.reason}）。`);
    await readEveryTable(copy);
  } finally {
    await copy.close();
  }
}

/**
 * Restores into an embedded data folder, holding its lock (a running server makes this refuse). The
 * backup is loaded into `<dir>.restoring` and checked there; only a good copy is swapped in, and the
 * old folder is kept beside it (`<dir>.before-restore-<time>`). On any failure `.restoring` is removed.
 */
export async function restorePGlite(dataDir: string, file: string, now: Date): Promise<string | null> {
  const lock = lockDataDir(dataDir, 'kasane restore', now);
  const staging = `${dataDir}.restoring`;
  try {
    if (!existsSync(file)) throw new RestoreRefusedError(`バックアップファイル ${file} が見つかりません。`);
    await rm(staging, { recursive: true, force: true });
    await checkRestoredCopy(staging, file);
    await chmod(staging, 0o700);
    let kept: string | null = null;
    if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
      kept = `${dataDir}.before-restore-${now.toISOString().replace(/\D/g, '').slice(0, 14)}`;
      await rename(dataDir, kept);
    }
    await rename(staging, dataDir);
    return kept;
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  } finally {
    lock.release();
  }
}

export async function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${databaseUrl}`, file]);
}

