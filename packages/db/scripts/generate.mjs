// Runs `prisma generate` offline. The Prisma CLI insists on a native schema-engine binary it
// cannot download here; generation itself does not use it, so any existing file satisfies the
// check (docs/decisions/0002-prisma-offline-migrations.md). Migrations never go through the CLI.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
const result = spawnSync(process.execPath, [join(root, 'node_modules/prisma/build/index.js'), 'generate', '--schema', join(root, 'prisma/schema')], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
if (result.status !== 0) {
  process.stdout.write(result.stdout ?? '');
  process.exit(result.status ?? 1);
}
