// 参加支援 without dead ends (issue #10 item 10): the 地域包括 worker goes from the 8050 case (見本町1-1) to
// 「参加支援につなぐ」, matches 見本 一郎 to the farm, starts with a note that stays, records 定着 — which keeps
// its place (残り1人（定員2人）) — and walks back to the case and the household, and from the household again
// to the person's 参加支援.
import { describe, expect, it } from 'vitest';
import { screenshot, seriousViolations, useBrowserSuite } from '../src/index.js';

const { server, staffAs: as } = useBrowserSuite();
const ichiro = '見本 一郎';

describe('case → 参加支援 → match → 開始 → 定着 and back', () => {
  it('walks the whole way by links, the person named on every step', async () => {
    const page = await as('tsuchiura.worker');
    await page.goto(`${server.baseUrl}/staff/coordination`);
    await page.getByRole('link', { name: ichiro }).click();
    await page.getByRole('heading', { level: 1, name: ichiro }).waitFor();
    const caseUrl = new URL(page.url()).pathname;

    await page.getByRole('link', { name: '参加支援につなぐ' }).click();
    await page.getByRole('heading', { level: 1, name: `参加支援：${ichiro}` }).waitFor();
    const resource = page.getByLabel('参加支援の資源');
    await resource.locator('option', { hasText: '見本農園' }).waitFor({ state: 'attached' });
    expect(await resource.locator('option', { hasText: '見本農園' }).innerText()).toContain('残り2人（定員2人）');
    await resource.selectOption({ label: '見本農園 就労体験（就労体験・残り2人（定員2人））' });
    await page.getByRole('textbox', { name: /^つなぐ理由/ }).fill('人と関わる場を本人が希望');
    await page.getByLabel('既存事業の活用を検討した').check();
    await page.getByRole('textbox', { name: /^既存事業を検討した内容/ }).fill('就労準備支援事業は年齢要件で合わない');
    await page.getByRole('button', { name: 'つなぐ', exact: true }).click();
    await page.getByText('参加支援の資源につなぎました。').waitFor();

    const card = page.getByRole('region', { name: /見本農園 就労体験/ });
    await card.getByLabel('記録（フォローアップ・結果）').fill('初日は職員が同行、週1回から');
    await card.getByRole('button', { name: '参加開始' }).click();
    await card.getByText('初日は職員が同行、週1回から').waitFor();
    await card.getByText('参加中').waitFor();
    await card.getByLabel('記録（フォローアップ・結果）').fill('毎週通っている');
    await card.getByRole('button', { name: '定着を記録' }).click();
    await card.getByText(/毎週通っている（定着）/).waitFor();
    expect(await card.getByText('初日は職員が同行、週1回から').isVisible()).toBe(true);
    // a 定着 still holds its place
    await expect.poll(async () => resource.locator('option', { hasText: '見本農園' }).innerText()).toContain('残り1人（定員2人）');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-participation-settled');

    await card.getByRole('link', { name: 'ケースを開く' }).click();
    await page.getByRole('heading', { level: 1, name: ichiro }).waitFor();
    expect(new URL(page.url()).pathname).toBe(caseUrl);
    await page.getByRole('link', { name: '世帯を開く' }).click();
    await page.getByRole('heading', { level: 1, name: '世帯の情報' }).waitFor();
    const members = page.getByRole('table', { name: '世帯員' });
    await members.getByRole('link', { name: new RegExp(`^参加支援.*${ichiro}`) }).click();
    await page.getByRole('heading', { level: 1, name: `参加支援：${ichiro}` }).waitFor();
    await page.getByRole('region', { name: /見本農園 就労体験/ }).getByText('定着', { exact: true }).waitFor();
  });
});
