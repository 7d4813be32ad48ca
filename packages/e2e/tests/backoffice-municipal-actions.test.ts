// Issue #11 items 1–3 in the browser, each action done as 土浦市's administrator does it: the 体制 edited
// (a part's delivery added then changed, the profile saved, the coverage check moving, all kept on reload);
// the 交付金 entered, its shares equal to the domain calculator's, FY2022/FY2023 rules side by side, printed,
// submitted (locked), a second version submitted, both in the history; the 実績報告 of the last closed year
// shown, exported as CSV (UTF-8 with BOM, and Shift_JIS), printed and submitted. axe on every screen.
import { readFile } from 'node:fs/promises';
import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { computeGrant } from '@kasane/domain';
import type { PartId } from '@kasane/domain';
import {
  fiscalYearNow, openAnnualReport, openFromMenu, printCount, saveGrantLine, screenshot, seriousViolations, submitAnnualReport, submitGrant, useBrowserSuite, watchPrint,
} from '../src/index.js';
import type { GrantFigures } from '../src/index.js';

const { staffAs } = useBrowserSuite();

const missingCount = async (page: Page): Promise<number> => {
  if (await page.getByText('この年度は13事業すべての実施体制が登録されています。').isVisible()) return 0;
  const heading = await page.getByRole('heading', { level: 2, name: /まだ実施体制が登録されていない事業/ }).textContent();
  return Number(/（(\d+)件）/.exec(heading ?? '')?.[1]);
};

describe('体制 (item 1)', () => {
  it('the administrator adds and changes a part’s delivery and saves the profile; the coverage check moves; a reload keeps it', async () => {
    const page = await staffAs('tsuchiura.admin');
    await openFromMenu(page, '体制');
    await page.getByRole('heading', { level: 1, name: '重層的支援体制（体制）' }).waitFor();
    await page.getByRole('table', { name: '事業ごとの実施体制' }).waitFor();
    const before = await missingCount(page);
    expect(before).toBeGreaterThan(0);
    const part = (await page.getByRole('heading', { level: 2, name: /まだ実施体制が登録されていない事業/ }).locator('xpath=following-sibling::ul[1]/li').first().textContent()) ?? '';

    const add = page.getByRole('form', { name: '実施体制を追加する' });
    await add.getByLabel('事業').selectOption({ label: part });
    await add.getByLabel('実施方法').selectOption('entrusted');
    await add.getByLabel('実施機関・委託先').selectOption({ index: 1 });
    const organisation = (await add.getByLabel('実施機関・委託先').locator('option:checked').textContent()) ?? '';
    await add.getByLabel('契約開始日').fill(`${fiscalYearNow()}-04-01`);
    await add.getByLabel('契約終了日').fill(`${fiscalYearNow() + 1}-03-31`);
    await add.getByLabel('専任の人数').fill('2');
    await add.getByLabel('兼務の人数').fill('1');
    await add.getByLabel('資格').fill('社会福祉士、保健師');
    await add.getByRole('button', { name: '実施体制を追加する' }).click();
    await page.getByText('保存しました。', { exact: true }).waitFor();
    await expect.poll(() => missingCount(page)).toBe(before - 1);
    const row = page.getByRole('table', { name: '事業ごとの実施体制' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: part, exact: true }) });
    expect(await row.textContent()).toContain('委託');
    expect(await row.textContent()).toContain('社会福祉士、保健師');
    expect(await row.textContent()).toContain(organisation);

    await row.getByRole('button', { name: `${part}の実施体制を変更` }).click();
    const edit = page.getByRole('form', { name: `${part}の実施体制を変更する` });
    expect(await edit.getByLabel('専任の人数').inputValue()).toBe('2');
    await edit.getByLabel('実施方法').selectOption('direct');
    await edit.getByLabel('専任の人数').fill('3');
    await edit.getByLabel('契約終了日').fill('');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-structure-edit-delivery');
    await edit.getByRole('button', { name: '変更を保存する' }).click();
    await page.getByRole('form', { name: '実施体制を追加する' }).waitFor();
    await expect.poll(async () => row.textContent()).toContain('専任3人／兼務1人');
    expect(await row.textContent()).toContain('直営');

    const profile = page.getByRole('form', { name: '体制の概要（都道府県の比較表に使われます）' });
    await profile.getByLabel('人口', { exact: true }).fill('141000');
    await profile.getByLabel('自由記述').fill('E2E 体制の自由記述');
    await profile.getByRole('button', { name: '概要を保存する' }).click();
    await page.getByText('保存しました。', { exact: true }).waitFor();

    await page.reload();
    await page.getByRole('table', { name: '事業ごとの実施体制' }).waitFor();
    expect(await missingCount(page)).toBe(before - 1);
    expect(await row.textContent()).toContain('専任3人／兼務1人');
    const kept = page.getByRole('form', { name: '体制の概要（都道府県の比較表に使われます）' });
    expect(await kept.getByLabel('人口', { exact: true }).inputValue()).toBe('141000');
    expect(await kept.getByLabel('自由記述').inputValue()).toBe('E2E 体制の自由記述');
  });
});

const shown = (yen: number) => `${yen.toLocaleString('ja-JP')}円`;
const nationalOf = (fiscalYear: number, partId: string, f: GrantFigures): number => {
  const r = computeGrant({ fiscalYear, partId: partId as PartId, ...f });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.national + (r.value.nationalAdjustment ?? 0);
};
/** 国 of the part's row in a sheet table (the columns: 交付基準額, 国, 都道府県, 保険料, 市町村). */
const nationalCell = (page: Page, table: string | RegExp, label: string) =>
  page.getByRole('table', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell').nth(1).textContent();

describe('交付金 (item 2)', () => {
  it('figures entered give the calculator’s shares; FY2022/FY2023 side by side; printed; submitted, locked, a second version, both in the history', async () => {
    const page = await staffAs('tsuchiura.admin');
    await openFromMenu(page, '交付金');
    await page.getByRole('heading', { level: 1, name: '重層的支援体制整備事業交付金' }).waitFor();
    const fy = fiscalYearNow();
    const first: GrantFigures = { standardAmount: 12_345_000, expenditure: 11_987_654, totalCost: 12_500_000, otherIncome: 300_000 };
    const partId = await saveGrantLine(page, first);
    const label = (await page.getByRole('form', { name: 'この事業を保存する' }).getByRole('combobox', { name: /^事業/ }).locator('option:checked').textContent()) ?? '';
    const sheet = /^令和.+ 重層的支援体制整備事業交付金$/;
    await expect.poll(() => nationalCell(page, sheet, label)).toBe(shown(nationalOf(fy, partId, first)));

    await page.getByLabel('他の年度の負担割合と並べる').selectOption('2022');
    await expect.poll(() => nationalCell(page, /令和4年度.*の負担割合で計算した場合/, label)).toBe(shown(nationalOf(2022, partId, first)));
    await page.getByLabel('他の年度の負担割合と並べる').selectOption('2023');
    await expect.poll(() => nationalCell(page, /令和5年度.*の負担割合で計算した場合/, label)).toBe(shown(nationalOf(2023, partId, first)));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-grant-compare');

    await watchPrint(page);
    await page.getByRole('button', { name: '印刷する' }).click();
    expect(await printCount(page)).toBe(1);

    await submitGrant(page, 1);
    expect(await page.getByRole('form', { name: 'この事業を保存する' }).count()).toBe(0);
    await page.getByRole('button', { name: '新しい版を作成する' }).click();
    const second: GrantFigures = { ...first, expenditure: 10_000_000 };
    await saveGrantLine(page, second);
    await expect.poll(() => nationalCell(page, sheet, label)).toBe(shown(nationalOf(fy, partId, second)));
    await submitGrant(page, 2);
    const history = page.getByRole('region', { name: '提出の履歴' }).or(page.locator('section[aria-labelledby="grant-history"]'));
    await expect.poll(async () => history.textContent()).toMatch(/第1版（.+提出）（新しい版に置き換え）/);
    expect(await history.textContent()).toMatch(/第2版（.+提出）（提出中）/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-grant-submitted');
  });
});

describe('実績報告 (item 3)', () => {
  it('the last closed year’s figures are shown, exported as CSV (UTF-8 with BOM; Shift_JIS), printed and submitted', async () => {
    const page = await staffAs('tsuchiura.admin');
    await openAnnualReport(page, fiscalYearNow() - 1);
    const table = page.getByRole('table', { name: /土浦市 令和.+ 実績報告/ });
    expect(await table.getByRole('row').count()).toBeGreaterThan(5);

    const download = async (button: string): Promise<Buffer> => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      return readFile((await file.path()) ?? '');
    };
    const utf8 = await download('CSVで書き出す（Excel用 UTF-8）');
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(utf8.toString('utf8').slice(1).split('\r\n')[0]).toBe('市町村コード,市町村,年度,項目,内訳,件数');
    const sjis = await download('CSVで書き出す（Shift_JIS）');
    expect(Encoding.detect(sjis)).toBe('SJIS');
    const decoded = Encoding.convert(sjis, { to: 'UNICODE', from: 'SJIS', type: 'string' });
    expect(decoded.split('\r\n')[0]).toBe('市町村コード,市町村,年度,項目,内訳,件数');
    expect(decoded).toContain('082031,土浦市,');

    await watchPrint(page);
    await page.getByRole('button', { name: '印刷する' }).click();
    expect(await printCount(page)).toBe(1);
    await submitAnnualReport(page);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-annual-report-submitted');
  });
});
