import { openDatabase } from '@kasane/db';
import type { Database } from '@kasane/db';
import type { Env } from './env.js';

export function openConfiguredDatabase(env: Env): Promise<Database> {
  return env.DATABASE_URL ? openDatabase({ kind: 'postgres', url: env.DATABASE_URL }) : openDatabase({ kind: 'pglite', dataDir: env.KASANE_DATA_DIR });
}
