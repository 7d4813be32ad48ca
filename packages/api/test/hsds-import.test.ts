// HSDS 3.0 import of 相談窓口 as the national data gives them (issue #12, items 2–4): free-text hours,
// schedules once, rows routed by municipality, addresses not doubled, topics mapped, nothing invented,
// source and credit kept, re-import updates, valid rows only, bulk publish.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

const KOGA = '082040';
const TSUCHIURA = '082031';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const portal = () => h.anonymous({ cookies: { kasane_csrf: 'p' }, csrfHeader: 'p' });

const window = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  name: `古河市 見本相談窓口 ${id}`,
  alternate_name: 'くらしの相談',
  url: 'https://www.city.ibaraki-koga.lg.jp/soudan/',
  organization: { name: '古河市' },
  contacts: [{ department: '福祉部 福祉総務課' }],
  phones: [{ number: '0280-92-3111', type: 'voice', description: '代表' }, { number: '0280-92-3112', type: 'fax' }],
  attributes: [{ taxonomy_term: { name: '生活困窮者自立支援' } }, { taxonomy_term: { name: '見本の独自分類' } }],
  service_areas: [{ name: '茨城県古河市' }],
  schedules: [{ id: 'a', description: '平日 8:30〜17:15（祝日・年末年始を除く）' }],
  service_at_locations: [
    {
      schedules: [{ id: 'a', description: '平日 8:30〜17:15（祝日・年末年始を除く）' }],
      location: { name: '古河市役所', addresses: [{ state_province: '茨城県', city: '古河市', address_1: '古河市下大野2248', postal_code: '306-0291' }] },
    },
  ],
  ...over,
});

const file = (services: unknown[]) => JSON.stringify({ kasane_source: { name: '全国相談窓口データ（見本）', licence: 'CC BY 4.0', credit: '出典：見本データ' }, services });
const windowsOf = async (code: string) => asSystem(h.t.db, (tx) => tx.consultationWindow.findMany({ where: { municipalityCode: code, sourceId: { not: null } }, orderBy: { sourceId: 'asc' } }));

describe('HSDS import of windows as the national data gives them', () => {
  it('keeps free-text hours as written, once, and invents no holiday rule', async () => {
    const staff = await h.as('koga.community');
    const r = await staff.staff.directory.import({ format: 'json', target: 'windows', content: file([window('free-1')]) });
    expect(r).toMatchObject({ windows: 1, refused: 0 });
    const w = (await staff.staff.window.find()).find((x) => x.name.endsWith('free-1'));
    expect(w?.hoursText).toEqual(['平日 8:30〜17:15（祝日・年末年始を除く）']);
    expect(w?.hours.closedOnHolidays).toBe(false);
  });

  it('parses structured hours and does not double service- and location-level copies', async () => {
    const staff = await h.as('koga.community');
    const weekly = { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '08:30', closes_at: '17:15' };
    const s = window('weekly-1', { schedules: [weekly], service_at_locations: [{ schedules: [weekly], location: { name: '古河市役所', addresses: [] } }] });
    await staff.staff.directory.import({ format: 'json', target: 'windows', content: file([s]) });
    const w = (await staff.staff.window.find()).find((x) => x.name.endsWith('weekly-1'));
    expect(w?.hours.spans).toHaveLength(5);
    expect(w?.hoursText).toEqual(['月～金 08:30～17:15']);
  });

  it('keeps the address once, the URL, plain name, department, contact methods, topics and the credit', async () => {
    const [w] = (await windowsOf(KOGA)).filter((x) => x.sourceId === 'free-1');
    expect(w).toMatchObject({
      address: '茨城県古河市下大野2248', url: 'https://www.city.ibaraki-koga.lg.jp/soudan/', plainName: 'くらしの相談', department: '福祉部 福祉総務課', phone: '0280-92-3111',
      topics: ['living_hardship'], sourceTopics: ['生活困窮者自立支援', '見本の独自分類'], sourceName: '全国相談窓口データ（見本）', sourceLicence: 'CC BY 4.0', sourceCredit: '出典：見本データ',
    });
    expect(w?.contacts).toMatchObject({ phones: [{ number: '0280-92-3111', type: 'voice' }, { number: '0280-92-3112', type: 'fax' }] });
  });

  it('imports only the user’s own municipality: rows of others are counted, skipped and listed', async () => {
    const staff = await h.as('koga.community');
    const other = (id: string, over: Record<string, unknown>) => window(id, { service_areas: [], ...over });
    const content = file([
      window('own-1'),
      other('tsu-1', { kasane_municipality_code: TSUCHIURA }),
      other('mito-1', { service_at_locations: [{ location: { name: '水戸市役所', addresses: [{ state_province: '茨城県', city: '水戸市', address_1: '中央1-4-1' }] } }] }),
    ]);
    const preview = await staff.staff.directory.previewImport({ format: 'json', target: 'windows', content });
    expect(preview).toMatchObject({ rows: 3, valid: 1, errorCount: 0, elsewhereCount: 2, elsewhereMunicipalities: 2 });
    expect(preview.elsewhere.map((e) => [e.row, e.municipalityName])).toEqual([[2, '土浦市'], [3, '水戸市']]);
    const r = await staff.staff.directory.import({ format: 'json', target: 'windows', content });
    expect(r).toMatchObject({ windows: 1, elsewhere: 2 });
    expect(await asSystem(h.t.db, (tx) => tx.consultationWindow.count({ where: { sourceId: { in: ['tsu-1', 'mito-1'] } } }))).toBe(0);
  });

  it('updates instead of duplicating when the same file comes again', async () => {
    const staff = await h.as('koga.community');
    const before = (await windowsOf(KOGA)).length;
    const r = await staff.staff.directory.import({ format: 'json', target: 'windows', content: file([window('free-1', { name: '古河市 見本相談窓口（改称）' })]) });
    expect(r).toMatchObject({ windows: 0, updated: 1 });
    const after = await windowsOf(KOGA);
    expect(after).toHaveLength(before);
    expect(after.find((w) => w.sourceId === 'free-1')?.name).toBe('古河市 見本相談窓口（改称）');
  });

  it('refuses the whole file on one bad row, or imports the valid rows and lists the refused ones', async () => {
    const staff = await h.as('koga.community');
    const content = file([window('valid-1'), window('bad-1', { schedules: [{ freq: 'YEARLY', byday: 'MO' }], service_at_locations: [] })]);
    await expect(staff.staff.directory.import({ format: 'json', target: 'windows', content })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await windowsOf(KOGA)).some((w) => w.sourceId === 'valid-1')).toBe(false);
    const r = await staff.staff.directory.import({ format: 'json', target: 'windows', content, validOnly: true });
    expect(r).toMatchObject({ windows: 1, refused: 1 });
    expect((await windowsOf(KOGA)).some((w) => w.sourceId === 'bad-1')).toBe(false);
  });

  it('gives the refused and skipped rows back as uploaded, with the reason, in the upload’s own format', async () => {
    const staff = await h.as('koga.community');
    const csv = '\uFEFFid,name,byday,opens_at,closes_at,kasane_municipality_code,own_note\r\nr-ok,古河 正しい行,MO,09:00,12:00,,\r\nr-bad,"古河, 誤りの行",MO,25:00,12:00,,"メモ\n2行"\r\nr-mito,水戸の行,TU,09:00,12:00,082015,\r\n';
    const out = await staff.staff.directory.refusedRows({ format: 'csv', target: 'windows', content: csv });
    expect(out).toMatchObject({ fileName: 'hsds-refused-rows.csv', contentType: 'text/csv; charset=utf-8' });
    const rows = parse<Record<string, string>>(out.content, { bom: true, columns: true });
    expect(rows.map((r) => r.id)).toEqual(['r-bad', 'r-mito']);
    expect(rows[0]).toMatchObject({ id: 'r-bad', name: '古河, 誤りの行', byday: 'MO', opens_at: '25:00', closes_at: '12:00', own_note: 'メモ\n2行', kasane_refusal_row: '2' });
    expect(rows[0]?.kasane_refusal_reason).not.toBe('');
    expect(rows[1]?.kasane_refusal_reason).toContain('082015');
    expect(Object.keys(rows[0] ?? {})).toEqual(['id', 'name', 'byday', 'opens_at', 'closes_at', 'kasane_municipality_code', 'own_note', 'kasane_refusal_row', 'kasane_refusal_reason']);

    const bad = window('j-bad', { schedules: [{ freq: 'YEARLY', byday: 'MO' }], own: { kept: [1, 2] } });
    const json = await staff.staff.directory.refusedRows({ format: 'json', target: 'windows', content: file([window('j-ok'), bad]) });
    const doc = JSON.parse(json.content) as { services: Record<string, unknown>[] };
    expect(doc.services).toHaveLength(1);
    expect(doc.services[0]).toMatchObject({ ...bad, kasane_refusal_row: 2 });
    expect(String(doc.services[0]?.kasane_refusal_reason)).toContain('スケジュール');
  });

  it('reads and checks the file before the import’s transaction opens: the transaction only writes', async () => {
    let open = 0;
    const openWhileReading: number[] = [];
    const db = h.deps.db;
    const prisma = new Proxy(db.prisma, {
      get: (target, key): unknown =>
        key === '$transaction'
          ? async (work: (tx: unknown) => Promise<unknown>, options: unknown) =>
              (target.$transaction as (w: typeof work, o: unknown) => Promise<unknown>)(async (tx) => {
                open += 1;
                try {
                  return await work(tx);
                } finally {
                  open -= 1;
                }
              }, options)
          : (Reflect.get(target, key) as unknown),
    });
    const content = file(Array.from({ length: 50 }, (_, i) => window(`prep-${i}`)));
    const parse = JSON.parse;
    const spy = vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      if (text === content) openWhileReading.push(open);
      return parse(text, reviver) as unknown;
    });
    h.deps.db = new Proxy(db, { get: (target, key): unknown => (key === 'prisma' ? prisma : (Reflect.get(target, key) as unknown)) });
    try {
      const staff = await h.as('koga.community');
      expect(await staff.staff.directory.import({ format: 'json', target: 'windows', content })).toMatchObject({ windows: 50 });
      await expect(staff.staff.directory.previewImport({ format: 'json', target: 'windows', content })).resolves.toMatchObject({ valid: 50 });
    } finally {
      h.deps.db = db;
      spy.mockRestore();
    }
    expect(openWhileReading).toEqual([0, 0]);
  });

  it('reads the flat CSV through csv-parse (quoted commas and newlines, BOM) with the same rules', async () => {
    const staff = await h.as('koga.community');
    const csv = '\uFEFFid,name,schedule_description,state_province,city,address_1,department,taxonomy_terms,source_credit\r\ncsv-1,"窓口, ""見本""","平日 9:00〜16:00\n（祝日を除く）",茨城県,古河市,古河市長谷町38-18,"子育て支援課","子育て;独自"," 出典：見本"\r\n';
    await staff.staff.directory.import({ format: 'csv', target: 'windows', content: csv });
    const [w] = (await windowsOf(KOGA)).filter((x) => x.sourceId === 'csv-1');
    expect(w).toMatchObject({ name: '窓口, "見本"', address: '茨城県古河市長谷町38-18', department: '子育て支援課', topics: ['child_rearing'], sourceTopics: ['子育て', '独自'] });
    expect((w?.hours as { text?: string }).text).toBe('平日 9:00〜16:00\n（祝日を除く）');
  });

  it('publishes the imported windows at once; the portal shows each with its credit and hours as written', async () => {
    const staff = await h.as('koga.community');
    const { published } = await staff.staff.directory.publishImported({});
    expect(published).toBeGreaterThanOrEqual(5);
    const r = await portal().portal.window.find({ municipalityCode: KOGA });
    const w = r?.windows.find((x) => x.name === '古河市 見本相談窓口（改称）');
    expect(w).toMatchObject({ url: 'https://www.city.ibaraki-koga.lg.jp/soudan/', department: '福祉部 福祉総務課', source: { licence: 'CC BY 4.0', credit: '出典：見本データ' } });
    expect(w?.hoursText).toEqual(['平日 8:30〜17:15（祝日・年末年始を除く）']);
  });
});
