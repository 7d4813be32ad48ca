// Issue #9: the CLI refuses a data folder another process holds, naming it, and resolves paths against
// the directory the command was run from (pnpm's INIT_CWD), writing backups 0600.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@kasane/db';

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasane-cli-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const cli = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/kasane.ts', ...args], {
    cwd: new URL('..', import.meta.url).pathname,
    env: { ...process.env, DATABASE_URL: '', KASANE_DATA_DIR: 'data', INIT_CWD: dir },
  });

describe('pnpm kasane on an embedded data folder', () => {
  it('refuses while the server holds the folder, naming it; backs up to a path relative to where it was run', async () => {
    const server = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data'), purpose: 'server' });
    try {
      const refused = await cli(['backup', 'nightly.tar.gz']).catch((e: unknown) => e as { code: number; stderr: string });
      expect(refused).toMatchObject({ code: 1 });
      expect((refused as { stderr: string }).stderr).toContain(`別のプロセスが使用中です（server、pid ${process.pid}、`);
    } finally {
      await server.close();
    }
    const { stdout } = await cli(['backup', 'nightly.tar.gz']);
    expect(JSON.parse(stdout)).toEqual({ backup: join(dir, 'nightly.tar.gz') });
    expect((await stat(join(dir, 'nightly.tar.gz'))).mode & 0o777).toBe(0o600);
  });
});
