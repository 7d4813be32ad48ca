import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeTrpcFetch } from '@kasane/ui/testing';
import { formatDate, todayInJapan } from '../src/dates.js';
import { createApi } from '../src/api.js';
import { App } from '../src/app.js';
import { createI18n } from '../src/i18n/index.js';
import { createAppRouter } from '../src/router.js';
import { fakeSession, homeData, worker } from './harness.js';

afterEach(cleanup);

const inTenDays = todayInJapan(new Date(Date.now() + 10 * 86_400_000));
const caseView = {
  id: 'c1',
  version: 5,
  status: 'plan_approved',
  statusLabel: '支援プラン確認済み',
  allowedEvents: [{ type: 'start_monitoring', label: '支援・モニタリングを始める' }],
  planVersion: 1,
  approvedPlanVersion: 1,
  supportDecidedAt: '2026-11-02',
  reopenCount: 0,
  basis: { kind: 'consent', label: '本人の同意' },
  person: { id: 'p1', name: '見本 ハナ', kana: 'ミホン ハナ' },
  householdId: 'h1',
  address: '土浦市見本町9-9',
  nextMeeting: { id: 'm1', title: '第9回 重層的支援会議', scheduledAt: new Date('2026-12-10T05:00:00Z') },
  issueIds: [],
  owner: { id: 'org-shakyo', name: '土浦市社会福祉協議会' },
  lead: null,
  participants: [{ organisationId: 'org-shakyo', name: '土浦市社会福祉協議会', role: '見守り' }],
  publicAssistance: null,
  coordinationOrganisations: [],
  assessments: [{ id: 'a1', summary: '以前の自由記述', issueIds: [], strengths: null, organisationName: '土浦市社会福祉協議会', recordedAt: new Date('2026-10-01T00:00:00Z') }],
  plans: [{ id: 'pl1', version: 1, status: 'approved', goals: [{ text: '外出の機会を増やす' }], roles: [{ organisationId: 'org-shakyo', role: '見守り', organisationName: '土浦市社会福祉協議会' }], direction: '本人のペースで', reviewDate: '2027-02-20', approvedAt: new Date('2026-11-20T00:00:00Z') }],
  notes: [{ id: 'n1', body: '以前の経過メモ', organisationName: '土浦市社会福祉協議会', recordedAt: new Date('2026-10-05T00:00:00Z') }],
  events: [],
  consentCoveredOrganisationIds: ['org-shakyo'],
  closures: [],
  decisions: [],
};
const progress = {
  id: 'r1',
  kind: 'progress',
  kindLabel: '支援経過',
  at: new Date('2026-11-25T01:00:00Z'),
  atWareki: '令和8年11月25日',
  caseId: 'c1',
  title: '電話：本人',
  detail: '様子を聞いた',
  organisation: '土浦市社会福祉協議会',
  versions: [{ version: 1, occurredAt: new Date('2026-11-25T01:00:00Z'), occurredAtWareki: '令和8年11月25日 10:00', methodId: 'phone', method: '電話', counterpart: '本人', actedBy: '土浦 花子', content: '様子を聞いた', nextStep: '訪問する', nextDate: inTenDays, correctionReason: null, writtenBy: '土浦 花子', writtenAtWareki: '令和8年11月25日' }],
};

async function renderCase(path: string) {
  const server = fakeTrpcFetch({
    'auth.session': () => fakeSession(worker),
    'staff.home.get': () => homeData,
    'staff.organisation.find': () => [{ ...homeData.organisation, parts: homeData.parts }],
    'staff.coordination.get': () => caseView,
    'staff.caseRecord.assignments': () => ({ main: { userId: 'u1', name: '土浦 花子' }, sub: null, history: [], candidates: [{ userId: 'u1', name: '土浦 花子' }] }),
    'staff.caseRecord.timeline': () => ({ items: [progress] }),
  });
  document.cookie = 'kasane_csrf=csrf-1; path=/';
  const api = createApi({ fetch: server.fetch });
  const router = createAppRouter(api, { initialPath: path });
  render(<App api={api} router={router} i18n={await createI18n()} />);
  await screen.findByRole('heading', { level: 1, name: '見本 ハナ' });
  return router;
}

describe('case page (issue #10: a summary, then one tab at a time)', () => {
  it('opens on the summary: person, household, basis, 担当者, stage and the next dates, each with its link', async () => {
    await renderCase('/staff/coordination/c1');
    const summary = screen.getByRole('region', { name: 'ケースの概要' });
    expect(within(summary).getByRole('link', { name: '見本 ハナ（ミホン ハナ）' }).getAttribute('href')).toBe('/staff/persons/p1/timeline');
    expect(within(summary).getByRole('link', { name: '土浦市見本町9-9' }).getAttribute('href')).toBe('/staff/households/h1');
    expect(within(summary).getByText('本人の同意')).toBeTruthy();
    expect(await within(summary).findByText('土浦 花子')).toBeTruthy();
    expect(within(summary).getByText(formatDate('2027-02-20'))).toBeTruthy();
    expect(within(summary).getByRole('link', { name: /第9回 重層的支援会議/ }).getAttribute('href')).toBe('/staff/meetings/m1');
    expect(await within(summary).findByText(`${formatDate(inTenDays)} 訪問する`)).toBeTruthy();
    expect(screen.getByRole('tab', { name: '世帯' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: '世帯' })).toBeTruthy();
  });

  it('keeps the open tab in the address, so Back returns to the previous one', async () => {
    const router = await renderCase('/staff/coordination/c1');
    await userEvent.click(screen.getByRole('tab', { name: '経過' }));
    const panel = await screen.findByRole('tabpanel', { name: '経過' });
    expect(router.state.location.search).toEqual({ tab: 'progress' });
    // the entry form opens on demand; entries written before it are still listed
    expect(within(panel).queryByLabelText(/実施日時/)).toBeNull();
    expect(await within(panel).findByText(/以前の経過メモ/)).toBeTruthy();
    await userEvent.click(within(panel).getByRole('button', { name: '支援経過を記録する' }));
    expect(within(panel).getByLabelText(/実施日時/)).toBeTruthy();
    router.history.back();
    expect(await screen.findByRole('tabpanel', { name: '世帯' })).toBeTruthy();
  });

  it('opens the tab a link names', async () => {
    await renderCase('/staff/coordination/c1?tab=plan');
    const panel = await screen.findByRole('tabpanel', { name: 'プラン' });
    expect(within(panel).getByText('外出の機会を増やす')).toBeTruthy();
  });
});
