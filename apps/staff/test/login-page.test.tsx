import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeAppError } from '@kasane/ui/testing';
import { renderStaffApp } from './harness.js';

afterEach(cleanup);

async function fillAndSubmit(loginId: string, password: string) {
  await userEvent.type(await screen.findByLabelText(/ログインID/), loginId);
  await userEvent.type(screen.getByLabelText(/パスワード/), password);
  await userEvent.click(screen.getByRole('button', { name: 'ログイン' }));
}

describe('staff sign-in', () => {
  it('sends a signed-out visitor to the sign-in page, remembering where they were going', async () => {
    const { router } = await renderStaffApp({ path: '/staff/organisations' });
    expect(await screen.findByRole('heading', { level: 1, name: 'ログイン' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toEqual({ redirect: '/organisations' });
  });

  it('checks the fields in the browser and sends nothing when they are empty', async () => {
    const { server } = await renderStaffApp();
    await userEvent.click(await screen.findByRole('button', { name: 'ログイン' }));
    expect(await screen.findByText('ログインIDを入力してください。')).toBeTruthy();
    expect(screen.getByText('パスワードを入力してください。')).toBeTruthy();
    expect(server.calls.some((c) => c.path === 'auth.login')).toBe(false);
  });

  it('shows the server’s Japanese refusal for a wrong password', async () => {
    await renderStaffApp({
      login: () => {
        throw new FakeAppError('LOGIN_FAILED', 'ログインIDまたはパスワードが正しくありません。', 401);
      },
    });
    await fillAndSubmit('tsuchiura.worker', 'wrong');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('ログインIDまたはパスワードが正しくありません。');
    expect(screen.getByRole('heading', { level: 1, name: 'ログイン' })).toBeTruthy();
  });

  it('shows the throttling message with the wait the server gave', async () => {
    await renderStaffApp({
      login: () => {
        throw new FakeAppError('LOGIN_THROTTLED', 'ログインの試行が多すぎます。120秒後にもう一度お試しください。', 429);
      },
    });
    await fillAndSubmit('tsuchiura.worker', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toContain('120秒後にもう一度お試しください。');
  });

  it('signs in with the CSRF header and app "staff", then shows the home screen and the header', async () => {
    const { server } = await renderStaffApp();
    await fillAndSubmit('tsuchiura.worker', 'kasane-demo');
    expect(await screen.findByRole('heading', { level: 1, name: 'ホーム' })).toBeTruthy();
    const login = server.calls.find((c) => c.path === 'auth.login');
    expect(login?.input).toEqual({ loginId: 'tsuchiura.worker', password: 'kasane-demo', app: 'staff' });
    expect(login?.headers['x-csrf-token']).toBe('csrf-1');

    const banner = screen.getByRole('banner');
    await waitFor(() => expect(banner.textContent).toContain('茨城県 土浦市'));
    expect(banner.textContent).toContain('土浦市社会福祉協議会');
    expect(banner.textContent).toContain('土浦 花子');
    expect(banner.textContent).toContain('相談支援員');

    const parts = await screen.findByRole('table');
    expect(within(parts).getByRole('rowheader', { name: '多機関協働事業' })).toBeTruthy();
    expect(within(parts).getByText('直営')).toBeTruthy();
    expect(within(parts).getByText('委託')).toBeTruthy();
  });

  it('signs out back to the sign-in page', async () => {
    await renderStaffApp();
    await fillAndSubmit('tsuchiura.worker', 'kasane-demo');
    await screen.findByRole('heading', { level: 1, name: 'ホーム' });
    await userEvent.click(screen.getByRole('button', { name: 'ログアウト' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ログイン' })).toBeTruthy();
  });
});
