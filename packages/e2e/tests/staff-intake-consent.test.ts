// 相談受付 → 重複の候補 → 同意の記録 → 同意の撤回で他機関の閲覧が止まる (C6), as staff do it in
// the browser, with axe-core finding no serious or critical violation on each screen.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot, seriousViolations, signIn, useBrowserSuite } from '../src/index.js';

const { server, newContext, newPage } = useBrowserSuite();
let disability: BrowserContext;
let page: Page;
let householdPath = '';

beforeAll(async () => {
  page = await newPage();
  page.on('dialog', (d) => void d.accept());
});

describe('staff intake and consent', () => {
  it('a 地域包括 worker takes a phone intake and is shown a possible existing record', async () => {
    await signIn(page, server.baseUrl, 'staff', 'tsuchiura.worker');
    await page.getByRole('link', { name: '相談受付' }).first().click();
    await page.getByRole('heading', { level: 1, name: '相談受付' }).waitFor();
    await page.getByLabel(/^姓/).fill('見本');
    await page.getByLabel(/^名/).fill('一郎');
    await page.getByLabel('セイ（フリガナ）').fill('みほん');
    await page.getByLabel('メイ（フリガナ）').fill('いちろう');
    await page.getByLabel('生年月日').fill('1944-05-10');
    // Duplicate detected: a hint only (name, birth year, district), no address or record.
    const candidate = page.locator('.staff-candidate-list li').filter({ hasText: '見本 一郎' }).first();
    await candidate.waitFor();
    expect(await candidate.textContent()).toContain('1944年生まれ');
    expect(await page.locator('.staff-candidates').textContent()).not.toContain('見本町1-1');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-intake-duplicate');

    await candidate.getByRole('button', { name: /この方として受け付ける/ }).click();
    await page.getByText('既に登録されている方（見本 一郎）として受け付けます。').waitFor();
    await page.getByLabel('8050').check();
    await page.getByLabel('ひきこもり').check();
    await page.getByText('複合課題').first().waitFor();
    await page.getByLabel('相談の概要').fill('父の介護と、同居する息子の今後について電話で相談。');
    await page.getByRole('button', { name: '受け付ける' }).click();
    await page.getByText('相談を受け付けました。').waitFor();
    householdPath = (await page.getByRole('link', { name: '世帯の情報を開く' }).getAttribute('href')) ?? '';
    expect(householdPath).toMatch(/\/staff\/households\//);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('records a consent naming the 障害者相談支援センター, which can then see the person', async () => {
    await page.getByRole('link', { name: '同意を記録する' }).click();
    await page.getByRole('heading', { level: 1, name: '同意と開示記録' }).waitFor();
    await page.getByRole('button', { name: '新しい同意を記録する' }).click();
    await page.getByLabel('土浦市障害者相談支援センター').check();
    await page.getByLabel('支援の実施').check();
    await page.getByRole('button', { name: '同意を記録する' }).click();
    await page.getByText('同意を記録しました。').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-consent');

    disability = await newContext();
    const other = await disability.newPage();
    await signIn(other, server.baseUrl, 'staff', 'tsuchiura.disability');
    await other.goto(`${server.baseUrl}${householdPath}`);
    await other.getByRole('heading', { level: 1, name: '世帯の情報' }).waitFor();
    await other.getByRole('rowheader', { name: '見本 一郎' }).waitFor();
    expect(await other.getByText('本人の同意').count()).toBeGreaterThan(0);
    expect(await seriousViolations(other)).toEqual([]);
    await screenshot(other, 'staff-household-by-consent');
  });

  it('withdrawing the consent removes that organisation’s access at once (C6)', async () => {
    const row = page.getByRole('row').filter({ hasText: '土浦市障害者相談支援センター' }).filter({ hasText: '有効' }).first();
    await row.getByRole('button', { name: '撤回する' }).click();
    // the app's own dialog (issue #10 item 8): day, method and reason
    await page.getByLabel('撤回の理由').fill('本人から電話で、障害者相談支援センターとの共有をやめたいと申し出があった');
    await page.getByRole('button', { name: '撤回を記録する' }).click();
    await page.getByText('撤回しました。').waitFor();

    const other = await disability.newPage();
    await other.goto(`${server.baseUrl}${householdPath}`);
    await other.getByRole('alert').first().waitFor();
    expect(await other.getByRole('rowheader', { name: '見本 一郎' }).count()).toBe(0);
    expect(await other.getByText('見本 一郎').count()).toBe(0);
    await screenshot(other, 'staff-household-after-withdrawal');

    const ledger = page.getByRole('table', { name: /開示記録/ });
    await page.reload();
    await ledger.getByText('土浦市障害者相談支援センター').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
