// アカウント管理 against the real API and a PGlite database (no fake server): what the page
// sends is what the server accepts, and what it shows is what the server stored.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@kasane/api';
import { createTestApi } from '@kasane/api/testing';
import type { TestApi } from '@kasane/api/testing';
import { createApi } from '../src/api.js';
import { App } from '../src/app.js';
import { createI18n } from '../src/i18n/index.js';
import { createAppRouter } from '../src/router.js';

let server: TestApi;
beforeAll(async () => {
  server = await createTestApi();
}, 120_000);
afterAll(async () => server.close());
afterEach(() => {
  cleanup();
  server.cookies.clear();
  document.cookie = 'kasane_csrf=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

async function renderAs(loginId: string, password: string, path: string) {
  const api = createApi({ fetch: server.fetch });
  const router = createAppRouter(api, { initialPath: path });
  render(<App api={api} router={router} i18n={await createI18n()} />);
  await userEvent.type(await screen.findByLabelText(/ログインID/), loginId);
  await userEvent.type(screen.getByLabelText(/パスワード/), password);
  await userEvent.click(screen.getByRole('button', { name: 'ログイン' }));
  return router;
}

describe('アカウント管理', () => {
  it('lists the municipality’s accounts, creates a 相談支援員 with a generated password shown once, and disables an account', async () => {
    await renderAs('tsuchiura.admin', 'kasane-demo', '/staff/admin/accounts');
    expect(await screen.findByRole('heading', { level: 1, name: 'アカウント管理' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'アカウント管理' }).getAttribute('aria-current')).toBe('page');
    const table = await screen.findByRole('table');
    const adminRow = within(table).getAllByRole('row').find((r) => r.textContent?.includes('tsuchiura.admin'));
    expect(adminRow?.textContent).toContain('市町村の事業担当（管理者）');
    expect(adminRow?.textContent).toContain('あなた');
    expect(table.textContent).not.toContain('koga.');

    // Missing fields are named beside each field, in Japanese.
    await userEvent.click(screen.getByRole('button', { name: '作成する' }));
    expect(await screen.findByText('ログインIDを入力してください。')).toBeTruthy();
    expect(screen.getByText('役割を選んでください。')).toBeTruthy();

    await userEvent.type(screen.getByLabelText(/^ログインID/), 'tsuchiura.sato');
    const createSection = screen.getByRole('region', { name: 'アカウントを作る' });
    await userEvent.type(within(createSection).getByLabelText(/^氏名/), '佐藤 みどり');
    await userEvent.selectOptions(within(createSection).getByLabelText(/^役割/), '相談支援員');
    await userEvent.selectOptions(within(createSection).getByLabelText(/^所属機関/), '土浦市役所 福祉総合相談課');
    await userEvent.click(screen.getByRole('button', { name: '作成する' }));

    const shown = await screen.findByTestId('generated-password');
    const password = shown.textContent ?? '';
    expect(password).toMatch(/^[A-Za-z2-9]{16}$/);
    await waitFor(() => expect(screen.getByRole('table').textContent).toContain('tsuchiura.sato'));
    const row = within(screen.getByRole('table')).getAllByRole('row').find((r) => r.textContent?.includes('tsuchiura.sato'));
    expect(row?.textContent).toContain('相談支援員');
    expect(row?.textContent).toContain('初回パスワード変更待ち');
    await userEvent.click(screen.getByRole('button', { name: '伝えたので閉じる' }));
    expect(screen.queryByTestId('generated-password')).toBeNull();
    expect(document.body.textContent).not.toContain(password);

    // Disable the new account: the server refuses its sign-in from now on.
    await userEvent.click(screen.getByRole('button', { name: '佐藤 みどりさんを変更' }));
    const editor = await screen.findByRole('region', { name: /佐藤 みどりさん/ });
    await userEvent.click(within(editor).getByRole('button', { name: '利用を停止する' }));
    expect(await within(editor).findByText(/利用を停止しました/)).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row').find((r) => r.textContent?.includes('tsuchiura.sato'))?.textContent).toContain('利用停止'));
    const stored = await server.t.db.prisma.user.findUnique({ where: { loginId: 'tsuchiura.sato' }, select: { disabledAt: true, role: true, municipalityCode: true } });
    expect(stored).toMatchObject({ role: 'consultation_worker', municipalityCode: '082031' });
    expect(stored?.disabledAt).not.toBeNull();
  });

  it('shows the server’s refusal when the last administrator tries to step down', async () => {
    await renderAs('tsuchiura.admin', 'kasane-demo', '/staff/admin/accounts');
    await userEvent.click(await screen.findByRole('button', { name: '見本 管理さんを変更' }));
    const editor = await screen.findByRole('region', { name: /見本 管理さん/ });
    await userEvent.click(within(editor).getByRole('button', { name: '利用を停止する' }));
    expect(await within(editor).findByText(/有効な管理者がほかにいないため/)).toBeTruthy();
  });

  it('sends a user whose password an administrator set to the password page first, and lets them change it', async () => {
    const org = await server.t.db.prisma.organisation.findFirstOrThrow({ where: { municipalityCode: '082031' }, select: { id: true } });
    const passwordHash = await hashPassword('はじめに配られたパスワード');
    await server.t.db.prisma.user.create({ data: { loginId: 'tsuchiura.first', displayName: '初回 太郎', role: 'consultation_worker', municipalityCode: '082031', organisationId: org.id, passwordHash, mustChangePassword: true } });
    await renderAs('tsuchiura.first', 'はじめに配られたパスワード', '/staff/search');
    expect(await screen.findByRole('heading', { level: 1, name: 'パスワードの変更' })).toBeTruthy();
    expect(screen.getByText(/初期パスワードでログインしています/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/^現在のパスワード/), 'はじめに配られたパスワード');
    await userEvent.type(screen.getByLabelText(/^新しいパスワード必須/), 'short');
    await userEvent.type(screen.getByLabelText(/^新しいパスワード（確認）/), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'パスワードを変更する' }));
    expect(await screen.findByText('新しいパスワードは12文字以上にしてください。')).toBeTruthy();
    await userEvent.clear(screen.getByLabelText(/^新しいパスワード必須/));
    await userEvent.clear(screen.getByLabelText(/^新しいパスワード（確認）/));
    await userEvent.type(screen.getByLabelText(/^新しいパスワード必須/), '自分だけが知っている合言葉');
    await userEvent.type(screen.getByLabelText(/^新しいパスワード（確認）/), '自分だけが知っている合言葉');
    await userEvent.click(screen.getByRole('button', { name: 'パスワードを変更する' }));
    expect(await screen.findByText(/パスワードを変更しました/)).toBeTruthy();
    await userEvent.click(screen.getByRole('link', { name: 'ホームへ' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ホーム' })).toBeTruthy();
    const stored = await server.t.db.prisma.user.findUniqueOrThrow({ where: { loginId: 'tsuchiura.first' }, select: { mustChangePassword: true } });
    expect(stored.mustChangePassword).toBe(false);
  });

  it('is not offered to a worker who is not an administrator, and the API refuses it', async () => {
    await renderAs('tsuchiura.worker', 'kasane-demo', '/staff/admin/accounts');
    expect(await screen.findByText('この操作を行う権限がありません。')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'アカウント管理' })).toBeNull();
  });
});
