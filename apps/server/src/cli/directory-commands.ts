import { readFile } from 'node:fs/promises';
import { invocationPath } from '../env.js';
import { parseArgs } from 'node:util';
import { importNationalDirectory } from '@kasane/api';
import type { Database } from '@kasane/db';
import type { CliIo } from './account-commands.js';

export const directoryUsage = `  directory:import <FILE> [--valid-only] [--source-name 名称] [--licence CC-BY-4.0] [--credit 出典表記] [--source-url URL]
                          全国の相談窓口と居場所・活動（HSDS 3.0 の JSON、.csv なら日本プロファイルの CSV）を各市区町村の
                          一覧に取り込む（kasane_kind が activity か kasane_place_kind のある行は居場所の活動、ほかは窓口）。
                          Kasane を使う市区町村では非公開のまま（職員が公開）、それ以外は「全国データ」として出典つきで
                          公開する。同じ id の窓口・居場所・活動は更新する。誤りのある行があれば何も取り込まない（--valid-only で正しい行だけ）`;

export async function directoryImportCommand(db: Database, args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args, allowPositionals: true,
      options: { 'valid-only': { type: 'boolean', default: false }, 'source-name': { type: 'string' }, licence: { type: 'string' }, credit: { type: 'string' }, 'source-url': { type: 'string' } },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n${directoryUsage}\n`);
    return 2;
  }
  const file = parsed.positionals[0];
  if (!file) {
    io.err(`ファイルを指定してください。\n${directoryUsage}\n`);
    return 2;
  }
  const v = parsed.values;
  // the directory the command was run from, not the package's (pnpm runs scripts there)
  const content = await readFile(invocationPath({ INIT_CWD: process.env.INIT_CWD }, file), 'utf8');
  const source = { name: v['source-name'] ?? '', licence: v.licence ?? '', credit: v.credit ?? '', url: v['source-url'] ?? '' };
  const result = await importNationalDirectory(db, { format: file.toLowerCase().endsWith('.csv') ? 'csv' : 'json', content, source, validOnly: v['valid-only'] }, io.now());
  io.out(`${JSON.stringify(result, null, 2)}\n`);
  if (result.refused && !v['valid-only']) {
    io.err(`${result.refused}行に誤りがあるため、取り込みませんでした（--valid-only で正しい行だけ取り込めます）。\n`);
    return 1;
  }
  return 0;
}
