import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli/kasane.ts', ...args], { cwd: new URL('..', import.meta.url).pathname });

describe('pnpm kasane grant', () => {
  it('prints the breakdown of the issue’s example as JSON', async () => {
    const { stdout } = await cli(['grant', '--year', '2023', '--part', 'coordination', '--standard', '12000000', '--expenditure', '11234567', '--total', '11500000', '--income', '200000']);
    expect(JSON.parse(stdout)).toMatchObject({ base: 11_234_567, national: 5_617_000, prefecture: 2_808_000, municipality: 2_809_567 });
  });

  it('exits 2 with a Japanese message for a rate above the cap', async () => {
    await expect(cli(['grant', '--year', '2023', '--part', 'consult.disability', '--standard', '1000000', '--expenditure', '1000000', '--total', '1000000', '--income', '0', '--national-rate', '6/10'])).rejects.toMatchObject({ code: 2 });
  });
});
