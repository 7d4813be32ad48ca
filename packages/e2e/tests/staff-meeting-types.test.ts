// 会議の種類 end to end (issue #4 item 5): the municipal administrator defines a meeting type of the
// municipality (SPEC §4, seed 003), a coordinator then sets a meeting of it; a retired type is no longer
// offered. axe-core on the new screen, for the administrator and read-only for the coordinator.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, seriousViolations, useBrowserSuite } from '../src/index.js';

const { server, staffAs: as } = useBrowserSuite();

const typeRow = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

describe('会議の種類', () => {
  it('the administrator adds 「E2E検討会」 as a 支援会議, after a refusal shown beside the field', async () => {
    const page = await as('tsuchiura.admin');
    await page.getByRole('navigation', { name: '主なメニュー' }).getByRole('link', { name: '会議の種類' }).click();
    await page.getByRole('heading', { level: 1, name: '会議の種類' }).waitFor();
    await typeRow(page, 'スクラムネット').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '会議の種類を追加する' }).click();
    await page.getByText('会議の名前を入力してください。').waitFor();
    expect(await page.getByLabel('会議の名前').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // width and spacing do not make a new name (NFKC)
    await page.getByLabel('会議の名前').fill('ｽｸﾗﾑ ﾈｯﾄ');
    await page.getByLabel('法的な位置づけ').selectOption({ value: 'shien' });
    await page.getByRole('button', { name: '会議の種類を追加する' }).click();
    await page.getByText(/同じ名前の会議の種類がすでにあります/).waitFor();

    await page.getByLabel('会議の名前').fill('E2E検討会');
    await page.getByLabel('開催の頻度').fill('月1回');
    await page.getByRole('button', { name: '会議の種類を追加する' }).click();
    await page.getByText('会議の種類「E2E検討会」を追加しました。').waitFor();
    const row = typeRow(page, 'E2E検討会');
    await row.waitFor();
    expect(await row.textContent()).toContain('支援会議');
    expect(await row.textContent()).toContain('使用中');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-meeting-types');
  });

  it('a coordinator sets a meeting of that type, and sees the types read-only', async () => {
    const page = await as('tsuchiura.coordinator');
    await page.goto(`${server.baseUrl}/staff/meetings`);
    await page.getByLabel('会議の種類').selectOption({ label: 'E2E検討会（支援会議）' });
    await page.getByLabel('会議名').fill('E2E検討会 12月');
    await page.getByLabel('日時').fill('2026-12-02T10:00');
    await page.getByRole('button', { name: '会議を登録する' }).click();
    await page.getByRole('heading', { level: 1, name: 'E2E検討会 12月' }).waitFor();
    // a 支援会議: the chair's own undertaking comes first (C5)
    await page.getByRole('button', { name: '誓約して閲覧する' }).waitFor();

    await page.goto(`${server.baseUrl}/staff/meetings`);
    await page.getByRole('link', { name: 'E2E検討会 12月' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '会議の種類を見る・設定する' }).click();
    await page.getByRole('heading', { level: 1, name: '会議の種類' }).waitFor();
    await page.getByText('会議の種類を変更できるのは、市町村の管理者だけです。').waitFor();
    expect(await typeRow(page, 'E2E検討会').textContent()).toContain('1');
    expect(await page.getByRole('button', { name: /編集|使用を終了|削除/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a type with a meeting keeps its kind and cannot be deleted; once retired it is not offered', async () => {
    const admin = await as('tsuchiura.admin');
    await admin.goto(`${server.baseUrl}/staff/meeting-types`);
    const row = typeRow(admin, 'E2E検討会');
    await row.waitFor();
    expect(await row.getByRole('button', { name: /削除/ }).count()).toBe(0);
    await row.getByRole('button', { name: /^編集/ }).click();
    await admin.getByText('この種類で設定された会議があるため、法的な位置づけは変更できません。').waitFor();
    await admin.getByRole('button', { name: 'やめる' }).click();
    await row.getByRole('button', { name: /^使用を終了する/ }).click();
    await admin.getByText('会議の種類「E2E検討会」の使用を終了しました。新しい会議には表示されません。').waitFor();
    expect(await seriousViolations(admin)).toEqual([]);

    const coordinator = await as('tsuchiura.coordinator');
    await coordinator.goto(`${server.baseUrl}/staff/meetings`);
    const select = coordinator.getByLabel('会議の種類');
    await select.locator('option', { hasText: 'スクラムネット' }).waitFor({ state: 'attached' });
    expect(await select.locator('option', { hasText: 'E2E検討会' }).count()).toBe(0);
    // the meeting already set keeps its type
    await coordinator.getByRole('link', { name: 'E2E検討会 12月' }).waitFor();
  });
});
