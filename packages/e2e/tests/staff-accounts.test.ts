// Accounts for a real municipality (issue #2): the administrator creates a 相談支援員 with a
// generated password shown once; the new worker signs in with it, is asked to replace it first,
// and signs in again with their own. axe checks on the accounts and password pages.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, seriousViolations, signIn, useBrowserSuite } from '../src/index.js';

const { server, freshPage } = useBrowserSuite();

async function signInWith(page: Page, loginId: string, password: string): Promise<void> {
  await page.goto(`${server.baseUrl}/staff/`);
  await page.getByLabel('ログインID').fill(loginId);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

const newLogin = 'tsuchiura.midori';
const ownPassword = '桜川の土手で春の訪れを待っています';
let initialPassword = '';

describe('アカウント管理 and the first sign-in of a new worker', () => {
  it('lets tsuchiura.admin create a 相談支援員 and shows the generated password once', async () => {
    const page = await freshPage();
    await signIn(page, server.baseUrl, 'staff', 'tsuchiura.admin');
    await page.getByRole('link', { name: 'アカウント管理' }).click();
    await page.getByRole('heading', { level: 1, name: 'アカウント管理' }).waitFor();
    await page.getByRole('cell', { name: 'tsuchiura.admin' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const form = page.getByRole('region', { name: 'アカウントを作る' });
    await form.getByLabel('ログインID').fill(newLogin);
    await form.getByLabel('氏名').fill('見本 みどり');
    await form.getByLabel('役割').selectOption({ label: '相談支援員' });
    await form.getByLabel('所属機関').selectOption({ label: '土浦市役所 福祉総合相談課' });
    await form.getByRole('button', { name: '作成する' }).click();

    const shown = page.getByTestId('generated-password');
    await shown.waitFor();
    initialPassword = (await shown.textContent()) ?? '';
    expect(initialPassword).toMatch(/^[A-Za-z2-9]{16}$/);
    await page.getByRole('cell', { name: newLogin }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-accounts');
    await page.getByRole('button', { name: '伝えたので閉じる' }).click();
    expect(await page.getByTestId('generated-password').count()).toBe(0);

    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
  });

  it('asks the new worker to replace the initial password before anything else, then signs in with the new one', async () => {
    expect(initialPassword).not.toBe('');
    const page = await freshPage();
    await signInWith(page, newLogin, initialPassword);
    await page.getByRole('heading', { level: 1, name: 'パスワードの変更' }).waitFor();
    await page.getByText('管理者が設定した初期パスワードでログインしています').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('現在のパスワード').fill(initialPassword);
    const newPassword = page.locator('input[autocomplete="new-password"]');
    await newPassword.nth(0).fill(ownPassword);
    await newPassword.nth(1).fill(ownPassword);
    await page.getByRole('button', { name: 'パスワードを変更する' }).click();
    await page.getByText('パスワードを変更しました。').waitFor();
    await screenshot(page, 'staff-password-changed');

    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
    await signInWith(page, newLogin, initialPassword);
    await page.getByText('ログインIDまたはパスワードが正しくありません。').waitFor();
    await page.getByLabel('パスワード').fill(ownPassword);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
    expect(await page.getByRole('link', { name: 'アカウント管理' }).count()).toBe(0);
    await page.getByRole('link', { name: 'パスワード変更' }).waitFor();
  });
});
