import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PasswordChangePage } from '../src/components/password-change-page.js';
import type { PasswordChangePageProps } from '../src/components/password-change-page.js';
import { setupI18n } from './i18n.js';

let i18nInstance: i18n;
beforeAll(async () => {
  i18nInstance = await setupI18n();
});
afterEach(cleanup);

function renderPage(props: Partial<PasswordChangePageProps> = {}) {
  render(
    <I18nextProvider i18n={i18nInstance}>
      <PasswordChangePage appName="Kasane 職員用" homeLink={<a href="/">ホームへ</a>} mustChange={false} done={false} submitting={false} error={null} onSubmit={async () => undefined} {...props} />
    </I18nextProvider>,
  );
}

describe('PasswordChangePage', () => {
  it('titles the page with the app name and asks for a replacement of an initial password', () => {
    renderPage({ mustChange: true });
    expect(screen.getByRole('heading', { level: 1, name: 'パスワードの変更' })).toBeTruthy();
    expect(document.title).toBe('パスワードの変更｜Kasane 職員用');
    expect(screen.getByText(/管理者が設定した初期パスワード/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'パスワードを変更する' })).toBeTruthy();
  });

  it('once changed, says so and offers the way back instead of the form', () => {
    renderPage({ done: true });
    expect(screen.getByText(/パスワードを変更しました/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ホームへ' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'パスワードを変更する' })).toBeNull();
  });
});
