// C3's emergency read on the household screen and its review screen, and C10's 被保護 history,
// against a fake server: what each screen offers to whom, what it sends, what it says.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeTrpcFetch } from '@kasane/ui/testing';
import type { FakeHandler } from '@kasane/ui/testing';
import { createApi } from '../src/api.js';
import { App } from '../src/app.js';
import { createI18n } from '../src/i18n/index.js';
import { createAppRouter } from '../src/router.js';
import { fakeSession, homeData, worker } from './harness.js';

afterEach(cleanup);

async function renderAs(role: string, path: string, handlers: Record<string, FakeHandler>) {
  const server = fakeTrpcFetch({
    'auth.session': () => fakeSession({ ...worker, role }),
    'staff.home.get': () => ({ ...homeData, user: { ...homeData.user, role } }),
    ...handlers,
  });
  document.cookie = 'kasane_csrf=csrf-1; path=/';
  const api = createApi({ fetch: server.fetch });
  render(<App api={api} router={createAppRouter(api, { initialPath: path })} i18n={await createI18n()} />);
  return server;
}

const household = {
  id: 'h1',
  address: '土浦市見本町1-1',
  onPublicAssistance: true,
  publicAssistanceOffice: '土浦市福祉事務所（生活保護）',
  urgentProtection: false,
  members: [{ id: 'p2', visible: false, reason: '同意の範囲（共有先の機関・利用目的）に含まれていません。' }],
  overview: { fields: [], complex: false, issues: [], organisations: [] },
  consultations: [],
  cases: [],
  timeline: [],
};
const history = {
  items: [
    { onPublicAssistance: true, office: '土浦市福祉事務所（生活保護）', changedBy: '見本 調整', changedByOrganisation: '土浦市役所 福祉総合相談課', changedAt: new Date('2026-11-19T01:00:00Z'), changedAtWareki: '令和8年11月19日' },
  ],
};
const person = {
  id: 'p2',
  householdId: 'h1',
  familyName: '見本',
  givenName: '二郎',
  familyNameKana: 'ミホン',
  givenNameKana: 'ジロウ',
  birthDate: new Date('1973-09-02T00:00:00Z'),
  relationship: '子',
  phone: null,
  household: { address: '土浦市見本町1-1', onPublicAssistance: true },
  basis: { kind: 'emergency', label: '緊急時（生命・身体の保護）' },
  emergency: { grantId: 'g1', expiresAt: new Date('2026-11-21T01:00:00Z') },
  emergencyAccesses: [{ at: new Date('2026-11-20T01:00:00Z'), until: new Date('2026-11-21T01:00:00Z'), organisationName: '土浦市社会福祉協議会', reviewed: false, outcomeLabel: null }],
};

describe('緊急時の閲覧 on the household screen', () => {
  it('asks for a reason, explains the 24 hours and the review, then shows the record under a banner', async () => {
    const server = await renderAs('consultation_worker', '/staff/households/h1', {
      'staff.household.get': () => household,
      'staff.household.publicAssistanceHistory': () => history,
      'staff.emergency.open': () => ({ grantId: 'g1', expiresAt: new Date('2026-11-21T01:00:00Z') }),
      'staff.emergency.mine': () => ({ items: [] }),
      'staff.person.get': () => person,
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /緊急時の閲覧（生命・身体の保護）/ }));
    const dialog = screen.getByRole('dialog', { name: '緊急時の閲覧' });
    expect(dialog.textContent).toContain('24時間');
    expect(dialog.textContent).toContain('管理者または監査担当が確認します');
    const reason = within(dialog).getByRole('textbox', { name: /緊急に閲覧する理由/ });
    expect(document.activeElement).toBe(reason);

    await user.type(reason, '急いで');
    await user.click(within(dialog).getByRole('button', { name: '記録して閲覧する' }));
    expect(await within(dialog).findByText(/理由を10文字以上で/)).toBeTruthy();
    expect(server.calls.filter((c) => c.path === 'staff.emergency.open')).toHaveLength(0);

    await user.clear(reason);
    await user.type(reason, '室内で倒れている可能性があり、家族の連絡先を確認する必要がある。');
    await user.click(within(dialog).getByRole('button', { name: '記録して閲覧する' }));
    expect(await screen.findByText('緊急時の閲覧中（令和8年11月21日（2026年） 10:00まで）')).toBeTruthy();
    expect(screen.getByText('見本 二郎')).toBeTruthy();
    expect(screen.getByText(/土浦市社会福祉協議会（確認待ち）/)).toBeTruthy();
    expect(server.calls.find((c) => c.path === 'staff.emergency.open')?.input).toEqual({ personId: 'p2', reason: '室内で倒れている可能性があり、家族の連絡先を確認する必要がある。' });
  });

  it('shows the record again, without a new grant, while the worker’s grant is open', async () => {
    const server = await renderAs('consultation_worker', '/staff/households/h1', {
      'staff.household.get': () => household,
      'staff.household.publicAssistanceHistory': () => history,
      'staff.emergency.mine': () => ({ items: [{ grantId: 'g1', personId: 'p2', expiresAt: new Date('2026-11-21T01:00:00Z') }] }),
      'staff.person.get': () => person,
    });
    expect(await screen.findByText('緊急時の閲覧中（令和8年11月21日（2026年） 10:00まで）')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /緊急時の閲覧（生命・身体の保護）/ })).toBeNull();
    expect(server.calls.filter((c) => c.path === 'staff.emergency.open')).toHaveLength(0);
  });

  it('is not offered to a meeting member, and the 被保護 history says who changed what', async () => {
    await renderAs('meeting_member', '/staff/households/h1', { 'staff.household.get': () => household, 'staff.household.publicAssistanceHistory': () => history });
    expect(await screen.findByText(/被保護世帯として登録（保護の実施機関：土浦市福祉事務所（生活保護））/)).toBeTruthy();
    expect(screen.getByText(/見本 調整（土浦市役所 福祉総合相談課）/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /緊急時の閲覧/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /被保護世帯の登録を外す/ })).toBeNull();
    expect(screen.getByText('被保護の登録を変更できるのは、保護の実施機関と多機関協働担当だけです。')).toBeTruthy();
  });

  it('offers the 被保護 change to the coordinator, and sends it', async () => {
    const server = await renderAs('coordinator', '/staff/households/h1', {
      'staff.household.get': () => household,
      'staff.household.publicAssistanceHistory': () => history,
      'staff.household.setPublicAssistance': () => ({ ok: true, onPublicAssistance: false, officeOrganisationId: null }),
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: '被保護世帯の登録を外す' }));
    await waitFor(() => expect(server.calls.find((c) => c.path === 'staff.household.setPublicAssistance')?.input).toEqual({ householdId: 'h1', onPublicAssistance: false }));
  });
});

describe('緊急時の閲覧の確認', () => {
  const grant = {
    id: 'g1',
    personId: 'p2-0000-0000',
    personName: null,
    reason: '室内で倒れている可能性があった。',
    openedBy: '見本 訪問',
    organisationName: '土浦市社会福祉協議会',
    openedAt: new Date('2026-11-20T01:00:00Z'),
    expiresAt: new Date('2026-11-21T01:00:00Z'),
    active: true,
    reviewedAt: null,
    reviewedBy: null,
    outcome: null,
    outcomeLabel: null,
    reviewNote: null,
  };

  it('is in the menu of the administrator and the auditor only', async () => {
    for (const [role, shown] of [['auditor', true], ['municipal_admin', true], ['consultation_worker', false]] as const) {
      await renderAs(role, '/staff/emergency-review', { 'staff.emergency.reviewQueue': () => ({ pending: [], reviewed: [] }) });
      const nav = await screen.findByRole('navigation', { name: '主なメニュー' });
      expect(within(nav).queryByRole('link', { name: '緊急閲覧の確認' }) !== null).toBe(shown);
      cleanup();
    }
  });

  it('shows the reason and the opener, hides a name the reviewer has no basis for, and records the outcome', async () => {
    let reviewed = false;
    const server = await renderAs('auditor', '/staff/emergency-review', {
      'staff.emergency.reviewQueue': () =>
        reviewed
          ? { pending: [], reviewed: [{ ...grant, reviewedAt: new Date('2026-11-22T01:00:00Z'), reviewedBy: '見本 監査', outcome: 'not_justified', outcomeLabel: '緊急の必要はなかった', reviewNote: '同意で足りた' }] }
          : { pending: [grant], reviewed: [] },
      'staff.emergency.review': () => {
        reviewed = true;
        return { ok: true };
      },
    });
    const user = userEvent.setup();
    const item = await screen.findByRole('article', { name: /見本 訪問/ });
    expect(item.textContent).toContain('室内で倒れている可能性があった。');
    expect(item.textContent).toContain('見本 訪問（土浦市社会福祉協議会）');
    expect(item.textContent).toContain('氏名は閲覧の根拠がないため表示しません');
    await user.selectOptions(within(item).getByRole('combobox', { name: /確認の結果/ }), 'not_justified');
    await user.type(within(item).getByRole('textbox', { name: /確認の記録/ }), '同意で足りた');
    await user.click(within(item).getByRole('button', { name: '結果を記録する' }));
    expect(await screen.findByText('確認を待っている緊急時の閲覧はありません。')).toBeTruthy();
    expect(server.calls.find((c) => c.path === 'staff.emergency.review')?.input).toEqual({ grantId: 'g1', outcome: 'not_justified', note: '同意で足りた' });
    const rows = within(screen.getByRole('table', { name: '確認済み' })).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('緊急の必要はなかった：同意で足りた');
  });
});
