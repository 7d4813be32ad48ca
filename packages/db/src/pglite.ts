import { chmod, mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

// The same extensions on every open, or writes to tables indexed with them fail (58P01).
export const pgliteExtensions = { pg_trgm };

export async function openPGlite(options: { dataDir?: string; memory?: boolean }): Promise<PGlite> {
  if (options.memory || !options.dataDir) return PGlite.create({ extensions: pgliteExtensions });
  // Personal data: only the server's own user may read the folder.
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  await chmod(options.dataDir, 0o700);
  return PGlite.create(options.dataDir, { extensions: pgliteExtensions });
}
