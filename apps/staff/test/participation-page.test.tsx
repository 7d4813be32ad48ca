import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeTrpcFetch } from '@kasane/ui/testing';
import { createApi } from '../src/api.js';
import { App } from '../src/app.js';
import { createI18n } from '../src/i18n/index.js';
import { createAppRouter } from '../src/router.js';
import { fakeSession, homeData, worker } from './harness.js';

afterEach(cleanup);

const match = (over: Record<string, unknown>) => ({
  id: 'm1', personId: 'p1', caseId: 'c1', resourceId: 'r1', reason: '畑作業を本人が希望', existingConsidered: true, existingConsideredNote: '就労準備支援は定員超過', directReferralReason: null,
  status: 'proposed', startedAt: null, startNote: null, endedAt: null, outcome: null, organisationId: 'org-shakyo', createdAt: new Date('2026-11-01T00:00:00Z'),
  resource: { name: '見本農園 就労体験', kind: 'work_experience' }, followUps: [], ...over,
});

async function renderParticipation(matches: unknown[], calls: Record<string, (input: unknown) => unknown> = {}) {
  const server = fakeTrpcFetch({
    'auth.session': () => fakeSession(worker),
    'staff.home.get': () => homeData,
    'staff.participation.findResources': () => [{ id: 'r1', name: '見本農園 就労体験', kind: 'work_experience', kindLabel: '就労体験', organisationId: null, placeId: null, isExistingProgramme: false, capacity: 2, conditions: '', active: true, inUse: 1, remaining: 1 }],
    'staff.participation.findMatches': () => ({ person: { id: 'p1', name: '見本 一郎', kana: 'みほん いちろう', householdId: 'h1' }, matches }),
    ...calls,
  });
  document.cookie = 'kasane_csrf=csrf-1; path=/';
  const api = createApi({ fetch: server.fetch });
  const router = createAppRouter(api, { initialPath: '/staff/persons/p1/participation?caseId=c1' });
  render(<App api={api} router={router} i18n={await createI18n()} />);
  await screen.findByRole('heading', { level: 1, name: '参加支援：見本 一郎' });
  return server;
}

describe('参加支援 for one person', () => {
  it('names the person, links back to the case, household and consents, and shows places left with the capacity', async () => {
    await renderParticipation([match({ status: 'settled', startedAt: '2026-11-10', startNote: '初日は職員が同行', followUps: [{ id: 'f1', at: '2026-11-17', note: '毎週通っている', settled: true }] })]);
    expect(screen.getAllByRole('link', { name: 'ケースを開く' })[0]?.getAttribute('href')).toBe('/staff/coordination/c1');
    expect(screen.getByRole('link', { name: '世帯を開く' }).getAttribute('href')).toBe('/staff/households/h1');
    expect(screen.getByRole('link', { name: '同意を開く' }).getAttribute('href')).toBe('/staff/persons/p1/consents');
    expect(await screen.findByRole('option', { name: '見本農園 就労体験（就労体験・残り1人（定員2人））' })).toBeTruthy();
    const card = screen.getByRole('region', { name: /見本農園 就労体験/ });
    expect(within(card).getByText('初日は職員が同行')).toBeTruthy();
    expect(within(card).getByText('令和8年11月10日（2026年）')).toBeTruthy();
    expect(within(card).getByText(/令和8年11月17日（2026年）：毎週通っている/)).toBeTruthy();
  });

  it('keeps what was written when starting as the 参加開始 note, and offers 定着 only after the start', async () => {
    const recordStatus = vi.fn(() => match({ status: 'started', startedAt: '2026-11-20', startNote: '週1回から' }));
    const server = await renderParticipation([match({})], { 'staff.participation.recordStatus': recordStatus });
    const card = screen.getByRole('region', { name: /見本農園 就労体験/ });
    expect(within(card).queryByRole('button', { name: '定着を記録' })).toBeNull();
    await userEvent.type(within(card).getByLabelText('記録（フォローアップ・結果）'), '週1回から');
    await userEvent.click(within(card).getByRole('button', { name: '参加開始' }));
    await vi.waitFor(() => expect(server.calls.filter((c) => c.path === 'staff.participation.recordStatus')).toHaveLength(1));
    expect(server.calls.find((c) => c.path === 'staff.participation.recordStatus')?.input).toEqual({ matchId: 'm1', status: 'started', note: '週1回から' });
  });

  it('sends the case the worker came from with a new match', async () => {
    const server = await renderParticipation([], { 'staff.participation.match': () => ({ id: 'm2' }) });
    await screen.findByRole('option', { name: /見本農園/ });
    await userEvent.selectOptions(screen.getByLabelText('参加支援の資源'), 'r1');
    await userEvent.type(screen.getByRole('textbox', { name: /^つなぐ理由/ }), '人と関わる場を希望');
    await userEvent.click(screen.getByLabelText('既存事業の活用を検討した'));
    await userEvent.type(screen.getByRole('textbox', { name: /^既存事業を検討した内容/ }), '年齢要件で合わない');
    await userEvent.click(screen.getByRole('button', { name: 'つなぐ' }));
    await vi.waitFor(() => expect(server.calls.filter((c) => c.path === 'staff.participation.match')).toHaveLength(1));
    expect(server.calls.find((c) => c.path === 'staff.participation.match')?.input).toMatchObject({ personId: 'p1', caseId: 'c1', resourceId: 'r1' });
  });
});
