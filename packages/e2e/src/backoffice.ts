// Steps of the back office (issue #11) that more than one browser test takes: opening a screen from the
// menu, a 交付金 line entered and submitted, the 実績報告 of a closed year submitted, window.print observed.
import type { Page } from 'playwright-core';

export const openFromMenu = (page: Page, name: string) => page.getByRole('navigation', { name: '主なメニュー' }).getByRole('link', { name, exact: true }).click();

/** The fiscal year (年度, JST) a date falls in. */
export const fiscalYearNow = (): number => {
  const jst = new Date(Date.now() + 9 * 3_600_000);
  return jst.getUTCMonth() >= 3 ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;
};

export interface GrantFigures {
  standardAmount: number;
  expenditure: number;
  totalCost: number;
  otherIncome: number;
}

/** On the 交付金 screen: one part's figures saved (the first part of the list unless told); returns its id. */
export async function saveGrantLine(page: Page, figures: GrantFigures, partIndex = 0): Promise<string> {
  const form = page.getByRole('form', { name: 'この事業を保存する' });
  const part = form.getByRole('combobox', { name: /^事業/ });
  await part.selectOption({ index: partIndex });
  const partId = await part.inputValue();
  await form.getByLabel('基準額').fill(figures.standardAmount.toLocaleString('ja-JP'));
  await form.getByLabel('対象経費の実支出額').fill(String(figures.expenditure));
  await form.getByLabel('総事業費').fill(String(figures.totalCost));
  await form.getByLabel('寄付金その他の収入額').fill(String(figures.otherIncome));
  await form.getByRole('button', { name: 'この事業を保存する' }).click();
  return partId;
}

/** On the 交付金 screen: the year's figures submitted; waits for the lock. */
export async function submitGrant(page: Page, version: number): Promise<void> {
  await page.getByRole('button', { name: '都道府県に提出する' }).click();
  await page.getByText(`この年度は第${version}版を都道府県に提出済みのため、変更できません。`).waitFor();
}

/** The 実績報告 screen opened on a fiscal year. */
export async function openAnnualReport(page: Page, fiscalYear: number): Promise<void> {
  await openFromMenu(page, '実績報告');
  await page.getByRole('heading', { level: 1, name: '実績報告' }).waitFor();
  await page.getByLabel('年度', { exact: true }).selectOption(String(fiscalYear));
  await page.getByRole('table', { name: /実績報告$/ }).waitFor();
}

/** The 実績報告 of the shown (closed) year submitted to the prefecture. */
export async function submitAnnualReport(page: Page): Promise<void> {
  await page.getByRole('button', { name: '都道府県に提出する' }).click();
  await page.getByText(/^第1版を.+に提出しました。/).waitFor();
}

/** Replaces window.print with a counter (a headless browser prints nothing); read it with printCount. */
export const watchPrint = (page: Page) => page.evaluate(() => {
  (window as unknown as { printed: number }).printed = 0;
  window.print = () => { (window as unknown as { printed: number }).printed += 1; };
});
export const printCount = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);
