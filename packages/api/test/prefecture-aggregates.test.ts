// Issue #9 / ADR 0019, 0022: the prefecture reads no Consultation, Case or Organisation rows. Its overview
// counts organisations through a count-only SECURITY DEFINER function, and shows consultations only from a
// published statistics release — before one exists there is no consultation figure at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ config: { suppressionThreshold: 3 } });
});
afterAll(async () => h.close());

describe('prefecture overview', () => {
  it('counts each of its municipalities’ organisations, and only its own', async () => {
    const expected = await asSystem(h.t.db, (tx) =>
      tx.organisation.groupBy({ by: ['municipalityCode'], where: { municipalityCode: { startsWith: '08' } }, _count: true }),
    );
    expect(expected.length).toBeGreaterThan(0);
    const overview = await (await h.as('ibaraki.pref')).prefecture.municipality.find();
    expect(overview.municipalities.every((m) => m.code.startsWith('08'))).toBe(true);
    for (const m of overview.municipalities) expect(m.organisations).toBe(expected.find((e) => e.municipalityCode === m.code)?._count ?? 0);
  });

  it('shows no consultation figure before a release, although consultations are recorded', async () => {
    const recorded = await asSystem(h.t.db, (tx) => tx.consultation.count({ where: { municipalityCode: { startsWith: '08' } } }));
    expect(recorded).toBeGreaterThan(0);
    const overview = await (await h.as('ibaraki.pref')).prefecture.municipality.find();
    expect(overview.fiscalYear).toBeNull();
    expect(overview.consultationsTotal).toBeNull();
    expect(overview.municipalities.every((m) => m.consultations === null && !m.reported)).toBe(true);
  });
});
