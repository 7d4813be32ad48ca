// The demo data is what the app itself would have stored: every case past the referral rests on a
// stored consent of its own person that covers 多機関協働 (C2), every case past 支援決定 carries the
// decision date (C4), and plan versions exist for the versions the case names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../src/index.js';
import { createTestDatabase } from '../src/testing/test-database.js';
import type { TestDatabase } from '../src/testing/test-database.js';

const now = new Date('2026-11-01T00:00:00Z');
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ demo: { hashPassword: async (p) => `plain:${p}`, now } });
});
afterAll(async () => t.drop());

const afterConsent = ['consented', 'support_decided', 'assessment', 'plan_drafted', 'plan_approved', 'monitoring', 'review', 'handed_over', 'closure_evaluated'];
const afterDecision = afterConsent.filter((s) => s !== 'consented');

describe('demo cases', () => {
  it('store the consent of the referral and the 支援決定 date where the status implies them', async () => {
    const cases = await asSystem(t.db, (tx) => tx.case.findMany({ include: { participants: true } }));
    const consents = await asSystem(t.db, (tx) => tx.consent.findMany());
    const events = await asSystem(t.db, (tx) => tx.caseEventLog.findMany({ orderBy: { at: 'asc' } }));
    expect(cases.length).toBeGreaterThan(20);
    for (const c of cases) {
      const history = events.filter((e) => e.caseId === c.id);
      const referred = history.some((e) => e.type === 'record_consent');
      const decided = history.some((e) => e.type === 'decide_support');
      expect(history.at(-1)?.toStatus, c.id).toBe(c.status);
      expect(c.version).toBe(1 + history.length);
      if (afterConsent.includes(c.status)) expect(referred, `${c.status} without a referral`).toBe(true);
      if (afterDecision.includes(c.status)) expect(decided, `${c.status} without 支援決定`).toBe(true);
      if (referred) {
        const consent = consents.find((k) => k.id === c.consentId);
        expect(consent, `${c.status}: consent`).toBeDefined();
        expect(consent?.personId).toBe(c.primaryPersonId);
        expect(consent?.purposes).toContain('coordination');
        expect(consent && consent.obtainedAt.getTime() <= (history.find((e) => e.type === 'record_consent')?.at.getTime() ?? 0)).toBe(true);
      } else {
        expect(c.consentId).toBeNull();
      }
      if (decided) {
        const at = history.find((e) => e.type === 'decide_support')?.at ?? now;
        expect(c.supportDecidedAt?.toISOString().slice(0, 10)).toBe(new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10));
      } else {
        expect(c.supportDecidedAt).toBeNull();
      }
      if (c.status === 'closed') expect(c.closedAt).not.toBeNull();
    }
  });

  it('keep a plan for every version a case names, drafted or approved', async () => {
    const cases = await asSystem(t.db, (tx) => tx.case.findMany({ where: { planVersion: { gt: 0 } } }));
    const plans = await asSystem(t.db, (tx) => tx.supportPlan.findMany());
    expect(cases.map((c) => c.status)).toEqual(expect.arrayContaining(['plan_drafted']));
    for (const c of cases) {
      const latest = plans.find((p) => p.caseId === c.id && p.version === c.planVersion);
      expect(latest?.status).toBe(c.approvedPlanVersion === c.planVersion ? 'approved' : 'draft');
    }
  });
});
