// FY2022 (令和4年度) participation, from the partial lists in data/juso-fy2022 (see ORIGIN.md).
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { isValidLgCode } from '@kasane/domain';
import type { Tx } from '../scope.js';

// Not `new URL(…, import.meta.url)` literally: Vite rewrites that into a served asset URL when
// the apps' component tests load this package (apps/staff/test/accounts-page.test.tsx).
const here = import.meta.url;
const dir = new URL('../../data/juso-fy2022/', here);
const source = '令和4年度 実施・移行準備事業 自治体一覧（部分的な復元）';

async function codesIn(file: string): Promise<string[]> {
  const rows: Record<string, string>[] = parse(await readFile(new URL(file, dir), 'utf8'), { columns: true, bom: true, skip_empty_lines: true, trim: true });
  return rows.map((r) => {
    const code = (r.lgcode ?? '').padStart(6, '0');
    if (!isValidLgCode(code)) throw new Error(`invalid 全国地方公共団体コード ${r.lgcode ?? ''} in ${file}`);
    return code;
  });
}

export async function loadProgramStatusHistory(tx: Tx): Promise<number> {
  const implementing = await codesIn('fy2022-implementing.csv');
  const transition = await codesIn('fy2022-transition.csv');
  const data = [
    ...implementing.map((municipalityCode) => ({ municipalityCode, fiscalYear: 2022, status: 'implementing', source })),
    ...transition.map((municipalityCode) => ({ municipalityCode, fiscalYear: 2022, status: 'transition', source })),
  ];
  await tx.municipalityProgramStatus.createMany({ data, skipDuplicates: true });
  return data.length;
}
