// Issue #9: one process at a time on a PGlite data folder, a checked restore that leaves the live data
// alone when the backup is damaged, and owner-only modes on the folder and the backups (ADR 0018).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, RestoreRefusedError, backupDatabase, openDatabase, prepareDatabase, restorePGlite } from '../src/index.js';
import type { Database } from '../src/index.js';

let dir: string;
let dataDir: string;
let backup: string;
/** where the Municipality table's rows live inside the data folder, e.g. base/1/16456 */
let municipalityFile: string;

const countMunicipalities = async (db: Database) => Number((await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Municipality"`)[0]?.n);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasane-lock-'));
  dataDir = join(dir, 'pglite');
  backup = join(dir, 'backup.tar.gz');
  const db = await openDatabase({ kind: 'pglite', dataDir, purpose: 'server' });
  await prepareDatabase(db, { demo: null });
  await db.prisma.$executeRawUnsafe('CHECKPOINT');
  municipalityFile = (await db.prisma.$queryRaw<{ path: string }[]>`SELECT pg_relation_filepath('"Municipality"') AS path`)[0]?.path ?? '';
  await backupDatabase(db, backup);
  await db.close();
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('the data folder lock', () => {
  it('refuses a second opener while held, naming the holder; a restore refuses too and changes nothing', async () => {
    const server = await openDatabase({ kind: 'pglite', dataDir, purpose: 'server' });
    try {
      const second = await openDatabase({ kind: 'pglite', dataDir, purpose: 'kasane backup' }).catch((e: unknown) => e);
      expect(second).toBeInstanceOf(DataDirLockedError);
      expect((second as Error).message).toContain(`別のプロセスが使用中です（server、pid ${process.pid}、`);
      expect((second as Error).message).toContain(`in use by server (pid ${process.pid}, started at `);
      await expect(restorePGlite(dataDir, backup, new Date())).rejects.toThrow(DataDirLockedError);
      expect(await countMunicipalities(server)).toBeGreaterThan(1000);
    } finally {
      await server.close();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout);
    const { hostname } = await import('node:os');
    await writeFile(`${dataDir}.lock`, JSON.stringify({ pid: deadPid, startedAt: '2026-11-01T00:00:00.000Z', purpose: 'server', host: hostname() }));
    const db = await openDatabase({ kind: 'pglite', dataDir, purpose: 'kasane migrate' });
    try {
      expect(JSON.parse(await readFile(`${dataDir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid, purpose: 'kasane migrate' });
    } finally {
      await db.close();
    }
  });
});

/** The backup with the first page of `path` overwritten (a damaged disk block); the tarball stays readable. */
async function damagedCopy(path: string): Promise<string> {
  const tar = gunzipSync(await readFile(backup));
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    const text = (from: number, len: number) => header.subarray(from, from + len).toString('latin1').replace(/\0.*$/s, '');
    const name = text(345, 155) ? `${text(345, 155)}/${text(0, 100)}` : text(0, 100);
    const size = parseInt(text(124, 12).trim() || '0', 8);
    if (name === '') break;
    if (name.endsWith(`/${path}`) && size >= 8192) {
      tar.fill(0x5a, at + 512, at + 512 + 4096);
      const damaged = join(dir, 'damaged.tar.gz');
      await writeFile(damaged, gzipSync(tar));
      return damaged;
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${path} is not in the backup`);
}

describe('restore checks the backup before it swaps', () => {
  it('refuses a backup with a damaged page, leaves the live data and no .restoring behind', async () => {
    const damaged = await damagedCopy(municipalityFile);
    const refused = await restorePGlite(dataDir, damaged, new Date('2026-11-23T00:00:00Z')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RestoreRefusedError);
    expect((refused as Error).message).toMatch(/^バックアップを戻せませんでした。.*「Municipality」を読めませんでした.*現在のデータはそのままです。$/s);
    expect((await readdir(dir)).sort()).toEqual(['backup.tar.gz', 'damaged.tar.gz', 'pglite']);
    const live = await openDatabase({ kind: 'pglite', dataDir });
    expect(await countMunicipalities(live)).toBeGreaterThan(1000);
    await live.close();
  });

  it('refuses a truncated or foreign file in plain words', async () => {
    const truncated = join(dir, 'truncated.tar.gz');
    await writeFile(truncated, (await readFile(backup)).subarray(0, 4096));
    await expect(restorePGlite(dataDir, truncated, new Date())).rejects.toThrow(/truncated\.tar\.gz を開けませんでした（壊れているか、Kasane のバックアップではありません）/);
    await expect(restorePGlite(dataDir, join(dir, 'missing.tar.gz'), new Date())).rejects.toThrow(/見つかりません/);
    expect(existsSync(`${dataDir}.restoring`)).toBe(false);
    await rm(truncated);
  });

  it('restores a good backup and keeps the data folder owner-only', async () => {
    const kept = await restorePGlite(dataDir, backup, new Date('2026-11-24T00:00:00Z'));
    expect(kept).toBe(`${dataDir}.before-restore-20261124000000`);
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
  });
});

describe('modes', () => {
  it('creates the data folder 0700 and backups 0600, whatever the umask', async () => {
    const previous = process.umask(0o022);
    try {
      const fresh = join(dir, 'fresh');
      const db = await openDatabase({ kind: 'pglite', dataDir: fresh });
      const file = join(dir, 'fresh.tar.gz');
      await writeFile(file, 'an older file with a wider mode', { mode: 0o644 });
      await backupDatabase(db, file);
      await db.close();
      expect((await stat(fresh)).mode & 0o777).toBe(0o700);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(previous);
    }
  });
});
