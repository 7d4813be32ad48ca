import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';

// Not `new URL(…, import.meta.url)` literally: Vite rewrites that into a served asset URL when
// the apps' component tests load this package (apps/staff/test/accounts-page.test.tsx).
const here = import.meta.url;
export const migrationsDir = new URL('../../prisma/migrations/', here).pathname;
export const schemaDir = new URL('../../prisma/schema/', here).pathname;

export interface SchemaFile {
  path: string;
  content: string;
}

/** The schema is split by feature into prisma/schema/*.prisma (one file per area). */
export async function readSchema(): Promise<SchemaFile[]> {
  const names = (await readdir(schemaDir)).filter((n) => n.endsWith('.prisma')).sort();
  return Promise.all(names.map(async (name) => ({ path: name, content: await readFile(join(schemaDir, name), 'utf8') })));
}

/** The migrations folder in the shape the schema engine expects (what `prisma migrate` reads). */
export async function readMigrationList(baseDir = migrationsDir): Promise<MigrationList> {
  const entries = await readdir(baseDir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = join(baseDir, 'migration_lock.toml');
  const lockContent = await readFile(lockPath, 'utf8').catch(() => null);
  return {
    baseDir,
    lockfile: { path: lockPath, content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => {
        const file = join(baseDir, name, 'migration.sql');
        return { path: name, migrationFile: { path: join(name, 'migration.sql'), content: { tag: 'ok' as const, value: await readFile(file, 'utf8') } } };
      }),
    ),
  };
}
