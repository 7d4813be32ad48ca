import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeAppError, fakeTrpcFetch } from '@kasane/ui/testing';
import { createApi } from '../src/api.js';
import { App } from '../src/app.js';
import { createI18n } from '../src/i18n/index.js';
import { createAppRouter } from '../src/router.js';
import { fakeSession, homeData, worker } from './harness.js';

afterEach(cleanup);

const coordinator = { ...worker, userId: 'u-coord', displayName: '見本 調整', role: 'coordinator', organisationId: 'org-city' };
const refusal = '会議の構成員への共有を含む本人の同意がない方がいます（1件）。同意がない場合は、支援会議（社会福祉法第106条の6）で検討するか、個人が特定されない形で検討してください。';

const meeting = {
  id: 'm1',
  title: '重層的支援会議（12月）',
  typeName: '重層的支援会議',
  kind: 'jusoteki',
  kindLabel: '重層的支援会議',
  legalBasis: '重層的支援体制整備事業実施要綱',
  scheduledAt: new Date('2026-12-03T05:00:00Z'),
  place: null,
  jointBody: null,
  jointNote: null,
  version: 1,
  isMember: true,
  isChair: true,
  mayOrganise: true,
  undertakingSignedAt: null,
  undertakingText: null,
  decisionsAllowed: [{ decision: 'plan_approval', label: '支援プランの適切性の確認（承認）' }],
  locked: null,
  members: [{ userId: 'u-coord', name: '見本 調整', organisationName: '土浦市役所 福祉総合相談課', undertakingSignedAt: null, attendance: null, attendanceLabel: null }],
  guests: [],
  agenda: [
    {
      id: 'a1',
      caseId: 'c1',
      subjectKind: 'case',
      subject: { kind: 'case', label: null, areaNote: null },
      currentPlanVersion: null,
      caseVersion: 4,
      caseStatus: 'plan_drafted',
      basis: 'consent',
      persons: [
        { personId: 'p1', name: '見本 花子', basis: '本人の同意', refused: null, anonymised: false },
        { personId: null, name: null, basis: null, refused: null, anonymised: true },
      ],
      notes: '世帯の状況の共有',
      plan: null,
      planWithheld: true,
    },
  ],
  minutes: null,
  heldAt: null,
  decisions: [],
};

async function renderMeeting(addAgendaItem: (input: unknown) => unknown, view: unknown = meeting, extra: Record<string, (input: unknown) => unknown> = {}) {
  const server = fakeTrpcFetch({
    'auth.session': () => fakeSession(coordinator),
    'staff.home.get': () => ({ ...homeData, user: { ...homeData.user, role: 'coordinator' } }),
    'staff.meeting.get': () => view,
    'staff.meeting.options': () => ({ types: [], jointBodies: [], users: [], organisations: [] }),
    'staff.coordination.find': () => [{ id: 'c2', status: 'support_decided', statusLabel: '支援決定', name: '見本 一郎', version: 3, onPublicAssistance: false, openedAt: new Date('2026-10-01T00:00:00Z') }],
    'staff.meeting.addAgendaItem': addAgendaItem,
    ...extra,
  });
  document.cookie = 'kasane_csrf=csrf-1; path=/';
  const api = createApi({ fetch: server.fetch });
  const router = createAppRouter(api, { initialPath: '/staff/meetings/m1' });
  render(<App api={api} router={router} i18n={await createI18n()} />);
  await screen.findByRole('heading', { level: 1, name: (view as typeof meeting).title });
  return server;
}

describe('meeting page (C4: persons without consent, refused tabling)', () => {
  it('labels a person without covering consent, names nobody else, and says why the plan is not shown', async () => {
    await renderMeeting(() => ({ id: 'a2', basis: 'consent', anonymisedCount: 0 }));
    const item = screen.getByRole('article', { name: '見本 花子' });
    expect(within(item).getByRole('heading', { level: 3 }).textContent).toContain('見本 花子、同意のない方（氏名等は表示しません）');
    expect(within(item).getByText(/個人が特定されない形で検討します/)).toBeTruthy();
    expect(within(item).getByText(/同意のない方がいるこの検討では内容を示していません/)).toBeTruthy();
  });

  it('shows the coordinator why tabling was refused, in the API’s words', async () => {
    const server = await renderMeeting(() => {
      throw new FakeAppError('CONSENT_REQUIRED', refusal, 403, { alternative: 'shien' });
    });
    await screen.findByRole('option', { name: /見本 一郎/ });
    await userEvent.selectOptions(screen.getByLabelText('ケース', { exact: true }), 'c2');
    await userEvent.click(screen.getByRole('button', { name: 'ケースを検討に加える' }));
    expect(await screen.findByText(/支援会議（社会福祉法第106条の6）で検討するか/)).toBeTruthy();
    expect(server.calls.filter((c) => c.path === 'staff.meeting.addAgendaItem')).toHaveLength(1);
  });

  it('tells the coordinator when some of the household will be discussed unnamed', async () => {
    await renderMeeting(() => ({ id: 'a2', basis: 'consent', anonymisedCount: 1 }));
    await screen.findByRole('option', { name: /見本 一郎/ });
    await userEvent.selectOptions(screen.getByLabelText('ケース', { exact: true }), 'c2');
    await userEvent.click(screen.getByRole('button', { name: 'ケースを検討に加える' }));
    expect(await screen.findByText('検討に加えました。同意のない方（1人）は、氏名等を表示せずに検討します。')).toBeTruthy();
  });
});

describe('a 支援会議 on someone who is not a case (ADR 0034)', () => {
  const shien = {
    ...meeting,
    title: 'スクラムネット（11月）',
    kind: 'shien',
    kindLabel: '支援会議',
    undertakingSignedAt: new Date('2026-11-01T00:00:00Z'),
    decisionsAllowed: [
      { decision: 'role_assignment', label: '支援関係機関の役割分担' },
      { decision: 'support_direction', label: '支援の方向性（検討の結果）' },
    ],
    agenda: [
      {
        id: 'a9',
        caseId: null,
        subjectKind: 'outreach',
        subject: { kind: 'outreach', label: '見本町5丁目の一人暮らしの男性', areaNote: null },
        currentPlanVersion: null,
        caseVersion: null,
        caseStatus: null,
        basis: 'support_meeting',
        persons: [],
        notes: null,
        plan: null,
        planWithheld: false,
      },
    ],
  };

  it('records the direction of support for an outreach subject, without a case version', async () => {
    const server = await renderMeeting(() => ({ id: 'x', basis: 'support_meeting', anonymisedCount: 0 }), shien, {
      'staff.meeting.decide': () => ({ id: 'd1', caseId: null, caseStatus: null, caseVersion: null }),
    });
    const item = screen.getByRole('article', { name: '見本町5丁目の一人暮らしの男性' });
    const choice = within(item).getByLabelText('決定');
    expect(within(choice).getAllByRole('option').map((o) => o.textContent)).toEqual(['支援の方向性（検討の結果）']);
    await userEvent.type(within(item).getByLabelText('決定の内容・評価'), '訪問は週1回、社協と交互に');
    await userEvent.click(within(item).getByRole('button', { name: '決定を記録する' }));
    await vi.waitFor(() => expect(server.calls.filter((c) => c.path === 'staff.meeting.decide')).toHaveLength(1));
    expect(server.calls.find((c) => c.path === 'staff.meeting.decide')?.input).toEqual({ meetingId: 'm1', agendaItemId: 'a9', decision: 'support_direction', note: '訪問は週1回、社協と交互に' });
  });
});
