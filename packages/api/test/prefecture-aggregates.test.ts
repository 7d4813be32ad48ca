// Issue #9 / ADR 0019: the prefecture reads no Consultation or Case rows; its overview's counts come
// from count-only SECURITY DEFINER functions and still match what the municipalities recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { fiscalYearOf, fiscalYearRange } from '@kasane/domain';
import { createHarness, fixedNow } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ config: { suppressionThreshold: 3 } });
});
afterAll(async () => h.close());

describe('prefecture overview through the count functions', () => {
  it('counts each of its municipalities’ consultations of the fiscal year, and only its own', async () => {
    const range = fiscalYearRange(fiscalYearOf(fixedNow));
    const expected = await asSystem(h.t.db, (tx) =>
      tx.consultation.groupBy({
        by: ['municipalityCode'],
        where: { municipalityCode: { startsWith: '08' }, receivedAt: { gte: new Date(`${range.start}T00:00:00+09:00`), lt: new Date(`${range.end}T24:00:00+09:00`) } },
        _count: true,
      }),
    );
    const overview = await (await h.as('ibaraki.pref')).prefecture.municipality.find();
    const shown = overview.municipalities.filter((m) => m.consultations !== null);
    expect(shown.length).toBeGreaterThan(0);
    for (const m of shown) expect(m.consultations).toBe(expected.find((e) => e.municipalityCode === m.code)?._count ?? 0);
    expect(overview.municipalities.every((m) => m.code.startsWith('08'))).toBe(true);
    const organisations = await asSystem(h.t.db, (tx) => tx.organisation.count({ where: { municipalityCode: '082031' } }));
    expect(overview.municipalities.find((m) => m.code === '082031')?.organisations).toBe(organisations);
  });
});
