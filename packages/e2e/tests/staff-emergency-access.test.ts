// 緊急時の閲覧 end to end (C3, issue #8): a 社協 outreach worker, whose consent covers the father but
// not the son, opens the son's record with a recorded reason and reads it under the 24-hour banner;
// the administrator then finds it in 「緊急閲覧の確認」 and records the outcome. axe-core on each screen.
import { describe, expect, it } from 'vitest';
import { screenshot, seriousViolations, useBrowserSuite } from '../src/index.js';

const { staffAs: as } = useBrowserSuite();
const reason = '訪問したが応答がなく、室内で倒れている可能性があるため連絡先を確認する。';

describe('緊急時の閲覧', () => {
  it('a worker without the son’s consent opens his record with a reason, under a banner', async () => {
    const page = await as('tsuchiura.outreach');
    await page.getByRole('navigation', { name: '主なメニュー' }).getByRole('link', { name: '世帯・ケースの検索' }).click();
    await page.getByRole('link', { name: '土浦市見本町1-1' }).click();
    await page.getByRole('heading', { level: 1, name: '世帯の情報' }).waitFor();
    await page.getByRole('rowheader', { name: '表示できない世帯員' }).waitFor();
    expect(await page.getByText('見本 二郎').count()).toBe(0);

    await page.getByRole('button', { name: /緊急時の閲覧（生命・身体の保護）/ }).click();
    const dialog = page.getByRole('dialog', { name: '緊急時の閲覧' });
    await dialog.getByText(/24時間/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '記録して閲覧する' }).click();
    await dialog.getByText(/理由を10文字以上で/).waitFor();
    await dialog.getByLabel(/緊急に閲覧する理由/).fill(reason);
    await dialog.getByRole('button', { name: '記録して閲覧する' }).click();

    await page.getByText(/^緊急時の閲覧中（.+まで）$/).waitFor();
    await page.getByText('見本 二郎').waitFor();
    await page.getByText(/土浦市社会福祉協議会（確認待ち）/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-emergency-access');
  });

  it('the administrator reviews it and records the outcome', async () => {
    const page = await as('tsuchiura.admin');
    await page.getByRole('navigation', { name: '主なメニュー' }).getByRole('link', { name: '緊急閲覧の確認' }).click();
    await page.getByRole('heading', { level: 1, name: '緊急時の閲覧の確認' }).waitFor();
    const item = page.getByRole('article').filter({ hasText: reason });
    await item.waitFor();
    expect(await item.textContent()).toContain('見本 訪問（土浦市社会福祉協議会）');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-emergency-review');

    await item.getByLabel(/確認の結果/).selectOption({ value: 'justified' });
    await item.getByLabel(/確認の記録/).fill('訪問時の状況から緊急性があった。');
    await item.getByRole('button', { name: '結果を記録する' }).click();
    await page.getByText('確認を待っている緊急時の閲覧はありません。').waitFor();
    const row = page.getByRole('table', { name: '確認済み' }).getByRole('row').filter({ hasText: reason });
    expect(await row.textContent()).toContain('緊急の必要があった：訪問時の状況から緊急性があった。');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
