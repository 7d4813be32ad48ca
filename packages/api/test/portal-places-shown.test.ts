// Issue #12 item 10: what a resident sees of a place matches what was registered and what they asked
// for — a filter narrows the activities listed in a card, 第2・第4水曜 keeps its weeks in the timetable,
// a fee never given is not 無料 (nor found by 無料のものだけ), and a place's audience is its activities', not
// its first activity's. Also item 9: a municipality with no published place is told apart from "no match".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

const TSUCHIURA = '082031';
const HITACHI = '082023';
let h: Harness;
let placeId = '';
beforeAll(async () => {
  h = await createHarness();
  const staff = await h.as('tsuchiura.community');
  ({ id: placeId } = await staff.staff.place.create({ name: '見本地区センター', kind: 'salon', audiences: [], area: '見本地区' }));
  await staff.staff.activity.create({ placeId, data: { name: '子ども食堂', audiences: ['children'], schedule: [{ frequency: 'monthly_nth', nth: [2, 4], days: ['wed'], start: '17:00', end: '19:00' }], published: true } });
  await staff.staff.activity.create({ placeId, data: { name: '健康体操', audiences: ['older_people'], schedule: [{ frequency: 'weekly', days: ['mon'], start: '10:00', end: '11:00' }], feeYen: 0, published: true } });
  await staff.staff.place.setPublished({ id: placeId, published: true });
});
afterAll(async () => h.close());

const portal = () => h.anonymous({ ip: '10.12.10.1', cookies: { kasane_csrf: 'p' }, csrfHeader: 'p' });
const find = async (filter: Record<string, unknown> = {}) => {
  const r = await portal().portal.place.find({ municipalityCode: TSUCHIURA, ...filter });
  return { ...r, place: r.places.find((p) => p.id === placeId) };
};

describe('a place as the portal shows it', () => {
  it('lists only the activities that match the filter, with their audience', async () => {
    const { place } = await find({ day: 'wed' });
    expect(place?.activities.map((a) => a.name)).toEqual(['子ども食堂']);
    expect(place?.audiences).toEqual(['children']);
    expect((await find({ audience: 'older_people' })).place?.activities.map((a) => a.name)).toEqual(['健康体操']);
    expect((await find({ text: '体操' })).place?.activities.map((a) => a.name)).toEqual(['健康体操']);
  });

  it('gives the place the audiences of all its activities, not those of the first', async () => {
    const { place } = await find();
    expect(place?.audiences.sort()).toEqual(['children', 'older_people']);
  });

  it('keeps the weeks of a monthly activity in the timetable', async () => {
    const { timetable } = await find();
    expect(timetable.wed.evening.find((c) => c.name === '子ども食堂')).toMatchObject({ frequency: 'monthly_nth', nth: [2, 4] });
  });

  it('does not count an activity with no fee given as free', async () => {
    const { place } = await find({ freeOnly: true });
    expect(place?.activities.map((a) => a.name)).toEqual(['健康体操']);
    expect((await find()).place?.activities.find((a) => a.name === '子ども食堂')?.feeYen).toBeNull();
  });

  it('tells a municipality with no published place from one where nothing matches', async () => {
    expect((await portal().portal.place.find({ municipalityCode: HITACHI })).publishedCount).toBe(0);
    const filtered = await find({ day: 'sun' });
    expect(filtered.publishedCount).toBeGreaterThan(0);
  });
});
