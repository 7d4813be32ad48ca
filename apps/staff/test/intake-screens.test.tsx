// The household, consent, search and home ("my work") screens against a fake server that keeps state
// between calls: what each screen shows, what it sends, and what it says when something is missing.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeTrpcFetch } from '@kasane/ui/testing';
import type { FakeHandler } from '@kasane/ui/testing';
import { createApi } from '../src/api.js';
import { App } from '../src/app.js';
import { createI18n } from '../src/i18n/index.js';
import { createAppRouter } from '../src/router.js';
import { fakeSession, homeData, worker } from './harness.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const organisations = [
  { ...homeData.organisation, parts: homeData.parts },
  { id: 'org-npo', municipalityCode: '082031', name: 'NPO法人 見本ささえあいネット', kind: 'npo', isPublicAssistanceOffice: false, phone: null, address: null, parts: [] },
];

const vocabulary = {
  channels: [],
  consulterTypes: [],
  triageOutcomes: [],
  issues: [
    { id: 'eight_fifty', label: '8050', fields: ['elderly'] },
    { id: 'hikikomori', label: 'ひきこもり', fields: ['new'] },
  ],
  fields: [{ id: 'elderly', label: '介護' }],
  purposes: [
    { id: 'support', label: '支援' },
    { id: 'coordination', label: '多機関協働' },
    { id: 'audit', label: '監査' },
  ],
  caseStatuses: [
    { id: 'support_decided', label: '支援決定' },
    { id: 'closed', label: '終結' },
  ],
};

async function renderAt(path: string, handlers: Record<string, FakeHandler>) {
  const server = fakeTrpcFetch({
    'auth.session': () => fakeSession(worker),
    'staff.home.get': () => homeData,
    'staff.organisation.find': () => organisations,
    'staff.intake.vocabulary': () => vocabulary,
    ...handlers,
  });
  document.cookie = 'kasane_csrf=csrf-1; path=/';
  const api = createApi({ fetch: server.fetch });
  const router = createAppRouter(api, { initialPath: path });
  render(<App api={api} router={router} i18n={await createI18n()} />);
  return server;
}

const tableByCaption = (name: string) => screen.getByRole('table', { name });
const rowTexts = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => r.textContent ?? '');

describe('世帯の情報', () => {
  const household = {
    id: 'h1',
    address: '土浦市見本町1-1',
    onPublicAssistance: false,
    publicAssistanceOffice: null,
    urgentProtection: false,
    members: [
      { id: 'p1', visible: true, familyName: '見本', givenName: '一郎', familyNameKana: 'ミホン', givenNameKana: 'イチロウ', birthDate: new Date('1944-05-10T00:00:00Z'), relationship: '本人', basis: { kind: 'consent', label: '本人の同意' }, consents: { active: 1, total: 2 } },
      { id: 'p2', visible: false, reason: 'この方の同意がないため、情報は表示しません。' },
    ],
    overview: {
      fields: [{ id: 'elderly', label: '介護' }, { id: 'new', label: '新' }],
      complex: true,
      issues: [{ id: 'eight_fifty', label: '8050' }, { id: 'hikikomori', label: 'ひきこもり' }],
      organisations: [{ id: 'org-houkatsu', name: '土浦市中央地域包括支援センター' }, { id: 'org-shakyo', name: '土浦市社会福祉協議会' }],
    },
    consultations: [
      { id: 'k1', visible: true, receivedAt: new Date('2026-10-11T01:00:00Z'), organisation: '土浦市中央地域包括支援センター', channel: '窓口', issues: [{ id: 'eight_fifty', label: '8050' }], summary: '父の介護と息子の今後について相談。' },
      { id: 'k2', visible: false, receivedAt: new Date('2026-10-20T01:00:00Z'), organisation: '土浦市障害者相談支援センター' },
    ],
    cases: [
      { id: 'c1', visible: true, personId: 'p1', statusLabel: '支援決定', owner: '土浦市中央地域包括支援センター', organisations: [{ id: 'org-city', name: '土浦市役所 福祉総合相談課' }], openedAt: new Date('2026-10-11T01:00:00Z') },
      { id: 'c2', visible: false },
    ],
    timeline: [
      { kind: 'consultation', at: new Date('2026-10-11T01:00:00Z'), atWareki: '令和8年10月11日', label: '相談を受け付けました', organisation: '土浦市中央地域包括支援センター' },
      { kind: 'case', at: new Date('2026-10-21T01:00:00Z'), atWareki: '令和8年10月21日', label: '支援決定しました', organisation: null },
    ],
  };

  it('shows members on their own basis, the fields at a glance, cases and the timeline', async () => {
    await renderAt('/staff/households/h1', { 'staff.household.get': () => household });
    await screen.findByRole('heading', { level: 1, name: '世帯の情報' });
    expect(await screen.findByText('土浦市見本町1-1')).toBeTruthy();

    const members = rowTexts(tableByCaption('世帯員'));
    expect(members[0]).toContain('見本 一郎');
    expect(members[0]).toContain('本人の同意');
    expect(members[0]).toContain('有効 1 件／全 2 件');
    expect(members[1]).toContain('表示できない世帯員');
    expect(members[1]).toContain('この方の同意がないため');
    expect(screen.getByRole('link', { name: /有効 1 件／全 2 件/ }).getAttribute('href')).toBe('/staff/persons/p1/consents');

    const overview = screen.getByRole('region', { name: '課題の全体像' });
    expect(within(overview).getByText(/介護・新/)).toBeTruthy();
    expect(within(overview).getByText('複合課題')).toBeTruthy();
    expect(within(overview).getByText('8050、ひきこもり')).toBeTruthy();
    expect(within(overview).getByText('土浦市中央地域包括支援センター、土浦市社会福祉協議会')).toBeTruthy();

    const consultations = rowTexts(tableByCaption('相談の記録'));
    expect(consultations[0]).toContain('父の介護と息子の今後について相談。');
    expect(consultations[1]).toContain('（閲覧の根拠がないため内容は表示しません）');

    const cases = rowTexts(tableByCaption('ケース'));
    expect(cases[0]).toContain('支援決定');
    expect(cases[0]).toContain('土浦市役所 福祉総合相談課');
    expect(cases[1]).toContain('（閲覧の根拠がないため表示しません）');
    // no dead ends: the case opens from the household, and each member's cases and 参加支援 from their row
    expect(cases[0]).toContain('見本 一郎');
    expect(within(tableByCaption('ケース')).getByRole('link', { name: '支援決定' }).getAttribute('href')).toBe('/staff/coordination/c1');
    expect(within(tableByCaption('世帯員')).getByRole('link', { name: /^ケース（支援決定）/ }).getAttribute('href')).toBe('/staff/coordination/c1');
    expect(within(tableByCaption('世帯員')).getByRole('link', { name: /^参加支援/ }).getAttribute('href')).toBe('/staff/persons/p1/participation');

    const timeline = within(screen.getByRole('region', { name: '経過' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(timeline).toEqual(['令和8年10月11日（2026年） 相談を受け付けました（土浦市中央地域包括支援センター）', '令和8年10月21日（2026年） 支援決定しました']);
  });

  it('says why it cannot show a household at all', async () => {
    const { FakeAppError } = await import('@kasane/ui/testing');
    await renderAt('/staff/households/h9', {
      'staff.household.get': () => {
        throw new FakeAppError('FORBIDDEN', 'この世帯の情報を閲覧する根拠がありません。', 403);
      },
    });
    expect(await screen.findByText(/この世帯の情報を閲覧する根拠がありません。/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: '世帯員' })).toBeNull();
  });
});

describe('同意の記録', () => {
  function consentServer() {
    const items: Record<string, unknown>[] = [];
    const handlers: Record<string, FakeHandler> = {
      'staff.consent.find': () => ({
        items,
        coverage: organisations.map((o) => ({ organisationId: o.id, name: o.name, purposes: items.some((i) => i.status === 'active' && (i.organisationIds as string[]).includes(o.id)) ? ['support'] : [] })),
      }),
      'staff.disclosure.find': () => ({ total: 0, page: 1, pageSize: 20, items: [] }),
      'staff.meeting.find': () => [],
      'staff.consent.recordConsent': (input) => {
        const i = input as { organisationIds: string[]; purposes: string[]; method: string; obtainedAt: Date; expiresAt?: Date };
        items.push({
          id: `k${items.length + 1}`,
          status: 'active',
          statusLabel: '有効',
          organisationIds: i.organisationIds,
          organisations: organisations.filter((o) => i.organisationIds.includes(o.id)).map((o) => ({ id: o.id, name: o.name })),
          purposes: i.purposes.map((p) => ({ id: p, label: vocabulary.purposes.find((x) => x.id === p)?.label ?? p })),
          meetingIds: [],
          method: i.method,
          methodLabel: i.method === 'oral' ? '口頭' : '書面',
          obtainedAt: i.obtainedAt,
          obtainedBy: '土浦 花子',
          expiresAt: i.expiresAt ?? null,
          guardian: null,
          signer: { kind: 'self', label: '本人', name: null, relation: null },
          withdrawnAt: null,
          withdrawnOn: null,
          withdrawalMethod: null,
          withdrawalMethodLabel: null,
          withdrawalNote: null,
        });
        return { id: `k${items.length}` };
      },
      'staff.consent.withdrawConsent': (input) => {
        const found = items.find((i) => i.id === (input as { consentId: string }).consentId);
        const w = input as { withdrawnOn?: string; method?: string; note?: string };
        if (found) Object.assign(found, { status: 'withdrawn', statusLabel: '撤回済み', withdrawnAt: new Date(), withdrawnOn: w.withdrawnOn ?? null, withdrawalMethod: w.method ?? null, withdrawalMethodLabel: w.method === 'oral' ? '口頭' : null, withdrawalNote: w.note ?? null });
        return { ok: true };
      },
    };
    return handlers;
  }

  it('shows what is missing beside each field and sends nothing', async () => {
    const server = await renderAt('/staff/persons/p1/consents', consentServer());
    await userEvent.click(await screen.findByRole('button', { name: '新しい同意を記録する' }));
    await userEvent.click(screen.getByRole('button', { name: '同意を記録する' }));
    expect(await screen.findByText('共有先の機関を一つ以上選んでください。')).toBeTruthy();
    expect(screen.getByText('利用目的を一つ以上選んでください。')).toBeTruthy();
    const orgs = screen.getByRole('group', { name: /共有先の機関/ });
    expect(orgs.getAttribute('aria-describedby')).toBe('consent-orgs-error');
    expect(server.calls.some((c) => c.path === 'staff.consent.recordConsent')).toBe(false);
  });

  it('records a consent, lists it as active with its coverage, then withdraws it', async () => {
    const server = await renderAt('/staff/persons/p1/consents', consentServer());
    expect(await screen.findByText('記録されている同意はありません。')).toBeTruthy();
    // the new-consent form opens on demand, below the consents already recorded (issue #10)
    expect(screen.queryByRole('checkbox', { name: 'NPO法人 見本ささえあいネット' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '新しい同意を記録する' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'NPO法人 見本ささえあいネット' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '支援' }));
    expect(screen.queryByRole('checkbox', { name: '監査' })).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText(/^方法/), 'oral');
    await userEvent.click(screen.getByRole('button', { name: '同意を記録する' }));
    expect(await screen.findByText('同意を記録しました。')).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'NPO法人 見本ささえあいネット' })).toBeNull();
    const sent = server.calls.find((c) => c.path === 'staff.consent.recordConsent');
    expect(sent?.input).toMatchObject({ personId: 'p1', organisationIds: ['org-npo'], purposes: ['support'], method: 'oral' });

    const list = await screen.findByRole('table', { name: '記録されている同意' });
    await waitFor(() => expect(rowTexts(list)[0]).toContain('有効'));
    expect(rowTexts(list)[0]).toContain('NPO法人 見本ささえあいネット');
    expect(rowTexts(list)[0]).toContain('口頭');
    const coverage = rowTexts(screen.getByRole('table', { name: 'いま有効な同意で共有できる範囲' }));
    expect(coverage.find((r) => r.includes('NPO法人'))).toContain('支援');

    // the app's own dialog (issue #10 item 8): no browser confirm; the reason is required
    await userEvent.click(within(list).getByRole('button', { name: '撤回する' }));
    const dialog = await screen.findByRole('dialog', { name: '同意の撤回' });
    // the earlier success message goes once the next action starts
    expect(screen.queryByText('同意を記録しました。')).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: '撤回を記録する' }));
    expect(await within(dialog).findByText('撤回の理由を入力してください。')).toBeTruthy();
    expect(server.calls.some((c) => c.path === 'staff.consent.withdrawConsent')).toBe(false);
    await userEvent.type(within(dialog).getByLabelText(/撤回の理由/), '本人から電話で申し出');
    await userEvent.click(within(dialog).getByRole('button', { name: '撤回を記録する' }));
    expect(await screen.findByText('撤回しました。')).toBeTruthy();
    await waitFor(() => expect(rowTexts(screen.getByRole('table', { name: '記録されている同意' }))[0]).toContain('撤回済み'));
    expect(server.calls.find((c) => c.path === 'staff.consent.withdrawConsent')?.input).toMatchObject({ consentId: 'k1', method: 'oral', note: '本人から電話で申し出' });
  });
});

describe('世帯・人・ケースの検索', () => {
  // 45 cases on the server; the screen shows 20 a page and the server's total.
  const all = Array.from({ length: 45 }, (_, i) => ({
    id: `c${i + 1}`,
    householdId: `h${i + 1}`,
    primaryPersonId: `p${i + 1}`,
    name: `見本 ${String(i + 1).padStart(2, '0')}`,
    kana: 'ミホン',
    status: i % 2 ? 'closed' : 'support_decided',
    statusLabel: i % 2 ? '終結' : '支援決定',
    issues: [{ id: 'eight_fifty', label: '8050' }],
    owner: '土浦市社会福祉協議会',
    lead: null,
    coordinatorUserId: null,
    openedAt: new Date('2026-10-01T00:00:00Z'),
    basis: { kind: 'own_case', label: '自機関のケース' },
  }));
  const handlers: Record<string, FakeHandler> = {
    'staff.search.households': () => ({ total: 0, page: 1, pageSize: 20, items: [] }),
    'staff.search.cases': (input) => {
      const f = input as { page: number; pageSize: number; status?: string; q?: string };
      const rows = all.filter((c) => (!f.status || c.status === f.status) && (!f.q || c.name.includes(f.q)));
      return { total: rows.length, page: f.page, pageSize: f.pageSize, items: rows.slice((f.page - 1) * f.pageSize, f.page * f.pageSize) };
    },
  };

  it('sends the filters to the server and pages with its total', async () => {
    const server = await renderAt('/staff/search', handlers);
    await screen.findByRole('heading', { level: 1, name: '世帯・人・ケースの検索' });
    expect(await screen.findByText('該当する記録はありません。')).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('検索の対象'), 'cases');
    await userEvent.selectOptions(screen.getByLabelText('段階'), 'support_decided');
    await userEvent.click(screen.getByRole('button', { name: '検索する' }));

    const first = await screen.findByRole('table', { name: '検索結果（23件中 1〜20件）' });
    expect(rowTexts(first)).toHaveLength(20);
    expect(rowTexts(first)[0]).toContain('見本 01');
    expect(rowTexts(first)[0]).toContain('支援決定');
    expect(server.calls.filter((c) => c.path === 'staff.search.cases').at(-1)?.input).toMatchObject({ page: 1, pageSize: 20, status: 'support_decided' });

    await userEvent.click(screen.getByRole('button', { name: '次へ' }));
    const second = await screen.findByRole('table', { name: '検索結果（23件中 21〜23件）' });
    expect(rowTexts(second).map((r) => r.slice(0, 5))).toEqual(['見本 41', '見本 43', '見本 45']);
    expect(screen.queryByRole('button', { name: '次へ' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '前へ' }));
    expect(await screen.findByRole('table', { name: '検索結果（23件中 1〜20件）' })).toBeTruthy();
  });

  it('gives the exact total however large (ADR 0011), with no "N件以上" caveat', async () => {
    await renderAt('/staff/search', {
      ...handlers,
      'staff.search.households': () => ({ total: 2105, page: 1, pageSize: 20, items: [{ id: 'h1', address: '土浦市見本町1-1', onPublicAssistance: false, memberCount: 2, visibleMemberCount: 1, openCases: 1, initials: ['ミ・イ'], primaryAgeBand: '80代' }] }),
    });
    expect(await screen.findByRole('table', { name: '検索結果（2105件中 1〜20件）' })).toBeTruthy();
    expect(screen.queryByText(/件以上/)).toBeNull();
  });
});

describe('ホーム「あなたの仕事」', () => {
  const work = {
    intakes: [],
    consentsMissing: [],
    protection: null,
    meetings: [],
    outreach: [],
    plans: [
      { caseId: 'c7', version: 2, reviewDate: new Date('2026-11-10T00:00:00Z'), overdue: true },
      { caseId: 'c8', version: 1, reviewDate: new Date('2026-12-01T00:00:00Z'), overdue: false },
    ],
  };

  it('lists the plans due for review, with the overdue one marked, each linking to its case', async () => {
    await renderAt('/staff/', { 'staff.work.get': () => work });
    const heading = await screen.findByRole('heading', { level: 3, name: '見直し時期が近い支援プラン' });
    const card = heading.parentElement as HTMLElement;
    const items = within(card).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['令和8年11月10日（2026年） 見直し（第2版） 見直し日を過ぎています', '令和8年12月1日（2026年） 見直し（第1版） ']);
    expect(within(card).getByRole('link', { name: '令和8年12月1日（2026年） 見直し（第1版）' }).getAttribute('href')).toBe('/staff/coordination/c8');
  });

  it('says so when no plan is due', async () => {
    await renderAt('/staff/', { 'staff.work.get': () => ({ ...work, plans: [] }) });
    const heading = await screen.findByRole('heading', { level: 3, name: '見直し時期が近い支援プラン' });
    expect(within(heading.parentElement as HTMLElement).getByText('該当はありません。')).toBeTruthy();
  });
});
