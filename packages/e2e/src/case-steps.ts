// Steps several case-flow browser tests share.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './browser.js';

export async function noSeriousViolations(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/** On the meeting page: the meeting approves the plan; then, on the case, support starts. */
export async function approvePlanAndStartSupport(page: Page, openCase: (page: Page) => Promise<void>): Promise<void> {
  await page.getByLabel('決定の内容・評価').fill('適切と判断。3か月後に見直す');
  await page.getByRole('button', { name: '決定を記録する' }).click();
  await page.getByText('適切と判断。3か月後に見直す').waitFor();
  await noSeriousViolations(page);
  await openCase(page);
  await page.getByText('支援プラン確認済み').first().waitFor();
  await page.getByRole('button', { name: '支援・モニタリングを始める' }).click();
  await page.getByText('支援・モニタリング中').first().waitFor();
}
