// Issue #11 item 11, against the real database: the prefecture's 後方支援 events reach only their target
// municipalities; the administrator replies 出席/欠席 with a count and roles (never names); the prefecture sees it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inScope } from '@kasane/db';
import { createHarness, fixedNow } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { trpcCodeOf as refusal } from './support/outcome.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const TSUCHIURA = '082031';
const KOGA = '082040';
const inDays = (n: number) => new Date(fixedNow.getTime() + n * 86_400_000);

async function hold(title: string, startsAt: Date, codes: string[]) {
  const pref = await h.as('ibaraki.pref');
  return (await pref.prefecture.event.create({ kind: 'exchange_meeting', title, startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000), place: '茨城県庁 会議室', online: false, notes: '', municipalityCodes: codes })).id;
}

describe('who sees an event', () => {
  it('reaches only its target municipalities of the prefecture', async () => {
    const id = await hold('第2回 情報交換会', inDays(20), [TSUCHIURA]);
    expect((await (await h.as('nagano.pref')).prefecture.event.list()).map((e) => e.id)).not.toContain(id);
    const koga = await h.as('koga.admin');
    const kogaEvents = await koga.staff.supportEvent.list();
    expect([...kogaEvents.upcoming, ...kogaEvents.past].map((e) => e.id)).not.toContain(id);
    expect(await refusal(koga.staff.supportEvent.reply({ eventId: id, reply: 'absent', attendees: 0, roles: '' }))).toBe('NOT_FOUND');
    expect(await inScope(h.t.db, { kind: 'municipality', municipalityCode: KOGA }, (tx) => tx.supportEvent.count({ where: { id } }))).toBe(0);
    expect(await inScope(h.t.db, { kind: 'prefecture', prefectureCode: '200000' }, (tx) => tx.supportEvent.count({ where: { id } }))).toBe(0);
  });

  it('cannot target another prefecture\'s municipality and needs a place or online', async () => {
    const pref = await h.as('ibaraki.pref');
    const base = { kind: 'seminar' as const, title: '地域福祉推進セミナー', startsAt: inDays(5), endsAt: null, place: '', online: true, notes: '' };
    expect(await refusal(pref.prefecture.event.create({ ...base, municipalityCodes: ['202029'] }))).toBe('NOT_FOUND');
    expect(await refusal(pref.prefecture.event.create({ ...base, online: false, municipalityCodes: [TSUCHIURA] }))).toBe('BAD_REQUEST');
    expect(await refusal(pref.prefecture.event.create({ ...base, endsAt: inDays(4), municipalityCodes: [TSUCHIURA] }))).toBe('BAD_REQUEST');
  });
});

describe('attendance', () => {
  it('lists upcoming first, takes a reply by role and shows it to the prefecture', async () => {
    const later = await hold('第2回 実施に向けた情報交換会', inDays(60), [TSUCHIURA, KOGA]);
    const sooner = await hold('四者協議（土浦市・古河市）', inDays(3), [TSUCHIURA, KOGA]);
    const past = await hold('ブロック別市町村連携推進会議', inDays(-30), [TSUCHIURA]);
    const admin = await h.as('tsuchiura.admin');
    const list = await admin.staff.supportEvent.list();
    const upcoming = list.upcoming.map((e) => e.id);
    expect(upcoming.indexOf(sooner)).toBeLessThan(upcoming.indexOf(later));
    expect(upcoming).not.toContain(past);
    expect(list.past.map((e) => e.id)).toContain(past);
    expect(list.canReply).toBe(true);

    expect(await refusal((await h.as('tsuchiura.coordinator')).staff.supportEvent.reply({ eventId: sooner, reply: 'attending', attendees: 2, roles: '福祉総務課 2名' }))).toBe('FORBIDDEN');
    expect(await refusal(admin.staff.supportEvent.reply({ eventId: sooner, reply: 'attending', attendees: 0, roles: '福祉総務課' }))).toBe('BAD_REQUEST');
    expect(await refusal(admin.staff.supportEvent.reply({ eventId: sooner, reply: 'attending', attendees: 2, roles: '' }))).toBe('BAD_REQUEST');
    await admin.staff.supportEvent.reply({ eventId: sooner, reply: 'attending', attendees: 2, roles: '福祉総務課 2名' });
    await (await h.as('koga.admin')).staff.supportEvent.reply({ eventId: sooner, reply: 'absent', attendees: 0, roles: '' });
    expect((await admin.staff.supportEvent.list()).upcoming.find((e) => e.id === sooner)).toMatchObject({ reply: 'attending', attendees: 2, roles: '福祉総務課 2名', repliedAt: fixedNow });

    const seen = (await (await h.as('ibaraki.pref')).prefecture.event.list()).find((e) => e.id === sooner);
    expect(seen).toMatchObject({ attending: 1, absent: 1, attendees: 2 });
    expect(seen?.municipalities).toEqual([
      { code: TSUCHIURA, name: '土浦市', reply: 'attending', attendees: 2, roles: '福祉総務課 2名', repliedAt: fixedNow },
      { code: KOGA, name: '古河市', reply: 'absent', attendees: 0, roles: '', repliedAt: fixedNow },
    ]);
    expect((await (await h.as('ibaraki.pref')).prefecture.event.list()).find((e) => e.id === later)).toMatchObject({ attending: 0, absent: 0 });
  });
});
