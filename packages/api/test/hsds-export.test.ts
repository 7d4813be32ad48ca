// HSDS 3.0 export (issue #12, item 5): every exported service, organization, location,
// service_at_location and schedule validates against the Open Referral schemas (ajv + ajv-formats),
// and import → export → import changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { hsdsProblems as problems } from './support/hsds-schema.js';
import type { HsdsDoc as Doc } from './support/hsds-schema.js';

const TSUCHIURA = '082031';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const source = { kasane_source: { name: '全国相談窓口データ（見本）', licence: 'CC BY 4.0', credit: '出典：見本データ', url: 'https://example.org/windows' } };
const services = [
  {
    id: 'tsu-001', name: '土浦市 福祉総合相談窓口', alternate_name: 'くらしの相談', description: '暮らしの困りごと', url: 'https://www.city.tsuchiura.lg.jp/soudan/', email: 'soudan@example.lg.jp',
    contacts: [{ department: '保健福祉部 社会福祉課' }], phones: [{ number: '029-826-1111', type: 'voice' }], languages: [{ code: 'ja' }, { code: 'en' }],
    attributes: [{ taxonomy_term: { name: '高齢者の相談' } }, { taxonomy_term: { name: '独自分類' } }],
    schedules: [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '08:30', closes_at: '17:15' }, { freq: 'WEEKLY', byday: 'SA', opens_at: '09:00', closes_at: '12:00' }, { description: '年末年始は休み' }],
    service_at_locations: [{ location: { name: '土浦市役所', latitude: 36.0784, longitude: 140.2041, addresses: [{ state_province: '茨城県', city: '土浦市', address_1: '土浦市大和町9番1号', postal_code: '300-8686' }] } }],
  },
  { id: 'tsu-002', name: '土浦市 こころの相談', schedules: [{ description: '第2・第4水曜 13:00〜16:00（要予約）' }], service_at_locations: [{ location: { name: '保健センター', addresses: [] } }] },
];

describe('HSDS 3.0 export', () => {
  it('validates against service, organization, location, service_at_location and schedule, with no nulls', async () => {
    const staff = await h.as('tsuchiura.community');
    await staff.staff.directory.import({ format: 'json', target: 'windows', content: JSON.stringify({ ...source, services }) });
    await staff.staff.place.create({ name: '見本サロン', kind: 'salon', audiences: ['older_people'] });
    const doc = (await staff.staff.directory.exportHsds()) as Doc;
    expect(doc.services.length).toBeGreaterThan(3);
    expect(problems(doc)).toEqual([]);
    const tsu = doc.services.find((s) => s.name === '土浦市 福祉総合相談窓口') as Record<string, unknown>;
    expect(tsu).toMatchObject({ kasane_source_id: 'tsu-001', organization: { name: '土浦市' }, kasane_source: { credit: '出典：見本データ' } });
    const address = (tsu.service_at_locations as { location: { addresses: unknown[] } }[])[0]?.location.addresses[0];
    expect(address).toMatchObject({ state_province: '茨城県', city: '土浦市', address_1: '大和町9番1号', country: 'JP' });
  });

  it('proves the validator can fail: a service with null where a string is required is refused', () => {
    expect(problems({ services: [{ id: 'not-a-uuid', name: null, status: 'active' }] }).length).toBeGreaterThan(0);
  });

  it('round trip: importing the export changes nothing, and the next export is the same', async () => {
    const staff = await h.as('tsuchiura.community');
    const first = (await staff.staff.directory.exportHsds()) as Doc & { generated_at: string };
    const imported = { services: first.services.filter((s) => s.kasane_source_id) };
    expect(imported.services).toHaveLength(2);
    const rows = () => asSystem(h.t.db, (tx) => tx.consultationWindow.findMany({ where: { municipalityCode: TSUCHIURA }, orderBy: { id: 'asc' }, omit: { updatedAt: true } }));
    const before = await rows();
    const r = await staff.staff.directory.import({ format: 'json', target: 'windows', content: JSON.stringify(imported) });
    expect(r).toMatchObject({ windows: 0, updated: 2 });
    expect(await rows()).toEqual(before);
    const second = (await staff.staff.directory.exportHsds()) as Doc & { generated_at: string };
    expect({ ...second, generated_at: '' }).toEqual({ ...first, generated_at: '' });
  });

  it('a window kept by staff (closed on 祝日, no source) comes back the same from its own export', async () => {
    const staff = await h.as('tsuchiura.community');
    const { id } = await staff.staff.window.create({ name: '土浦市 見本窓口（職員登録）', hours: { spans: [{ day: 'mon', open: '09:00', close: '12:00' }], closedOnHolidays: true }, published: false });
    const doc = (await staff.staff.directory.exportHsds()) as Doc;
    const mine = doc.services.filter((s) => s.id === id);
    await staff.staff.directory.import({ format: 'json', target: 'windows', content: JSON.stringify({ services: mine }) });
    const w = (await staff.staff.window.find()).find((x) => x.id === id);
    expect(w?.hours).toMatchObject({ spans: [{ day: 'mon', open: '09:00', close: '12:00' }], closedOnHolidays: true });
    expect((await staff.staff.window.find()).filter((x) => x.name === '土浦市 見本窓口（職員登録）')).toHaveLength(1);
  });

  it('writes an audit entry for the staff download', async () => {
    const entries = await h.t.db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "AuditEntry" WHERE "recordType" = 'DirectoryExport' AND "municipalityCode" = ${TSUCHIURA}`;
    expect(Number(entries[0]?.n)).toBeGreaterThanOrEqual(3);
  });
});
