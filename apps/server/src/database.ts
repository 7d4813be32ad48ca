import { openDatabase } from '@kasane/db';
import type { Database } from '@kasane/db';
import type { Env } from './env.js';

/** `purpose` names this process in the embedded data folder's lock ("server", "kasane backup"). */
export function openConfiguredDatabase(env: Env, purpose: string): Promise<Database> {
  return env.DATABASE_URL ? openDatabase({ kind: 'postgres', url: env.DATABASE_URL }) : openDatabase({ kind: 'pglite', dataDir: env.KASANE_DATA_DIR, purpose });
}
