import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';

export const migrationsDir = new URL('../../prisma/migrations/', import.meta.url).pathname;
export const schemaPath = new URL('../../prisma/schema.prisma', import.meta.url).pathname;

export async function readSchema(): Promise<string> {
  return readFile(schemaPath, 'utf8');
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
