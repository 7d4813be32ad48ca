// Authors a migration: the SQL that takes the database from the existing migrations to the
// current prisma/schema/*.prisma, written to prisma/migrations/<timestamp>_<name>/migration.sql.
// Usage: pnpm --filter @kasane/db migration:new <name>
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openDatabase } from '../src/database.js';
import { migrationsDir, readMigrationList, readSchema } from '../src/migrate/migration-list.js';
import { createSchemaEngine } from '../src/migrate/schema-engine.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: migration:new <snake_case_name>');
  process.exit(2);
}
const db = await openDatabase({ kind: 'pglite', memory: true });
const schema = await readSchema();
const engine = await createSchemaEngine(db.adapterFactory, schema);
const result = (await engine.diff({
  from: { tag: 'migrations', ...(await readMigrationList()) },
  to: { tag: 'schemaDatamodel', files: schema },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
})) as { exitCode: number; stdout?: string };
const sql = result.stdout ?? '';
if (!sql.trim() || sql.includes('empty migration')) {
  console.log('prisma/schema and the migrations agree: nothing to write.');
} else {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = join(migrationsDir, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'migration.sql'), sql);
  console.log(`wrote ${dir}/migration.sql`);
}
engine.free();
await db.close();
// The WASM engine leaves a long timer alive.
process.exit(0);
