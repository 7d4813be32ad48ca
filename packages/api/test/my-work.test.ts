// ホーム「あなたの仕事」 — plans due for review: the current version of a plan whose review date falls
// within the next 30 days (or has passed) appears for those who run the case — the owning or lead
// organisation and the assigned coordinator — and for nobody else; a closed case's plan and an
// earlier (superseded) version's date do not count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
const T = '082031';
const day = 86_400_000;
const ids: Record<'due' | 'closed' | 'superseded' | 'overdue' | 'far' | 'led', string> = { due: '', closed: '', superseded: '', overdue: '', far: '', led: '' };

beforeAll(async () => {
  h = await createHarness();
  const now = h.deps.now();
  const date = (days: number) => new Date(`${new Date(now.getTime() + days * day).toISOString().slice(0, 10)}T00:00:00Z`);
  await asSystem(h.t.db, async (tx) => {
    const orgs = Object.fromEntries((await tx.organisation.findMany({ where: { municipalityCode: T }, select: { id: true, kind: true } })).map((o) => [o.kind, o.id]));
    const users = Object.fromEntries((await tx.user.findMany({ where: { municipalityCode: T }, select: { id: true, loginId: true } })).map((u) => [u.loginId, u.id]));
    const houkatsu = orgs.community_general_support_center ?? '';
    const city = orgs.municipal_department ?? '';
    const shakyo = orgs.social_welfare_council ?? '';
    const coordinator = users['tsuchiura.coordinator'] ?? '';
    const fixtures: { key: keyof typeof ids; status: string; owner: string; lead?: string; coordinated: boolean; reviews: number[] }[] = [
      { key: 'due', status: 'monitoring', owner: houkatsu, coordinated: true, reviews: [-60, 10] },
      { key: 'closed', status: 'closed', owner: houkatsu, coordinated: true, reviews: [5] },
      { key: 'superseded', status: 'monitoring', owner: houkatsu, coordinated: true, reviews: [5, 90] },
      { key: 'overdue', status: 'review', owner: houkatsu, coordinated: true, reviews: [-3] },
      { key: 'far', status: 'monitoring', owner: houkatsu, coordinated: true, reviews: [45] },
      // handed over: led by 社協, owned by 包括, no coordinator assigned
      { key: 'led', status: 'handed_over', owner: houkatsu, lead: shakyo, coordinated: false, reviews: [20] },
    ];
    for (const [i, f] of fixtures.entries()) {
      const household = await tx.household.create({ data: { municipalityCode: T, address: `土浦市見本町80-${i + 1}` } });
      const person = await tx.person.create({
        data: { municipalityCode: T, householdId: household.id, familyName: '予定', givenName: f.key, familyNameKana: 'ヨテイ', givenNameKana: 'テスト', nameKanaKey: 'ヨテイテスト', nameKey: `予定${f.key}`, relationship: '本人' },
      });
      const c = await tx.case.create({
        data: {
          municipalityCode: T,
          householdId: household.id,
          primaryPersonId: person.id,
          ownerOrganisationId: f.owner,
          leadOrganisationId: f.lead ?? null,
          coordinatorUserId: f.coordinated ? coordinator : null,
          status: f.status,
          issueIds: ['work'],
          planVersion: f.reviews.length,
          approvedPlanVersion: f.reviews.length,
          participants: { create: [f.owner, city, ...(f.lead ? [f.lead] : [])].map((organisationId) => ({ organisationId, municipalityCode: T })) },
        },
      });
      ids[f.key] = c.id;
      for (const [v, review] of f.reviews.entries()) {
        await tx.supportPlan.create({
          data: {
            municipalityCode: T,
            caseId: c.id,
            version: v + 1,
            goals: [{ text: '目標' }],
            roles: [{ organisationId: f.owner, role: '調整' }],
            direction: '方向性',
            reviewDate: date(review),
            status: v + 1 === f.reviews.length ? 'approved' : 'superseded',
            createdByUserId: coordinator,
          },
        });
      }
    }
  });
});
afterAll(async () => h.close());

const ours = <T extends { caseId: string }>(plans: T[]): T[] => plans.filter((p) => Object.values(ids).includes(p.caseId));
const keyOf = (caseId: string) => (Object.entries(ids).find(([, id]) => id === caseId)?.[0] ?? caseId);

describe('my work: plans due for review', () => {
  it('shows the owning organisation its current versions due within 30 days, overdue first', async () => {
    const worker = await h.as('tsuchiura.worker'); // 地域包括支援センター, the owner
    const plans = ours((await worker.staff.work.get()).plans);
    expect(plans.map((p) => keyOf(p.caseId))).toEqual(['overdue', 'due', 'led']);
    expect(plans.find((p) => p.caseId === ids.due)).toMatchObject({ version: 2, overdue: false });
    expect(plans.find((p) => p.caseId === ids.overdue)).toMatchObject({ version: 1, overdue: true });
    expect(plans.find((p) => p.caseId === ids.due)?.reviewDate.toISOString().slice(0, 10)).toBe(new Date(h.deps.now().getTime() + 10 * day).toISOString().slice(0, 10));
  });

  it('shows the assigned coordinator (a participant organisation) the cases it coordinates', async () => {
    const coordinator = await h.as('tsuchiura.coordinator'); // 福祉総合相談課: neither owner nor lead
    expect(ours((await coordinator.staff.work.get()).plans).map((p) => keyOf(p.caseId))).toEqual(['overdue', 'due']);
  });

  it('shows the lead organisation the case it took over', async () => {
    const outreach = await h.as('tsuchiura.outreach'); // 社会福祉協議会, lead of the handed-over case
    expect(ours((await outreach.staff.work.get()).plans).map((p) => keyOf(p.caseId))).toEqual(['led']);
  });

  it('shows nothing to an unrelated organisation', async () => {
    const disability = await h.as('tsuchiura.disability');
    expect(ours((await disability.staff.work.get()).plans)).toEqual([]);
  });
});
