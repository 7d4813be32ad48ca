// The prefectural official's own password change, against the real API and a PGlite database.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
afterEach(cleanup);

describe('パスワードの変更（都道府県）', () => {
  it('is reached from the user menu, refuses a wrong current password, and changes it', async () => {
    const api = createApi({ fetch: server.fetch });
    render(<App api={api} router={createAppRouter(api, { initialPath: '/prefecture/' })} i18n={await createI18n()} />);
    await userEvent.type(await screen.findByLabelText(/ログインID/), 'kochi.pref');
    await userEvent.type(screen.getByLabelText(/パスワード/), 'kasane-demo');
    await userEvent.click(screen.getByRole('button', { name: 'ログイン' }));

    await userEvent.click(await screen.findByRole('link', { name: 'パスワード変更' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'パスワードの変更' })).toBeTruthy();
    const fill = async (current: string, next: string) => {
      await userEvent.clear(screen.getByLabelText(/^現在のパスワード/));
      await userEvent.type(screen.getByLabelText(/^現在のパスワード/), current);
      await userEvent.clear(screen.getByLabelText(/^新しいパスワード必須/));
      await userEvent.type(screen.getByLabelText(/^新しいパスワード必須/), next);
      await userEvent.clear(screen.getByLabelText(/^新しいパスワード（確認）/));
      await userEvent.type(screen.getByLabelText(/^新しいパスワード（確認）/), next);
      await userEvent.click(screen.getByRole('button', { name: 'パスワードを変更する' }));
    };
    await fill('not-the-password', '南国土佐を後にして都へ来てから');
    expect(await screen.findByText('現在のパスワードが正しくありません。')).toBeTruthy();
    await fill('kasane-demo', '南国土佐を後にして都へ来てから');
    expect(await screen.findByText(/パスワードを変更しました/)).toBeTruthy();
    const stored = await server.t.db.prisma.user.findUniqueOrThrow({ where: { loginId: 'kochi.pref' }, select: { isDemo: true, passwordChangedAt: true } });
    expect(stored.passwordChangedAt).not.toBeNull();
  });
});
