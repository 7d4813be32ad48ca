import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeTrpcFetch } from '@kasane/ui/testing';
import { createApi } from '../src/api.js';
import { App } from '../src/app.js';
import { createI18n } from '../src/i18n/index.js';
import { createAppRouter } from '../src/router.js';
import { fakeSession, homeData, worker } from './harness.js';

afterEach(cleanup);

const vocabulary = {
  channels: [{ id: 'phone', label: '電話' }],
  consulterTypes: [{ id: 'self', label: '本人' }],
  triageOutcomes: [{ id: 'coordination', label: '多機関協働につなぐ' }],
  issues: [
    { id: 'eight_fifty', label: '8050', fields: [] },
    { id: 'work', label: '仕事', fields: [] },
  ],
  fields: [],
  purposes: [],
  caseStatuses: [],
};

async function renderIntake() {
  const server = fakeTrpcFetch({
    'auth.session': () => fakeSession(worker),
    'staff.home.get': () => homeData,
    'staff.intake.vocabulary': () => vocabulary,
    'staff.intake.classify': (input) => ((input as { issueIds: string[] }).issueIds.includes('eight_fifty') ? { fields: [{ id: 'elderly', label: '介護' }, { id: 'new', label: '新' }], complex: true } : { fields: [], complex: false }),
    'staff.intake.findCandidates': () => ({ capped: false, items: [{ kind: 'hint', personId: 'p1', householdId: 'h1', name: '佐藤 花子', birthYear: 1950, district: '見本町', sameBirthYear: false, score: 0.9 }, { kind: 'possible_match' }, { kind: 'possible_match' }] }),
    'staff.intake.record': () => ({ ok: true, consultationId: 'c1', householdId: 'h1', personIds: ['p1'], primaryPersonId: 'p1', fields: [], complex: true }),
  });
  document.cookie = 'kasane_csrf=csrf-1; path=/';
  const api = createApi({ fetch: server.fetch });
  const router = createAppRouter(api, { initialPath: '/staff/intake' });
  render(<App api={api} router={router} i18n={await createI18n()} />);
  await screen.findByRole('heading', { level: 1, name: '相談受付' });
  await screen.findByRole('button', { name: '受け付ける' });
  return server;
}

describe('相談受付', () => {
  it('does not search on one letter of a reading', async () => {
    const server = await renderIntake();
    await userEvent.type(screen.getByLabelText(/^セイ/), 'さ');
    await new Promise((r) => setTimeout(r, 500));
    expect(server.calls.filter((c) => c.path === 'staff.intake.findCandidates')).toEqual([]);
  });

  it('shows each missing item in Japanese beside its field', async () => {
    await renderIntake();
    await userEvent.click(screen.getByRole('button', { name: '受け付ける' }));
    expect(await screen.findByText('相談の概要を入力してください。')).toBeTruthy();
    expect(screen.getByText('姓を入力してください。')).toBeTruthy();
    expect(screen.getByLabelText(/^姓/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/^姓/).getAttribute('aria-describedby')).toContain('error');
  });

  it('offers an existing record while the name is typed, shows 複合, and sends the intake for that person', async () => {
    const server = await renderIntake();
    await userEvent.type(screen.getByLabelText(/^セイ/), 'さとう');
    expect(await screen.findByText('佐藤 花子')).toBeTruthy();
    // the two records without a basis: only that they may exist, and whom to ask
    expect(screen.getByText(/既存の記録がある可能性があります（2件）。.*多機関協働担当に確認と紐づけを依頼してください。/u)).toBeTruthy();
    expect(server.calls.filter((c) => c.path === 'staff.intake.findCandidates').every((c) => JSON.stringify(c.input).includes('サトウ') || JSON.stringify(c.input).includes('さとう'))).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: /この方として受け付ける/ }));
    await userEvent.click(screen.getByLabelText('8050'));
    expect(await screen.findByText('複合課題')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/^相談の概要/), '電話で相談');
    await userEvent.click(screen.getByRole('button', { name: '受け付ける' }));
    expect(await screen.findByText('相談を受け付けました。')).toBeTruthy();
    const sent = server.calls.find((c) => c.path === 'staff.intake.record');
    await waitFor(() => expect(sent?.input).toMatchObject({ persons: [{ existingPersonId: 'p1' }], issueIds: ['eight_fifty'], summary: '電話で相談' }));
  });
});
