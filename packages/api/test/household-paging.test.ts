// Issue #13: household.get no longer loads every consultation of a household. It returns the newest
// `consultationLimit`, the total, and an overview (fields, issues, organisations) still drawn from all of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
let householdId = '';
beforeAll(async () => {
  h = await createHarness();
  const worker = await h.as('tsuchiura.worker');
  const r = await worker.staff.intake.record({
    channel: 'window',
    consulterType: 'self',
    household: { address: '土浦市見本町20-1' },
    persons: [{ familyName: '見本', givenName: '多恵', familyNameKana: 'ミホン', givenNameKana: 'タエ', birthDate: '1944-04-01' }],
    issueIds: ['elderly_care'],
    summary: '最初の相談',
  });
  householdId = r.householdId ?? '';
  await asSystem(h.t.db, async (tx) => {
    const first = await tx.consultation.findFirstOrThrow({ where: { householdId }, select: { organisationId: true, receivedByUserId: true, personId: true, municipalityCode: true } });
    // the oldest carries an issue no newer one has: the overview must still show it
    await tx.consultation.create({ data: { ...first, householdId, receivedAt: new Date('2020-04-01T01:00:00Z'), channel: 'phone', consulterType: 'self', issueIds: ['hoarding'], summary: 'ずっと前の相談' } });
    await tx.consultation.createMany({
      data: Array.from({ length: 118 }, (_, i) => ({ ...first, householdId, receivedAt: new Date(Date.UTC(2025, 0, 1) + i * 86_400_000), channel: 'phone', consulterType: 'self', issueIds: ['work'], summary: `継続の相談 ${i + 1}` })),
    });
  });
});
afterAll(async () => h.close());

describe('household.get pages its consultations', () => {
  it('returns the newest 50 by default, the total, and the overview of all of them', async () => {
    const view = await (await h.as('tsuchiura.worker')).staff.household.get({ householdId });
    expect(view.consultationTotal).toBe(120);
    expect(view.consultations).toHaveLength(50);
    const times = view.consultations.map((c) => new Date(c.receivedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(view.consultations.some((c) => c.visible && c.summary === 'ずっと前の相談')).toBe(false);
    expect(view.overview.issues.map((i) => i.id).sort()).toEqual(['elderly_care', 'hoarding', 'work']);
  });

  it('returns more on request, down to the oldest', async () => {
    const view = await (await h.as('tsuchiura.worker')).staff.household.get({ householdId, consultationLimit: 150 });
    expect(view.consultations).toHaveLength(120);
    expect(view.consultations.at(-1)).toMatchObject({ visible: true, summary: 'ずっと前の相談' });
  });

  it('refuses a limit out of range with a Japanese message', async () => {
    await expect((await h.as('tsuchiura.worker')).staff.household.get({ householdId, consultationLimit: 0 })).rejects.toThrow('表示件数は1件以上');
  });
});
