// Issue #12 items 9 and 10, the parts portal-residents.test.ts does not reach: every prefecture's map is
// served (not 3 of 47), and a place card neither calls an activity with no fee 無料 nor gives the place
// the audience of its first activity only (it is everyone its activities are for, ADR 0021).
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../src/index.js';

const { server, newPage, staffAs } = useBrowserSuite();
const TSUCHIURA = '082031';

describe('item 9: every prefecture’s map', () => {
  it('serves all 47 prefecture maps', async () => {
    const p = await newPage();
    await p.goto(`${server.baseUrl}/`);
    const statuses = await p.evaluate(async () => {
      const codes = Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0'));
      return Promise.all(codes.map(async (c) => {
        const r = await fetch(`/maps/N03-21_${c}_210101.json`);
        const body = r.ok ? ((await r.json()) as { type?: string }) : null;
        return `${c}:${r.status}:${body?.type ?? ''}`;
      }));
    });
    expect(statuses).toEqual(Array.from({ length: 47 }, (_, i) => `${String(i + 1).padStart(2, '0')}:200:Topology`));
  });
});

describe('item 10: a place card says what it was told', () => {
  it('an activity with no fee is 問い合わせ, not 無料; the place is for everyone its activities are for, not its first one’s', async () => {
    const staff = await staffAs('tsuchiura.community');
    await staff.goto(`${server.baseUrl}/staff/`);
    const created = await staff.evaluate(async () => {
      const csrf = /kasane_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const call = async (path: string, json: unknown) => {
        const r = await fetch(`/api/trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify({ json }) });
        return ((await r.json()) as { result: { data: { json: { id: string } } } }).result.data.json;
      };
      const place = await call('staff.place.create', { name: 'E2E 費用の書いていないサロン', kind: 'salon', audiences: ['older_people'], published: true });
      await call('staff.activity.create', { placeId: place.id, data: { name: 'E2E 子ども向けの会', audiences: ['children'], schedule: [{ frequency: 'weekly', days: ['thu'], start: '10:00', end: '11:00' }], published: true } });
      // no audience of its own: it is for the place's (高齢者)
      await call('staff.activity.create', { placeId: place.id, data: { name: 'E2E 午後の茶話会', schedule: [{ frequency: 'weekly', days: ['fri'], start: '14:00', end: '15:00' }], published: true } });
      return place.id;
    });
    expect(created).toMatch(/^[0-9a-f-]{36}$/);
    const p = await newPage();
    await p.goto(`${server.baseUrl}/m/${TSUCHIURA}/places`);
    await p.waitForURL(`${server.baseUrl}/places`);
    const card = p.getByTestId('place').filter({ hasText: 'E2E 費用の書いていないサロン' });
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('E2E 子ども向けの会');
    expect(text).toContain('E2E 午後の茶話会');
    expect(text).toContain('費用：問い合わせ');
    expect(text).not.toContain('無料');
    expect(text).toMatch(/対象：(子ども、高齢者|高齢者、子ども)最終確認日/);
  });
});
