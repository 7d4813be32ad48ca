// The HSDS 3.0 tabular export (issue #12): one CSV per table, checked against the tabular schema of
// the specification (schema.csv: each table's fields, formats, required flags, enums), with every id
// unique and every link (service_id, location_id, organization_id, taxonomy_term_id) resolving.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HSDS_TABLES, hsdsTableCsv } from '../src/services/community/hsds-tabular.js';
import type { HsdsTable } from '../src/services/community/hsds-tabular.js';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

type Field = { table_name: string; name: string; type: string; format: string; constraints_required: string; constraints_tablular_required: string; enum: string };
const schema = parse<Field>(readFileSync(fileURLToPath(new URL('./fixtures/hsds-schema/schema.csv', import.meta.url)), 'utf8'), { columns: true, relax_column_count: true, skip_empty_lines: true });
const fieldsOf = (table: string) => new Map(schema.filter((f) => f.table_name === table).map((f) => [f.name, f]));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const mayBeEmpty = new Set(['address_1', 'city', 'state_province', 'postal_code', 'description']);
const links: Record<string, HsdsTable> = { service_id: 'service', location_id: 'location', organization_id: 'organization', taxonomy_term_id: 'taxonomy_term', link_id: 'service' };

/** Every problem of a set of tables (table name → CSV text) against schema.csv. */
function tabularProblems(files: Partial<Record<HsdsTable, string>>): string[] {
  const out: string[] = [];
  const tables = new Map(Object.entries(files).map(([name, text]) => [name, parse<Record<string, string>>(text, { bom: true, columns: true })]));
  const ids = new Map([...tables].map(([name, rows]) => [name, new Set(rows.map((r) => r.id))]));
  for (const [name, rows] of tables) {
    const fields = fieldsOf(name);
    const header = Object.keys(rows[0] ?? {});
    for (const c of header) if (!fields.has(c)) out.push(`${name}: column ${c} is not in the table`);
    for (const f of fields.values()) if (f.type && (f.constraints_required === 'true' || f.constraints_tablular_required === 'true') && rows.length && !header.includes(f.name)) out.push(`${name}: required column ${f.name} missing`);
    if ((ids.get(name)?.size ?? 0) !== rows.length) out.push(`${name}: ids not unique`);
    rows.forEach((r, i) => {
      const where = `${name} row ${i + 1}`;
      for (const [c, v] of Object.entries(r)) {
        const f = fields.get(c);
        if (!f) continue;
        if (!v) {
          // required fields must carry a value; the address parts and a description may be '' (as in the JSON schemas)
          if (f.constraints_tablular_required === 'true' || (f.constraints_required === 'true' && !mayBeEmpty.has(c))) out.push(`${where}: ${c} empty`);
          continue;
        }
        if (c === 'id' && !UUID.test(v)) out.push(`${where}: id not a UUID`);
        if (f.type === 'number' && !Number.isFinite(Number(v))) out.push(`${where}: ${c} not a number`);
        if (f.enum && !f.enum.split(',').includes(v)) out.push(`${where}: ${c} ${v} not in ${f.enum}`);
        if (f.format === 'uri' && !URL.canParse(v)) out.push(`${where}: ${c} not a URI`);
        if (f.format === 'email' && !/^[^@\s]+@[^@\s]+$/.test(v)) out.push(`${where}: ${c} not an e-mail`);
        const target = links[c];
        if (target && tables.has(target) && !ids.get(target)?.has(v)) out.push(`${where}: ${c} ${v} names no ${target}`);
      }
    });
  }
  return out;
}

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const services = [
  {
    id: 'tab-001', name: '土浦市 福祉総合相談窓口', alternate_name: 'くらしの相談', description: '暮らしの困りごと, "何でも"', url: 'https://www.city.tsuchiura.lg.jp/soudan/', email: 'soudan@example.lg.jp',
    contacts: [{ department: '保健福祉部 社会福祉課' }], phones: [{ number: '029-826-1111', type: 'voice' }], languages: [{ code: 'ja' }, { code: 'en' }],
    attributes: [{ taxonomy_term: { name: '高齢者の相談' } }, { taxonomy_term: { name: '独自分類' } }],
    schedules: [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '08:30', closes_at: '17:15' }, { description: '平日 8:30〜17:15（祝日・年末年始を除く）' }],
    service_at_locations: [{ location: { name: '土浦市役所', latitude: 36.0784, longitude: 140.2041, addresses: [{ state_province: '茨城県', city: '土浦市', address_1: '大和町9番1号', postal_code: '300-8686' }] } }],
  },
  { id: 'tab-002', name: '土浦市 こころの相談', attributes: [{ taxonomy_term: { name: '高齢者の相談' } }], schedules: [{ description: '第2・第4水曜 13:00〜16:00' }], service_at_locations: [{ location: { name: '保健センター', addresses: [] } }] },
];

describe('HSDS 3.0 tabular export', () => {
  it('every table validates against schema.csv; links resolve; each record once', async () => {
    const staff = await h.as('tsuchiura.community');
    await staff.staff.directory.import({ format: 'json', target: 'windows', content: JSON.stringify({ services }) });
    const { id: placeId } = await staff.staff.place.create({ name: '表形式サロン', kind: 'salon', audiences: ['older_people'], address: '茨城県土浦市大和町1番1号' });
    await staff.staff.activity.create({ placeId, data: { name: 'お茶会', schedule: [{ frequency: 'monthly_nth', days: ['wed'], nth: [2, 4], start: '13:00', end: '15:00' }] } });
    const doc = (await staff.staff.directory.exportHsds()) as { services: Record<string, unknown>[] };
    const files = Object.fromEntries(HSDS_TABLES.map((t) => [t, hsdsTableCsv(doc.services, t)])) as Record<HsdsTable, string>;
    expect(tabularProblems(files)).toEqual([]);
    const rows = (t: HsdsTable) => parse<Record<string, string>>(files[t], { bom: true, columns: true });
    expect(rows('service')).toHaveLength(doc.services.length);
    expect(rows('schedule').length).toBeGreaterThanOrEqual(4);
    expect(rows('taxonomy_term').filter((r) => r.name === '高齢者の相談')).toHaveLength(1);
    expect(rows('organization').length).toBeGreaterThanOrEqual(1);
    const window = rows('service').find((r) => r.name === '土浦市 福祉総合相談窓口');
    expect(window).toMatchObject({ description: '暮らしの困りごと, "何でも"', url: 'https://www.city.tsuchiura.lg.jp/soudan/', status: 'active' });
    expect(rows('schedule').find((r) => r.service_id === window?.id && r.description)?.description).toBe('平日 8:30〜17:15（祝日・年末年始を除く）');
    expect(rows('address').find((r) => r.address_1 === '大和町9番1号')).toMatchObject({ state_province: '茨城県', city: '土浦市', country: 'JP' });
    expect(files.service.startsWith('\uFEFFid,organization_id,')).toBe(true);
  });

  it('proves the checker can fail: an unknown column, an empty required field and a broken link are reported', () => {
    const found = tabularProblems({
      organization: 'id,name,description\r\n00000000-0000-5000-8000-000000000001,市,市\r\n',
      service: 'id,organization_id,name,status,colour\r\n00000000-0000-5000-8000-000000000002,00000000-0000-5000-8000-000000000009,,open,red\r\n',
    });
    expect(found).toEqual(expect.arrayContaining([
      'service: column colour is not in the table',
      'service row 1: name empty',
      'service row 1: status open not in active,inactive,defunct,temporarily closed',
      'service row 1: organization_id 00000000-0000-5000-8000-000000000009 names no organization',
    ]));
  });
});
