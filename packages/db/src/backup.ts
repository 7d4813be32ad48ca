// Backups: a PGlite data folder as a gzip tarball (PGlite's own dump); a PostgreSQL server with
// pg_dump's custom format and pg_restore, which must be on PATH (postgresql-client).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
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
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    return;
  }
  if (!databaseUrl) throw new Error('DATABASE_URL is needed for a server backup');
  await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, databaseUrl]);
}

/**
 * Restores into an embedded data folder that must not be in use. The old folder is kept beside
 * it (`<dir>.before-restore-<time>`) until the restored one opened and answered.
 */
export async function restorePGlite(dataDir: string, file: string, now: Date): Promise<string | null> {
  const archive = new Blob([await readFile(file)]);
  const staging = `${dataDir}.restoring`;
  await rm(staging, { recursive: true, force: true });
  const restored = await PGlite.create(staging, { loadDataDir: archive, extensions: pgliteExtensions });
  await restored.query('SELECT 1');
  await restored.close();
  let kept: string | null = null;
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    kept = `${dataDir}.before-restore-${now.toISOString().replace(/\D/g, '').slice(0, 14)}`;
    await rename(dataDir, kept);
  }
  await rename(staging, dataDir);
  return kept;
}

export async function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${databaseUrl}`, file]);
}

