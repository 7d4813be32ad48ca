// `pnpm kasane directory:import FILE` with places and activities (issue #12, ADR 0029): each record by
// its own kind, routed by municipality code, with its source and credit; published as national data
// where no one uses Kasane, unpublished where staff do; a second run updates and adds nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@kasane/api';
import { asSystem } from '@kasane/db';
import { createTestDatabase } from '@kasane/db/testing';
import type { TestDatabase } from '@kasane/db/testing';
import { directoryImportCommand } from '../src/cli/directory-commands.js';

let t: TestDatabase;
const dir = mkdtempSync(join(tmpdir(), 'kasane-hsds-places-'));
const MITO = '082015'; // no one uses Kasane there
const KOGA = '082040';

beforeAll(async () => {
  t = await createTestDatabase({ demo: { hashPassword, now: new Date() } });
}, 300_000);
afterAll(async () => {
  await t.drop();
  rmSync(dir, { recursive: true, force: true });
});

const activity = (code: string, city: string, id: string, location: string) => ({
  id, name: `${city} 見本の活動 ${id}`, kasane_kind: 'activity', kasane_place_kind: 'salon', kasane_municipality_code: code, kasane_audiences: ['older_people'],
  schedules: [{ freq: 'WEEKLY', byday: 'TU', opens_at: '13:30', closes_at: '15:00' }],
  service_at_locations: [{ location: { id: location, name: `${city} 見本サロン`, addresses: [{ state_province: '茨城県', city, address_1: '見本町1-1' }] } }],
});
const national = {
  kasane_source: { name: '全国居場所データ（見本）', licence: 'CC BY 4.0', credit: '出典：見本の全国データ', url: 'https://example.org/national' },
  services: [
    activity(MITO, '水戸市', 'nat-mito-1', 'nat-loc-mito'),
    activity(MITO, '水戸市', 'nat-mito-2', 'nat-loc-mito'),
    activity(KOGA, '古河市', 'nat-koga-1', 'nat-loc-koga'),
    { id: 'nat-mito-window', name: '水戸市 見本相談窓口', kasane_municipality_code: MITO, schedules: [{ description: '平日 8:30〜17:15' }] },
  ],
};

const run = async (file: string) => {
  const out: string[] = [];
  const io = { readStdin: () => Promise.reject(new Error('no stdin')), out: (s: string) => void out.push(s), err: (s: string) => void out.push(s), now: () => new Date() };
  const code = await directoryImportCommand(t.db, [file], io);
  return { code, result: JSON.parse(out[0] ?? '{}') as Record<string, unknown> };
};

describe('directory:import with places and activities', () => {
  it('loads each record by its kind into its municipality, with its credit; national data published only where no one uses Kasane', async () => {
    const file = join(dir, 'national.json');
    writeFileSync(file, JSON.stringify(national));
    const { code, result } = await run(file);
    expect(code).toBe(0);
    expect(result).toMatchObject({ rows: 4, inserted: 4, updated: 0, places: { inserted: 2, updated: 0 }, municipalities: 2, refused: 0 });
    const places = await asSystem(t.db, (tx) => tx.communityPlace.findMany({ where: { sourceId: { startsWith: 'nat-' } }, include: { activities: true }, orderBy: { municipalityCode: 'asc' } }));
    expect(places.map((p) => [p.municipalityCode, p.sourceId, p.published, p.activities.length])).toEqual([
      [MITO, 'nat-loc-mito', true, 2],
      [KOGA, 'nat-loc-koga', false, 1],
    ]);
    expect(places[0]).toMatchObject({ address: '茨城県水戸市見本町1-1', sourceCredit: '出典：見本の全国データ', sourceLicence: 'CC BY 4.0' });
    expect(places[0]?.activities.every((a) => a.published && a.sourceCredit === '出典：見本の全国データ')).toBe(true);
    expect(await asSystem(t.db, (tx) => tx.consultationWindow.count({ where: { municipalityCode: MITO, sourceId: 'nat-mito-window' } }))).toBe(1);
  });

  it('a second run updates and adds nothing', async () => {
    const file = join(dir, 'national-2.json');
    writeFileSync(file, JSON.stringify({ ...national, kasane_source: { ...national.kasane_source, credit: '出典：見本の全国データ（第2版）' } }));
    const { code, result } = await run(file);
    expect(code).toBe(0);
    expect(result).toMatchObject({ inserted: 0, updated: 4, places: { inserted: 0, updated: 2 } });
    const counts = await asSystem(t.db, async (tx) => [await tx.communityPlace.count({ where: { sourceId: { startsWith: 'nat-' } } }), await tx.communityActivity.count({ where: { sourceId: { startsWith: 'nat-' } } })]);
    expect(counts).toEqual([2, 3]);
    const mito = await asSystem(t.db, (tx) => tx.communityActivity.findFirst({ where: { municipalityCode: MITO, sourceId: 'nat-mito-1' } }));
    expect(mito?.sourceCredit).toBe('出典：見本の全国データ（第2版）');
  });
});
