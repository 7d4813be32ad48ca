// Issue #11 items 5, 6, 7, 8, 9 and 12 in the browser, each action done by 茨城県's official after 土浦市's
// administrator has done its part: the status edited with source and date (history shown; for 土浦市, which
// uses Kasane and declared its status, the screen says the declaration wins and the table keeps it); the
// map drawn for a chosen year; 2–6 municipalities compared and printed; the 実績報告 of two closed years
// published, switched between, the trend chart drawn (ECharts' lazy chunk), CSV; the 交付金 totals of the
// submitted figures; 土浦市's 担当 contact as entered, then as changed. axe on every screen.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { computeGrant } from '@kasane/domain';
import type { PartId } from '@kasane/domain';
import {
  fiscalYearNow, openAnnualReport, openFromMenu, printCount, saveGrantLine, screenshot, seriousViolations, signIn, submitAnnualReport, submitGrant, useBrowserSuite, watchPrint,
} from '../src/index.js';
import type { GrantFigures } from '../src/index.js';

const { server, freshPage, staffAs } = useBrowserSuite();

const official = async (): Promise<Page> => {
  const page = await freshPage();
  await signIn(page, server.baseUrl, 'prefecture', 'ibaraki.pref');
  return page;
};
const fy = fiscalYearNow();
const reiwa = (fiscalYear: number) => `令和${fiscalYear - 2018}年度`;
const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
const figures: GrantFigures = { standardAmount: 8_000_000, expenditure: 7_654_321, totalCost: 8_100_000, otherIncome: 0 };
let grantPartId = '';
let grantPartLabel = '';

const saveContact = async (page: Page, name: string) => {
  await openFromMenu(page, '体制');
  const profile = page.getByRole('form', { name: '体制の概要（都道府県の比較表に使われます）' });
  await profile.getByLabel('人口', { exact: true }).fill('141000');
  await profile.getByLabel('都道府県からの連絡先（担当課・担当者）').fill(name);
  await profile.getByLabel('連絡先の電話番号').fill('029-826-1111');
  await profile.getByRole('button', { name: '概要を保存する' }).click();
  await page.getByText('保存しました。', { exact: true }).waitFor();
};

describe('土浦市 does its part first', () => {
  it('its administrator saves the contact, declares the year’s status, submits the 交付金 and two years of 実績報告', async () => {
    const page = await staffAs('tsuchiura.admin');
    await saveContact(page, 'E2E 福祉総務課 土浦一郎');

    await openFromMenu(page, '実施計画');
    await page.getByLabel('実施状況', { exact: true }).selectOption({ value: 'implementing' });
    await page.getByRole('button', { name: '申告する' }).click();
    await page.getByText(/に「実施」と申告しました。/).waitFor();

    await openFromMenu(page, '交付金');
    await page.getByRole('heading', { level: 1, name: '重層的支援体制整備事業交付金' }).waitFor();
    grantPartId = await saveGrantLine(page, figures);
    grantPartLabel = (await page.getByRole('form', { name: 'この事業を保存する' }).getByRole('combobox', { name: /^事業/ }).locator('option:checked').textContent()) ?? '';
    await submitGrant(page, 1);

    for (const year of [fy - 2, fy - 1]) {
      await openAnnualReport(page, year);
      await submitAnnualReport(page);
    }
  });
});

describe('実施状況 (item 5)', () => {
  it('the official records statuses with source and date; for 土浦市 the form says its own declaration wins, and the table keeps it', async () => {
    const page = await official();
    const form = page.getByRole('form', { name: '実施状況を更新する' });
    await form.waitFor();
    const choose = async (municipality: string, status: string, source: string) => {
      await form.getByRole('combobox', { name: /^市町村/ }).selectOption({ label: municipality });
      await form.getByRole('combobox', { name: /^年度/ }).selectOption(String(fy));
      await form.getByRole('combobox', { name: /^実施状況/ }).selectOption({ label: status });
      await form.locator('input[name="source"]').fill(source);
      await form.locator('input[name="sourceDate"]').fill(today);
    };

    await choose('土浦市', '移行準備', 'E2E 県の聞き取り');
    await form.getByText('土浦市はカサネを利用しています').waitFor();
    await form.getByText(/は市町村の申告「実施」（.+）があるため、ここで更新しても表と地図には市町村の申告が表示されます。/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'prefecture-status-edit-kasane-warning');
    await form.getByRole('button', { name: '更新する' }).click();
    await form.getByText('更新しました。以前の記録は履歴として残ります。').waitFor();
    const history = form.getByRole('table', { name: '土浦市の実施状況の変更履歴' });
    await expect.poll(() => history.textContent()).toContain('E2E 県の聞き取り');
    expect(await history.textContent()).toContain('市町村の申告');
    const tsuchiura = page.getByRole('table', { name: /市町村/ }).first().getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^土浦市/ }) });
    const current = tsuchiura.getByRole('cell').nth((await page.getByRole('columnheader', { name: /の実施状況$/ }).count()) - 1);
    expect(await current.textContent()).toMatch(/^実施.*市町村の申告/);

    await choose('大子町', '未実施', 'E2E 県の調査票');
    expect(await form.getByText(/カサネを利用しています/).count()).toBe(0);
    await form.getByRole('button', { name: '更新する' }).click();
    await form.getByText('更新しました。以前の記録は履歴として残ります。').waitFor();
    await expect.poll(() => form.getByRole('table', { name: '大子町の実施状況の変更履歴' }).textContent()).toContain(`E2E 県の調査票（${today}）`);
    const daigo = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^大子町/ }) }).first();
    const daigoCurrent = daigo.getByRole('cell').nth((await page.getByRole('columnheader', { name: /の実施状況$/ }).count()) - 1);
    await expect.poll(() => daigoCurrent.textContent()).toMatch(/^未実施/);
  });
});

describe('統計 (item 8) and the map by year (item 6)', () => {
  it('the official publishes both closed years, switches between them, sees the trend chart, downloads the CSV, and maps each year', async () => {
    const page = await official();
    const echarts: string[] = [];
    page.on('response', (r) => { if (/echarts-setup-[^/]+\.js$/.test(r.url())) echarts.push(r.url()); });
    await openFromMenu(page, '統計（実績報告）');
    const years = page.getByRole('table', { name: '年度ごとの提出と公表' });
    const yearRow = (year: number) => years.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${reiwa(year)}`) }) });
    for (const year of [fy - 2, fy - 1]) {
      const row = yearRow(year);
      await row.getByRole('button', { name: 'この年度の統計を公表する' }).click();
      await row.getByRole('button', { name: '表示する' }).waitFor();
      expect(await row.textContent()).toContain('1 / ');
    }
    const heading = page.locator('#release-heading');
    await yearRow(fy - 1).getByRole('button', { name: '表示する' }).click();
    await expect.poll(() => heading.textContent()).toContain(reiwa(fy - 1));
    await page.getByRole('table', { name: /相談/ }).first().getByRole('rowheader', { name: '土浦市' }).waitFor();
    await yearRow(fy - 2).getByRole('button', { name: '表示する' }).click();
    await expect.poll(() => heading.textContent()).toContain(reiwa(fy - 2));

    await page.locator('.pref-trend-chart svg').first().waitFor();
    expect(echarts.length).toBeGreaterThan(0);
    expect(await page.getByRole('table', { name: '年度ごとの推移（県計）の表' }).getByRole('columnheader').count()).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'prefecture-statistics-release');

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVで書き出す' }).click()]);
    const csv = await readFile((await file.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFF年度,表,市町村コード,市町村,項目,件数\r\n')).toBe(true);
    expect(csv).toContain(',082031,土浦市,');

    await openFromMenu(page, '地図');
    await page.getByRole('heading', { level: 1, name: '市町村の地図' }).waitFor();
    await page.getByLabel('年度', { exact: true }).selectOption(String(fy - 1));
    await page.getByLabel('地図に表示する内容').selectOption('figure');
    await page.getByText(/^凡例（令和\d+年度）$/).waitFor();
    expect(await page.locator('.pref-map__legend-title').textContent()).toContain(reiwa(fy - 1));
    expect(await page.locator('.pref-map__area[data-code="082031"]').getAttribute('data-class')).not.toBe('absent');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'prefecture-map-figure-year');
    await page.getByLabel('年度', { exact: true }).selectOption(String(fy));
    await page.getByText(`${reiwa(fy)}の統計はまだ公表していません。`, { exact: false }).waitFor();
    await page.getByLabel('地図に表示する内容').selectOption('status');
    expect(await page.locator('.pref-map__legend-title').textContent()).toBe(`凡例（${reiwa(fy)}）`);
    expect(await page.locator('.pref-map__area[data-code="082031"]').getAttribute('data-class')).toBe('implementing');
  });
});

describe('交付金の集計 (item 9), 体制の比較 (item 7)', () => {
  it('the totals show 土浦市’s submitted line and the prefecture’s share by part; the comparison puts 2–6 side by side; both print', async () => {
    const page = await official();
    await openFromMenu(page, '交付金の集計');
    const byPart = page.getByRole('table', { name: /事業ごとの合計（県の負担額）$/ });
    const partRow = byPart.getByRole('row').filter({ has: page.getByRole('rowheader', { name: grantPartLabel, exact: true }) });
    await partRow.waitFor();
    const shares = computeGrant({ fiscalYear: fy, partId: grantPartId as PartId, ...figures });
    if (!shares.ok) throw new Error(shares.error.message);
    const cells = partRow.getByRole('cell');
    expect(await cells.nth(0).textContent()).toBe('1');
    expect(await cells.nth(3).textContent()).toBe(`${shares.value.prefecture.toLocaleString('ja-JP')}円`);
    await page.getByText(`都道府県負担の合計：${shares.value.prefecture.toLocaleString('ja-JP')}円`).waitFor();
    await page.getByRole('rowheader', { name: '土浦市（第1版）' }).waitFor();
    await watchPrint(page);
    await page.getByRole('button', { name: '印刷する' }).click();
    expect(await printCount(page)).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'prefecture-grant-totals-submitted');

    await openFromMenu(page, '体制の比較');
    await page.getByRole('heading', { level: 1, name: '市町村の体制の比較' }).waitFor();
    await page.getByRole('checkbox', { name: '土浦市', exact: true }).check();
    const others = page.getByRole('group', { name: '比較する市町村（2〜6）' }).getByRole('checkbox', { checked: false });
    await others.nth(0).check();
    await others.nth(0).check();
    await page.getByRole('button', { name: '比較する' }).click();
    const table = page.getByRole('table', { name: /市町村の体制の比較$/ });
    await table.waitFor();
    expect(await table.getByRole('columnheader').count()).toBe(4);
    await table.getByRole('columnheader', { name: '土浦市' }).waitFor();
    expect(await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '人口' }) }).textContent()).toContain('141,000人');
    await watchPrint(page);
    await page.getByRole('button', { name: '印刷する' }).click();
    expect(await printCount(page)).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'prefecture-compare-three');
  });
});

describe('市町村の担当 (item 12)', () => {
  it('the official sees 土浦市’s contact as entered in its profile, and the change once 土浦市 changes it', async () => {
    let page = await official();
    await openFromMenu(page, '市町村の担当');
    const row = () => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '土浦市' }) });
    expect(await row().textContent()).toContain('E2E 福祉総務課 土浦一郎');
    expect(await row().textContent()).toContain('029-826-1111');

    const admin = await staffAs('tsuchiura.admin');
    await saveContact(admin, 'E2E 地域福祉課 土浦花子');

    page = await official();
    await openFromMenu(page, '市町村の担当');
    await expect.poll(async () => row().textContent()).toContain('E2E 地域福祉課 土浦花子');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
