import { cleanup, render, screen, within } from '@testing-library/react';
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
    'prefecture.status.history': (input) => {
      const code = (input as { municipalityCode: string }).municipalityCode;
      const changedAt = new Date('2026-05-01T01:00:00Z');
      return { municipalityCode: code, municipalityName: overview.municipalities.find((m) => m.code === code)?.name ?? '', current: [], history: [{ fiscalYear: 2025, status: 'transition', source: '県の聞き取り', sourceDate: '2026-04-30', changedAt, origin: 'prefecture' }] };
    },
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

  it('warns, where the official edits a municipality using Kasane, that its own declaration outranks the entry; shows the history', async () => {
    await renderApp(() => ({ actor: official }));
    await signIn();
    const form = await screen.findByRole('form', { name: '実施状況を更新する' });
    const municipality = within(form).getByLabelText(/^市町村/);
    await userEvent.selectOptions(municipality, '082031');
    expect(within(form).getByText('土浦市はカサネを利用しています')).toBeTruthy();
    expect(within(form).getByText(/市町村の申告」）が県の入力より優先して表示されます/)).toBeTruthy();
    expect(await within(form).findByRole('table', { name: '土浦市の実施状況の変更履歴' })).toBeTruthy();
    expect(within(form).getByText('県の聞き取り（2026-04-30）')).toBeTruthy();
    await userEvent.selectOptions(municipality, '083640');
    expect(within(form).queryByText(/カサネを利用しています/)).toBeNull();
  });
});
