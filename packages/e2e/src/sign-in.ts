import type { Page } from 'playwright-core';

export const demoPassword = 'kasane-demo';

/** Signs in through the app's own login form, as a person would. */
export async function signIn(page: Page, baseUrl: string, app: 'staff' | 'prefecture', loginId: string): Promise<void> {
  await page.goto(`${baseUrl}/${app}/`);
  await page.getByLabel('ログインID').fill(loginId);
  await page.getByLabel('パスワード').fill(demoPassword);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.getByRole('button', { name: 'ログアウト' }).waitFor();
}
