import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeAppError, fakeTrpcFetch } from '@kasane/ui/testing';
import { createApi } from '../src/api.js';
import { App } from '../src/app.js';
import { createI18n } from '../src/i18n/index.js';
import { createAppRouter } from '../src/router.js';
import { overview } from './fixtures.js';

afterEach(cleanup);

const official = { kind: 'prefecture' as const, userId: 'p1', displayName: '茨城 太郎', role: 'prefectural_official', prefectureCode: '080004' };

async function renderApp(login: (input: unknown) => unknown) {
  let actor: typeof official | null = null;
  const server = fakeTrpcFetch({
    'auth.session': () => ({ actor, csrfToken: 't' }),
    'auth.login': (input) => {
      const out = login(input);
      actor = official;
      return out;
    },
    'prefecture.municipality.find': () => overview,
  });
  document.cookie = 'kasane_csrf=t; path=/';
  const api = createApi({ fetch: server.fetch });
  render(<App api={api} router={createAppRouter(api, { initialPath: '/prefecture/' })} i18n={await createI18n()} />);
  return server;
}

async function signIn() {
  await userEvent.type(await screen.findByLabelText(/ログインID/), 'ibaraki.pref');
  await userEvent.type(screen.getByLabelText(/パスワード/), 'kasane-demo');
  await userEvent.click(screen.getByRole('button', { name: 'ログイン' }));
}

describe('prefecture dashboard', () => {
  it('signs in as app "prefecture" and explains suppression with the threshold', async () => {
    const server = await renderApp(() => ({ actor: official }));
    await signIn();
    expect(await screen.findByRole('heading', { level: 1, name: '市町村の実施状況' })).toBeTruthy();
    expect(server.calls.find((c) => c.path === 'auth.login')?.input).toMatchObject({ app: 'prefecture' });
    expect(await screen.findByText(/相談受付件数が5件未満の市町村は/)).toBeTruthy();
    // the consultations are those of the latest published release (issue #11 item 8), not a live count
    expect(screen.getByText(/令和7年度（2025年度）/)).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain('茨城 太郎');
  });

  it('shows WRONG_APP when a staff account tries the prefecture app', async () => {
    await renderApp(() => {
      throw new FakeAppError('WRONG_APP', 'このアカウントではこの画面を利用できません。', 403);
    });
    await signIn();
    expect((await screen.findByRole('alert')).textContent).toContain('このアカウントではこの画面を利用できません。');
  });
});
