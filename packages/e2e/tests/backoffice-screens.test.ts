// Issue #11, items 1–3, 5, 7–9 and 12 in the browser: every back-office screen of both apps opened from the
// menu as its user does — 土浦市's administrator (体制・交付金・実績報告), 茨城県's official (実施状況・統計・
// 交付金の集計・体制の比較・担当) — each with no serious axe violation and a screenshot in docs/screenshots/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, seriousViolations, signIn, useBrowserSuite } from '../src/index.js';

const { server, freshPage, staffAs } = useBrowserSuite();

const menu = (page: Page, name: string) => page.getByRole('navigation', { name: '主なメニュー' }).getByRole('link', { name, exact: true }).click();

async function visit(page: Page, link: string, heading: string, shot: string): Promise<void> {
  await menu(page, link);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByText('読み込み中です…').first().waitFor({ state: 'detached' }).catch(() => undefined);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, shot);
}

describe('the municipality’s back office (staff app, municipal_admin)', () => {
  it('opens 体制, 交付金, 実績報告 and 実施計画 from the 管理 group of the menu', async () => {
    const page = await staffAs('tsuchiura.admin');
    const admin = page.getByRole('navigation', { name: '主なメニュー' }).getByRole('list', { name: '管理' });
    for (const name of ['体制', '交付金', '実績報告', '実施計画']) await admin.getByRole('link', { name, exact: true }).waitFor();
    await visit(page, '体制', '重層的支援体制（体制）', 'staff-backoffice-structure');
    await visit(page, '交付金', '重層的支援体制整備事業交付金', 'staff-backoffice-grant');
    await visit(page, '実績報告', '実績報告', 'staff-backoffice-annual-report');
  });
});

describe('the prefecture’s oversight (prefecture app, prefectural official)', () => {
  it('opens 実施状況, 統計, 交付金の集計, 体制の比較 and 市町村の担当, each without serious violations', async () => {
    const page = await freshPage();
    await signIn(page, server.baseUrl, 'prefecture', 'ibaraki.pref');
    await page.getByRole('heading', { level: 1, name: '市町村の実施状況' }).waitFor();
    await page.getByRole('row').filter({ hasText: '土浦市' }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'prefecture-municipalities');
    await visit(page, '統計（実績報告）', '実績報告の統計', 'prefecture-statistics');
    await visit(page, '交付金の集計', '交付金の集計', 'prefecture-grant-totals');
    await visit(page, '体制の比較', '市町村の体制の比較', 'prefecture-compare');
    await visit(page, '市町村の担当', '市町村の担当連絡先', 'prefecture-contacts');
  });
});
