import type { Database } from '../database.js';
import { readMigrationList, readSchema } from './migration-list.js';
import { createSchemaEngine } from './schema-engine.js';

const noFilters = { externalTables: [], externalEnums: [] };

/** What `prisma migrate deploy` does: applies pending migrations, records them in _prisma_migrations. */
export async function applyMigrations(db: Database): Promise<string[]> {
  const engine = await createSchemaEngine(db.adapterFactory, await readSchema());
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: await readMigrationList(), filters: noFilters });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}
