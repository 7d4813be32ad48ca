import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeAppError, fakeTrpcFetch } from '@kasane/ui/testing';
import { createApi } from '../src/api.js';
import { App } from '../src/app.js';
import { createI18n } from '../src/i18n/index.js';
import { createAppRouter } from '../src/router.js';
import { fakeSession, homeData, worker } from './harness.js';

afterEach(cleanup);

const admin = { ...worker, userId: 'u-admin', displayName: '見本 管理', role: 'municipal_admin', organisationId: 'org-city' };
const kinds = [
  { kind: 'jusoteki', label: '重層的支援会議', legalBasis: '重層的支援体制整備事業実施要綱' },
  { kind: 'shien', label: '支援会議', legalBasis: '社会福祉法第106条の6' },
  { kind: 'other', label: 'その他の会議（既存の会議体など）', legalBasis: '各会議体の根拠法令・設置要綱' },
];
const kindLabel = (k: string) => kinds.find((x) => x.kind === k)?.label ?? k;

type Row = { id: string; key: string; name: string; kind: string; frequency: string | null; note: string | null; meetingCount: number; retiredAt: Date | null };

/** A fake server that keeps the types in memory and refuses the way the API does (shape of data.appError.details). */
async function renderMeetingTypes(options: { actor?: typeof admin; presets?: 'tsuchiura' | 'none' } = {}) {
  const actor = options.actor ?? admin;
  let next = 1;
  const rows: Row[] = [
    { id: 't-scrum', key: 'tsuchiura.scrumnet', name: 'スクラムネット', kind: 'shien', frequency: '月1回', note: null, meetingCount: 4, retiredAt: null },
    { id: 't-jusoteki', key: 'tsuchiura.jusoteki', name: '重層的支援会議', kind: 'jusoteki', frequency: '月1回', note: null, meetingCount: 0, retiredAt: null },
  ];
  const present = (r: Row) => ({ ...r, kindLabel: kindLabel(r.kind), active: r.retiredAt === null, kindLocked: r.meetingCount > 0, deletable: r.meetingCount === 0 });
  const find = (id: string) => {
    const r = rows.find((x) => x.id === id);
    if (!r) throw new FakeAppError('NOT_FOUND', '対象が見つかりません。', 404);
    return r;
  };
  const check = (d: { name: string; kind: string; frequency?: string | null }, selfId?: string) => {
    const fields: Record<string, { problem: string; message: string }> = {};
    const key = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');
    if (d.name.trim() === '') fields.name = { problem: 'required', message: '会議の名前を入力してください。' };
    else if (rows.some((r) => r.id !== selfId && key(r.name) === key(d.name))) fields.name = { problem: 'duplicate', message: '同じ名前の会議の種類がすでにあります（全角・半角や空白の違いは同じ名前とみなします）。別の名前にしてください。' };
    if (!kinds.some((k) => k.kind === d.kind)) fields.kind = { problem: 'required', message: '法的な位置づけを選んでください（重層的支援会議／支援会議／その他の会議（既存の会議体など））。' };
    if (Object.keys(fields).length > 0) throw new FakeAppError('VALIDATION', '入力内容に誤りがあります。', 400, { fields });
  };
  const server = fakeTrpcFetch({
    'auth.session': () => fakeSession(actor),
    'staff.home.get': () => ({ ...homeData, user: { ...homeData.user, role: actor.role } }),
    'staff.meetingType.list': () => ({
      canEdit: actor.role === 'municipal_admin',
      kinds,
      limits: { name: 60, frequency: 30, note: 500 },
      presetsMissing: options.presets === 'none' ? 0 : rows.some((r) => r.key === 'tsuchiura.fureai') ? 0 : 1,
      types: rows.map(present),
    }),
    'staff.meetingType.create': (input) => {
      const d = input as { name: string; kind: string; frequency: string; note: string };
      check(d);
      const row = { id: `t-new-${next++}`, key: 'custom.x', name: d.name.trim(), kind: d.kind, frequency: d.frequency || null, note: d.note || null, meetingCount: 0, retiredAt: null };
      rows.push(row);
      return { id: row.id, name: row.name };
    },
    'staff.meetingType.update': (input) => {
      const { id, data } = input as { id: string; data: { name: string; kind: string; frequency: string; note: string } };
      const row = find(id);
      check(data, id);
      if (row.meetingCount > 0 && data.kind !== row.kind) throw new FakeAppError('MEETING_TYPE_IN_USE', '法的な位置づけは変更できません。', 409, { field: 'kind' });
      Object.assign(row, { name: data.name.trim(), kind: data.kind, frequency: data.frequency || null, note: data.note || null });
      return { id, name: row.name };
    },
    'staff.meetingType.retire': (input) => {
      const row = find((input as { id: string }).id);
      row.retiredAt = new Date('2026-11-20T01:00:00Z');
      return { id: row.id, name: row.name, retiredAt: row.retiredAt };
    },
    'staff.meetingType.restore': (input) => {
      const row = find((input as { id: string }).id);
      row.retiredAt = null;
      return { id: row.id, name: row.name, retiredAt: null };
    },
    'staff.meetingType.delete': (input) => {
      const row = find((input as { id: string }).id);
      rows.splice(rows.indexOf(row), 1);
      return { id: row.id, name: row.name };
    },
    'staff.meetingType.addPresets': () => {
      if (options.presets === 'none') return { hasPresets: false, added: [], alreadyPresent: [], nameTaken: [] };
      const had = rows.some((r) => r.key === 'tsuchiura.fureai');
      if (!had) rows.push({ id: 't-fureai', key: 'tsuchiura.fureai', name: 'ふれあい調整会議', kind: 'other', frequency: '隔月', note: null, meetingCount: 0, retiredAt: null });
      return { hasPresets: true, added: had ? [] : ['ふれあい調整会議'], alreadyPresent: ['スクラムネット'], nameTaken: [] };
    },
  });
  document.cookie = 'kasane_csrf=csrf-1; path=/';
  const api = createApi({ fetch: server.fetch });
  const router = createAppRouter(api, { initialPath: '/staff/meeting-types' });
  render(<App api={api} router={router} i18n={await createI18n()} />);
  await screen.findByRole('heading', { level: 1, name: '会議の種類' });
  await screen.findByRole('table');
  return { server, rows };
}

const rowOf = (name: string) => {
  const row = within(screen.getByRole('table')).getAllByRole('row').find((r) => within(r).queryByRole('rowheader', { name }));
  if (!row) throw new Error(`no row ${name}`);
  return row;
};

describe('会議の種類 (municipal administrator)', () => {
  it('lists the types with kind, frequency, number of meetings and state, and is in the navigation', async () => {
    await renderMeetingTypes();
    expect(screen.getByRole('link', { name: '会議の種類' }).getAttribute('aria-current')).toBe('page');
    const scrum = rowOf('スクラムネット');
    expect(scrum.textContent).toContain('支援会議');
    expect(scrum.textContent).toContain('月1回');
    expect(scrum.textContent).toContain('4');
    expect(scrum.textContent).toContain('使用中');
    // a type with meetings cannot be deleted; an unused one can
    expect(within(scrum).queryByRole('button', { name: /削除/ })).toBeNull();
    expect(within(rowOf('重層的支援会議')).getByRole('button', { name: /^削除\s*（重層的支援会議）$/ })).toBeTruthy();
  });

  it('shows the API’s refusals in Japanese beside each field and puts focus on the first', async () => {
    const { server } = await renderMeetingTypes();
    await userEvent.click(screen.getByRole('button', { name: '会議の種類を追加する' }));
    const name = await screen.findByLabelText(/^会議の名前/);
    expect(await screen.findByText('会議の名前を入力してください。')).toBeTruthy();
    expect(screen.getByText('法的な位置づけを選んでください（重層的支援会議／支援会議／その他の会議（既存の会議体など））。')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain('error');
    await waitFor(() => expect(document.activeElement).toBe(name));

    await userEvent.type(name, 'ｽｸﾗﾑ ﾈｯﾄ');
    await userEvent.selectOptions(screen.getByLabelText(/^法的な位置づけ/), 'shien');
    await userEvent.click(screen.getByRole('button', { name: '会議の種類を追加する' }));
    expect(await screen.findByText(/同じ名前の会議の種類がすでにあります/)).toBeTruthy();
    expect(server.calls.filter((c) => c.path === 'staff.meetingType.create')).toHaveLength(2);
  });

  it('adds a type and shows it in the table', async () => {
    const { server } = await renderMeetingTypes();
    await userEvent.type(screen.getByLabelText(/^会議の名前/), 'E2E検討会');
    await userEvent.selectOptions(screen.getByLabelText(/^法的な位置づけ/), 'shien');
    await userEvent.type(screen.getByLabelText(/^開催の頻度/), '隔月');
    await userEvent.click(screen.getByRole('button', { name: '会議の種類を追加する' }));
    expect(await screen.findByText('会議の種類「E2E検討会」を追加しました。')).toBeTruthy();
    expect(server.calls.find((c) => c.path === 'staff.meetingType.create')?.input).toEqual({ name: 'E2E検討会', kind: 'shien', frequency: '隔月', note: '' });
    await waitFor(() => expect(rowOf('E2E検討会').textContent).toContain('支援会議'));
    expect(screen.getByLabelText<HTMLInputElement>(/^会議の名前/).value).toBe('');
  });

  it('edits a used type in place, keeping its kind fixed', async () => {
    const { server } = await renderMeetingTypes();
    await userEvent.click(within(rowOf('スクラムネット')).getByRole('button', { name: /^編集\s*（スクラムネット）$/ }));
    const heading = await screen.findByRole('heading', { name: '「スクラムネット」を編集する' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const form = heading.closest('form');
    if (!form) throw new Error('no form');
    const kind = within(form).getByLabelText<HTMLSelectElement>(/^法的な位置づけ/);
    expect(kind.disabled).toBe(true);
    expect(within(form).getByText('この種類で設定された会議があるため、法的な位置づけは変更できません。')).toBeTruthy();
    const name = within(form).getByLabelText(/^会議の名前/);
    await userEvent.clear(name);
    await userEvent.type(name, 'スクラムネット（公民館）');
    await userEvent.click(within(form).getByRole('button', { name: '変更を保存する' }));
    expect(await screen.findByText('会議の種類「スクラムネット（公民館）」を更新しました。')).toBeTruthy();
    expect(server.calls.find((c) => c.path === 'staff.meetingType.update')?.input).toEqual({ id: 't-scrum', data: { name: 'スクラムネット（公民館）', kind: 'shien', frequency: '月1回', note: '' } });
    await waitFor(() => expect(document.activeElement?.id).toBe('edit-meeting-type-t-scrum'));
  });

  it('retires and restores a type, and deletes an unused one after asking', async () => {
    const { server } = await renderMeetingTypes();
    await userEvent.click(within(rowOf('スクラムネット')).getByRole('button', { name: /^使用を終了する\s*（スクラムネット）$/ }));
    expect(await screen.findByText('会議の種類「スクラムネット」の使用を終了しました。新しい会議には表示されません。')).toBeTruthy();
    await waitFor(() => expect(rowOf('スクラムネット').textContent).toContain('使用終了'));
    // the clicked button went away: focus lands on its counterpart in the same row
    await waitFor(() => expect(document.activeElement?.id).toBe('restore-meeting-type-t-scrum'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(rowOf('スクラムネット').textContent).toContain('使用中'));
    await waitFor(() => expect(document.activeElement?.id).toBe('retire-meeting-type-t-scrum'));

    await userEvent.click(within(rowOf('重層的支援会議')).getByRole('button', { name: /^削除\s*（重層的支援会議）$/ }));
    await userEvent.click(screen.getByRole('button', { name: /^削除する\s*（重層的支援会議）$/ }));
    expect(await screen.findByText('会議の種類「重層的支援会議」を削除しました。')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('meeting-types-message'));
    await waitFor(() => expect(within(screen.getByRole('table')).queryByRole('rowheader', { name: '重層的支援会議' })).toBeNull());
    expect(server.calls.map((c) => c.path).filter((p) => /retire|restore|delete/.test(p))).toEqual(['staff.meetingType.retire', 'staff.meetingType.restore', 'staff.meetingType.delete']);
  });

  it('adds the municipality’s standard bodies, and says when there are none', async () => {
    await renderMeetingTypes();
    expect(screen.getByText(/まだ登録していない標準の会議体が1件あります。/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'この市町村の標準の会議体を追加' }));
    expect(await screen.findByText('標準の会議体を追加しました：ふれあい調整会議')).toBeTruthy();
    await waitFor(() => expect(rowOf('ふれあい調整会議').textContent).toContain('その他の会議'));
    cleanup();

    await renderMeetingTypes({ presets: 'none' });
    await userEvent.click(screen.getByRole('button', { name: 'この市町村の標準の会議体を追加' }));
    expect(await screen.findByText(/この市町村には、あらかじめ用意された標準の会議体がありません。追加したものはありません。/)).toBeTruthy();
  });
});

describe('会議の種類 (other staff)', () => {
  it('shows the list read-only, without the navigation entry', async () => {
    await renderMeetingTypes({ actor: { ...admin, role: 'coordinator' } });
    expect(screen.getByText('会議の種類を変更できるのは、市町村の管理者だけです。')).toBeTruthy();
    expect(rowOf('スクラムネット').textContent).toContain('支援会議');
    expect(screen.queryByRole('button', { name: /編集|使用を終了|削除|標準の会議体|追加する/ })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: '操作' })).toBeNull();
    const nav = screen.getByRole('navigation', { name: '主なメニュー' });
    expect(within(nav).queryByRole('link', { name: '会議の種類' })).toBeNull();
  });
});
