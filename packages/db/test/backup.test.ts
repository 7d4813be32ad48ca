import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, openDatabase, prepareDatabase, restorePGlite } from '../src/index.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasane-backup-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('embedded backup and restore', () => {
  it('restores a data folder to the state of the backup and keeps the replaced one aside', async () => {
    const dataDir = join(dir, 'pglite');
    const db = await openDatabase({ kind: 'pglite', dataDir });
    await prepareDatabase(db, { demo: null });
    const file = join(dir, 'backup.tar.gz');
    await backupDatabase(db, file);
    await db.prisma.$executeRawUnsafe(`DELETE FROM "MunicipalityProgramStatus"`);
    await db.close();

    const kept = await restorePGlite(dataDir, file, new Date('2026-11-23T00:00:00Z'));
    expect(kept).toBe(`${dataDir}.before-restore-20261123000000`);
    expect((await readdir(dir)).sort()).toEqual(['backup.tar.gz', 'pglite', 'pglite.before-restore-20261123000000']);

    const restored = await openDatabase({ kind: 'pglite', dataDir });
    const rows = await restored.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "MunicipalityProgramStatus"`;
    expect(Number(rows[0]?.n)).toBeGreaterThan(300);
    await restored.close();
  });
});
