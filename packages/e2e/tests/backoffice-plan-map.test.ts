// Issue #11 items 4–6 and 8 (ADR 0026) in the browser: the municipal administrator writes part of the
// 実施計画, prints it (A4, the document only) and declares the year's status; the prefectural official
// then sees that status marked 「市町村の申告」 in the table and on the map, whose figures are also a table,
// with the Ministry's credit. axe-core on each screen.
import { describe, expect, it } from 'vitest';
import { screenshot, seriousViolations, signIn, useBrowserSuite } from '../src/index.js';

const suite = useBrowserSuite();
const { server, staffAs: as } = suite;

describe('実施計画 and the prefecture map', () => {
  it('the administrator drafts, prints and declares; the official sees it on the map and in the table', async () => {
    const page = await as('tsuchiura.admin');
    await page.getByRole('navigation', { name: '主なメニュー' }).getByRole('link', { name: '実施計画' }).click();
    await page.getByRole('heading', { level: 1, name: '重層的支援体制整備事業実施計画' }).waitFor();
    await page.getByText(/土浦市 令和\d+年度 重層的支援体制整備事業実施計画（案）/).waitFor();
    await page.getByRole('table', { name: '1 各事業の実施体制' }).waitFor();
    expect(await page.getByRole('table', { name: '1 各事業の実施体制' }).getByRole('row').count()).toBeGreaterThanOrEqual(14);
    await page.getByRole('table', { name: '2 会議体とその連携' }).getByRole('rowheader', { name: 'スクラムネット' }).waitFor();

    await page.getByLabel('基本方針・目指す地域の姿').fill('誰も取り残さない土浦をつくる');
    await page.getByRole('button', { name: '記入欄を保存する' }).click();
    await page.getByText(/第1版（.+ 保存）/).waitFor();
    await page.getByLabel('実施状況', { exact: true }).selectOption({ value: 'implementing' });
    await page.getByRole('button', { name: '申告する' }).click();
    await page.getByText(/に「実施」と申告しました。/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // printed: the document with the text as written, without the forms
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText('誰も取り残さない土浦をつくる').first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '記入欄を保存する' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '申告する' }).isVisible()).toBe(false);
    await screenshot(page, 'staff-implementation-plan-print');
    await page.emulateMedia({ media: 'screen' });

    const pref = await suite.freshPage();
    await signIn(pref, server.baseUrl, 'prefecture', 'ibaraki.pref');
    await pref.getByRole('navigation', { name: '主なメニュー' }).getByRole('link', { name: '地図' }).click();
    await pref.getByRole('heading', { level: 1, name: '市町村の地図' }).waitFor();
    await pref.getByText('出典：国土交通省 国土数値情報（行政区域データ）を加工して作成').waitFor();
    expect(await pref.locator('.pref-map__area').count()).toBeGreaterThanOrEqual(40);
    expect(await pref.locator('.pref-map__area[data-code="082031"]').getAttribute('data-class')).toBe('implementing');
    const row = pref.getByRole('row').filter({ has: pref.getByRole('rowheader', { name: '土浦市' }) });
    expect(await row.textContent()).toContain('実施');
    expect(await row.textContent()).toContain('市町村の申告');
    expect(await seriousViolations(pref)).toEqual([]);
    await screenshot(pref, 'prefecture-map');

    await pref.getByRole('navigation', { name: '主なメニュー' }).getByRole('link', { name: '市町村の実施状況' }).click();
    await pref.getByText(/市町村の申告 令和/).first().waitFor();
    expect(await seriousViolations(pref)).toEqual([]);
  });
});
