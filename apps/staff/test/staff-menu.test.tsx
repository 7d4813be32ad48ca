import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeTrpcFetch } from '@kasane/ui/testing';
import { createApi } from '../src/api.js';
import { App } from '../src/app.js';
import { createI18n } from '../src/i18n/index.js';
import { createAppRouter } from '../src/router.js';
import { fakeSession, homeData, worker } from './harness.js';

afterEach(cleanup);

async function menuAs(role: string): Promise<string[]> {
  const actor = { ...worker, role };
  const server = fakeTrpcFetch({
    'auth.session': () => fakeSession(actor),
    'staff.home.get': () => ({ ...homeData, user: { ...homeData.user, role } }),
    'staff.organisation.find': () => [{ ...homeData.organisation, parts: homeData.parts }],
  });
  const api = createApi({ fetch: server.fetch });
  const router = createAppRouter(api, { initialPath: '/staff/organisations' });
  render(<App api={api} router={router} i18n={await createI18n()} />);
  const nav = await screen.findByRole('navigation', { name: '主なメニュー' });
  return within(nav)
    .getAllByRole('link')
    .map((a) => a.textContent ?? '');
}

describe('the menu follows the role', () => {
  it('shows a 民生委員 on a meeting only home, organisations and meetings', async () => {
    expect(await menuAs('meeting_member')).toEqual(['ホーム', '会議', '機関一覧']);
  });

  it('shows a 相談支援員 the intake but not the register editing or the administration', async () => {
    const menu = await menuAs('consultation_worker');
    expect(menu).toContain('相談受付');
    expect(menu).not.toContain('地域づくり（居場所）');
    expect(menu).not.toContain('アカウント管理');
  });

  it('shows a 地域づくりコーディネーター the residents\' offers but not the consultation requests it may not list', async () => {
    const menu = await menuAs('community_coordinator');
    expect(menu).toContain('住民の「やりたい」');
    expect(menu).not.toContain('ポータルからの相談');
  });

  it('shows the administrator every area in the menu order', async () => {
    const menu = await menuAs('municipal_admin');
    expect(menu.slice(-8)).toEqual(['アクセス記録', '緊急閲覧の確認', '体制', '交付金', '実績報告', '実施計画', '県の実態調査', '県の後方支援の予定']);
  });

  it('groups the areas under 相談・ケース／会議／地域づくり・参加支援／管理, each a labelled list', async () => {
    await menuAs('municipal_admin');
    const nav = screen.getByRole('navigation', { name: '主なメニュー' });
    const group = (name: string) => within(within(nav).getByRole('list', { name })).getAllByRole('link').map((a) => a.textContent ?? '');
    expect(group('相談・ケース')).toContain('相談受付');
    expect(group('会議')).toEqual(['会議', '会議の種類']);
    expect(group('地域づくり・参加支援')).toContain('HSDS取り込み');
    expect(group('管理')).toEqual(['機関一覧', 'アカウント管理', 'アクセス記録', '緊急閲覧の確認', '体制', '交付金', '実績報告', '実施計画', '県の実態調査', '県の後方支援の予定']);
  });

  it('leaves out a group the role has nothing in', async () => {
    await menuAs('meeting_member');
    const nav = screen.getByRole('navigation', { name: '主なメニュー' });
    expect(within(nav).queryByRole('list', { name: '地域づくり・参加支援' })).toBeNull();
    expect(within(nav).getByRole('list', { name: '会議' })).toBeTruthy();
  });
});
