// `pnpm kasane audit:checkpoint` and `audit:verify --checkpoint` as an operator runs them, on an
// embedded database made by the same tool (issue #9).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let dir: string;
const key = 'checkpoint-key-for-the-test-0123456789';
const cli = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/kasane.ts', ...args], {
    cwd: new URL('..', import.meta.url).pathname,
    env: { ...process.env, KASANE_DATA_DIR: join(dir, 'pglite'), KASANE_AUDIT_CHECKPOINT_KEY: key, ...env },
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kasane-cli-audit-'));
  await cli(['seed']);
  // an audited action of the tool itself (in 水戸市's chain), so there is a chain to anchor
  await cli(['municipality:setup', '--code', '082015', '--organisation', '地域福祉課', '--login', 'mito.admin', '--name', '見本 太郎']);
}, 300_000);
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('audit checkpoints from the command line', () => {
  it('appends a signed checkpoint (0600) and verifies the chains against it', async () => {
    const file = join(dir, 'checkpoints.jsonl');
    const { stdout } = await cli(['audit:checkpoint', '--append', file]);
    const line = JSON.parse(stdout) as { heads: { chain: string }[]; mac: string };
    expect(line.heads.map((h) => h.chain)).toContain('082015');
    expect(line.mac).toMatch(/^[0-9a-f]{64}$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(stdout.trim());
    const verified = JSON.parse((await cli(['audit:verify', '--checkpoint', file])).stdout) as { ok: boolean; checkpoints: number };
    expect(verified).toMatchObject({ ok: true });
    expect(verified.checkpoints).toBe(line.heads.length);
  });

  it('refuses a checkpoint file signed with another key, and says why', async () => {
    const file = join(dir, 'checkpoints.jsonl');
    await expect(cli(['audit:verify', '--checkpoint', file], { KASANE_AUDIT_CHECKPOINT_KEY: 'another-key-another-key-another-key-0' })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('署名が一致しません') as unknown });
  });

  it('refuses to sign without a key', async () => {
    await expect(cli(['audit:checkpoint'], { KASANE_AUDIT_CHECKPOINT_KEY: '' })).rejects.toMatchObject({ code: 1 });
  });
});
