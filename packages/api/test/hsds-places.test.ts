// HSDS 3.0 places and activities (issue #12, ADR 0029): the source, licence and credit of each record
// kept by the import and given back by the export and the portal; a re-import updates by source id;
// the export validates against the Open Referral schemas; import → export → import changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { hsdsProblems } from './support/hsds-schema.js';
import type { HsdsDoc } from './support/hsds-schema.js';

const KOGA = '082040';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const portal = () => h.anonymous({ cookies: { kasane_csrf: 'p' }, csrfHeader: 'p' });

const salonLocation = {
  id: 'loc-salon-1', name: '見本ふれあいサロン', description: '公民館の和室', kasane_area: '古河第一中学校区',
  addresses: [{ state_province: '茨城県', city: '古河市', address_1: '古河市中央町1-1-1', postal_code: '306-0000' }],
};
const activity = (id: string, over: Record<string, unknown> = {}) => ({
  id, name: `見本の活動 ${id}`, description: 'お茶を飲みながら話す会', fees_description: '100円（お茶代）', eligibility_description: '65歳以上',
  kasane_place_kind: 'salon', kasane_audiences: ['older_people'], organization: { name: '見本地区社協' }, phones: [{ number: '0280-00-0000' }],
  schedules: [{ freq: 'WEEKLY', byday: 'WE', opens_at: '10:00', closes_at: '12:00' }],
  service_at_locations: [{ location: salonLocation }],
  ...over,
});
const credit = { name: '全国居場所データ（見本）', licence: 'CC BY 4.0', credit: '出典：見本の居場所データ', url: 'https://example.org/places' };
const file = (services: unknown[]) => JSON.stringify({ kasane_source: credit, services });

/** 古河市's places and activities: the imported ones, or every one (the demo data's too). */
const rows = (which: 'imported' | 'all' = 'imported') =>
  asSystem(h.t.db, async (tx) => {
    const where = { municipalityCode: KOGA, ...(which === 'imported' ? { sourceId: { not: null } } : {}) };
    return {
      places: await tx.communityPlace.findMany({ where, orderBy: { id: 'asc' }, omit: { updatedAt: true } }),
      activities: await tx.communityActivity.findMany({ where, orderBy: { id: 'asc' }, omit: { updatedAt: true } }),
    };
  });

describe('HSDS places and activities', () => {
  it('keeps the source, licence and credit of each place and activity (a record’s own over the file’s)', async () => {
    const staff = await h.as('koga.community');
    const own = { name: '市の独自調査', licence: 'CC BY 4.0', credit: '出典：古河市の調査', url: '' };
    const r = await staff.staff.directory.import({ format: 'json', target: 'places', content: file([activity('act-1'), activity('act-2', { kasane_source: own })]) });
    expect(r).toMatchObject({ places: 1, activities: 2, updated: 0 });
    const { places, activities } = await rows();
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ sourceId: 'loc-salon-1', name: '見本ふれあいサロン', organiserName: '見本地区社協', sourceName: credit.name, sourceLicence: 'CC BY 4.0', sourceCredit: credit.credit, sourceUrl: credit.url });
    expect(activities.find((a) => a.sourceId === 'act-1')).toMatchObject({ sourceCredit: credit.credit, placeId: places[0]?.id });
    expect(activities.find((a) => a.sourceId === 'act-2')).toMatchObject({ sourceName: '市の独自調査', sourceCredit: '出典：古河市の調査' });
  });

  it('updates instead of duplicating when the same file comes again (places and activities by their source ids)', async () => {
    const staff = await h.as('koga.community');
    const before = await rows();
    const renamed = { ...credit, credit: '出典：見本の居場所データ（改訂）' };
    const content = JSON.stringify({ kasane_source: renamed, services: [activity('act-1', { name: '見本の活動（改称）' }), activity('act-2')] });
    const r = await staff.staff.directory.import({ format: 'json', target: 'places', content });
    expect(r).toMatchObject({ places: 0, activities: 0, updated: 3 });
    const after = await rows();
    expect(after.places.map((p) => p.id)).toEqual(before.places.map((p) => p.id));
    expect(after.activities.map((a) => a.id)).toEqual(before.activities.map((a) => a.id));
    expect(after.places[0]?.sourceCredit).toBe('出典：見本の居場所データ（改訂）');
    expect(after.activities.find((a) => a.sourceId === 'act-1')).toMatchObject({ name: '見本の活動（改称）', sourceCredit: '出典：見本の居場所データ（改訂）' });
    expect(after.activities.find((a) => a.sourceId === 'act-2')?.sourceName).toBe(credit.name);
  });

  it('exports places and activities that validate against the HSDS schemas, each activity with its credit', async () => {
    const staff = await h.as('koga.community');
    await staff.staff.place.create({ name: '職員登録の見本食堂', kind: 'kodomo_shokudo', audiences: ['children'] });
    const doc = (await staff.staff.directory.exportHsds()) as HsdsDoc;
    const activities = doc.services.filter((s) => s.kasane_kind === 'activity' && String(s.kasane_source_id).startsWith('act-'));
    expect(activities).toHaveLength(2);
    expect(hsdsProblems(doc)).toEqual([]);
    expect(activities.find((s) => s.kasane_source_id === 'act-1')).toMatchObject({ kasane_source: { credit: '出典：見本の居場所データ（改訂）', licence: 'CC BY 4.0' } });
    const location = (activities[0]?.service_at_locations as { location: Record<string, unknown> }[])[0]?.location;
    expect(location).toMatchObject({ name: '見本ふれあいサロン', description: '公民館の和室', kasane_area: '古河第一中学校区', kasane_source_id: 'loc-salon-1' });
  });

  it('round trip: importing the export changes no place or activity (imported or kept by staff), credit included, and the next export is the same', async () => {
    const staff = await h.as('koga.community');
    const first = (await staff.staff.directory.exportHsds()) as HsdsDoc & { generated_at: string };
    const before = await rows('all');
    const services = first.services.filter((s) => s.kasane_kind === 'activity');
    expect(services.length).toBeGreaterThan(2);
    const r = await staff.staff.directory.import({ format: 'json', target: 'places', content: JSON.stringify({ services }) });
    expect(r).toMatchObject({ places: 0, activities: 0, refused: 0 });
    // the one change: an address typed by staff without its prefecture comes back normalised once (都道府県+市区町村+町域)
    // (a place with no activity is not in the export: HSDS services are its activities)
    const exported = new Set(before.activities.map((a) => a.placeId));
    const normalised = { ...before, places: before.places.map((p) => ({ ...p, address: exported.has(p.id) && p.address && !p.address.startsWith('茨城県') ? `茨城県${p.address}` : p.address })) };
    expect(await rows('all')).toEqual(normalised);
    expect((await rows()).places.every((p) => p.address === '茨城県古河市中央町1-1-1')).toBe(true);
    const second = (await staff.staff.directory.exportHsds()) as HsdsDoc & { generated_at: string };
    expect({ ...second, generated_at: '' }).toEqual({ ...first, generated_at: '' });
  });

  it('bulk publish takes the imported places and activities; the portal shows their credit', async () => {
    const staff = await h.as('koga.community');
    expect((await portal().portal.place.find({ municipalityCode: KOGA })).places.find((p) => p.name === '見本ふれあいサロン')).toBeUndefined();
    const { published } = await staff.staff.directory.publishImported({ target: 'places' });
    expect(published).toBe(3);
    const found = (await portal().portal.place.find({ municipalityCode: KOGA })).places.find((p) => p.name === '見本ふれあいサロン');
    expect(found?.source).toEqual({ ...credit, credit: '出典：見本の居場所データ（改訂）' });
    expect(found?.activities.find((a) => a.name === '見本の活動 act-2')?.source?.credit).toBe('出典：見本の居場所データ（改訂）');
    const place = await portal().portal.place.get({ municipalityCode: KOGA, id: found?.id ?? '' });
    expect(place?.source?.licence).toBe('CC BY 4.0');
  });
});
