// @vitest-environment node
// Issue #12 item 9: a boundary map for every prefecture ships with the portal, and a designated city
// (名古屋市, drawn in the files as its wards) gets its outline like any other municipality.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { municipalityAreas, municipalityRings } from '@kasane/ui/maps';
import type { Topology } from '@kasane/ui/maps';

const mapFile = (pp: string) => new URL(`../public/maps/N03-21_${pp}_210101.json`, import.meta.url);
const load = (pp: string) => JSON.parse(readFileSync(mapFile(pp), 'utf8')) as Topology;

describe('boundary maps', () => {
  it('ship for all 47 prefectures', () => {
    const codes = Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0'));
    for (const pp of codes) expect(Object.keys(load(pp).objects).length, pp).toBeGreaterThan(0);
  });

  it('draw 名古屋市 from its wards, and 土浦市 from its own code', () => {
    expect(municipalityRings(load('23'), '23100', '名古屋市').length).toBeGreaterThanOrEqual(16);
    expect(municipalityRings(load('23'), '23100')).toEqual([]);
    expect(municipalityRings(load('08'), '08203', '土浦市').length).toBeGreaterThan(0);
  });

  it('give every municipality of a prefecture its own area in one pass (茨城県, the prefecture map)', () => {
    const areas = municipalityAreas(load('08'), [{ code: '082031', name: '土浦市' }, { code: '082040', name: '古河市' }, { code: '999999', name: '' }]);
    expect(areas.get('082031')).toEqual(municipalityRings(load('08'), '08203', '土浦市'));
    expect(areas.get('082040')?.length).toBeGreaterThan(0);
    expect(areas.get('999999')).toEqual([]);
  });
});
