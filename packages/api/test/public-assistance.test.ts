// C10 (issue #8 finding 6): only the 保護の実施機関 or the coordinator changes the 被保護 flag; the
// office joins the household's open cases when it is set; every change is audited and kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { appCodeOf } from './support/outcome.js';

let h: Harness;
let household: string; // 見本町1-1: a case owned by 地域包括, the parent's consent names 地域包括・市・社協
let son: string;
let office: string;

beforeAll(async () => {
  h = await createHarness();
  const people = await asSystem(h.t.db, (tx) =>
    tx.person.findMany({ where: { municipalityCode: '082031', household: { address: '土浦市見本町1-1' } }, orderBy: { birthDate: 'asc' }, select: { id: true, householdId: true } }),
  );
  son = people[1]?.id ?? '';
  household = people[0]?.householdId ?? '';
  office = (await asSystem(h.t.db, (tx) => tx.organisation.findFirstOrThrow({ where: { municipalityCode: '082031', isPublicAssistanceOffice: true }, select: { id: true } }))).id;
});
afterAll(async () => h.close());

describe('who may change the 被保護 flag (C10)', () => {
  it('refuses a consent-based organisation and the case owner alike', async () => {
    for (const login of ['tsuchiura.worker', 'tsuchiura.outreach']) {
      const caller = await h.as(login);
      expect(await appCodeOf(caller.staff.household.setPublicAssistance({ householdId: household, onPublicAssistance: true }))).toBe('ROLE_FORBIDDEN');
    }
    const row = await asSystem(h.t.db, (tx) => tx.household.findUniqueOrThrow({ where: { id: household }, select: { onPublicAssistance: true } }));
    expect(row.onPublicAssistance).toBe(false);
  });

  it('lets the coordinator set it; the office joins the open cases and reads on its own basis', async () => {
    const coordinator = await h.as('tsuchiura.coordinator');
    await coordinator.staff.household.setPublicAssistance({ householdId: household, onPublicAssistance: true, officeOrganisationId: office });
    const participants = await asSystem(h.t.db, (tx) => tx.caseParticipant.findMany({ where: { case: { householdId: household, closedAt: null } }, select: { organisationId: true, role: true } }));
    expect(participants).toContainEqual({ organisationId: office, role: 'public_assistance_office' });
    const welfare = await h.as('tsuchiura.welfare');
    expect((await welfare.staff.person.get({ personId: son })).basis.kind).toBe('public_assistance_office');
  });

  it('does not let a consent-based organisation clear it, so the office keeps its access', async () => {
    const outreach = await h.as('tsuchiura.outreach');
    expect(await appCodeOf(outreach.staff.household.setPublicAssistance({ householdId: household, onPublicAssistance: false }))).toBe('ROLE_FORBIDDEN');
    const welfare = await h.as('tsuchiura.welfare');
    expect((await welfare.staff.person.get({ personId: son })).basis.kind).toBe('public_assistance_office');
  });

  it('lets the office itself clear it, and keeps every change in the audit log and the household’s history', async () => {
    const welfare = await h.as('tsuchiura.welfare');
    await welfare.staff.household.setPublicAssistance({ householdId: household, onPublicAssistance: false });
    const worker = await h.as('tsuchiura.worker');
    const history = await worker.staff.household.publicAssistanceHistory({ householdId: household });
    expect(history.items.map((i) => ({ on: i.onPublicAssistance, by: i.changedByOrganisation, office: i.office }))).toEqual([
      { on: false, by: '土浦市福祉事務所（生活保護）', office: '土浦市福祉事務所（生活保護）' },
      { on: true, by: '土浦市役所 福祉総合相談課', office: '土浦市福祉事務所（生活保護）' },
    ]);
    const entries = await h.t.db.prisma.$queryRaw<{ action: string; recordId: string; basisRef: string | null; actorRole: string }[]>`
      SELECT action, "recordId", "basisRef", "actorRole" FROM "AuditEntry" WHERE "recordType" = 'PublicAssistance' ORDER BY seq`;
    expect(entries.map((e) => [e.recordId, e.actorRole, e.basisRef])).toEqual([
      [household, 'coordinator', `set:${office}`],
      [household, 'consultation_worker', `clear:${office}`],
    ]);
  });

  it('answers NOT_FOUND for the history of another municipality’s household', async () => {
    const other = await asSystem(h.t.db, (tx) => tx.household.findFirstOrThrow({ where: { municipalityCode: '082040' }, select: { id: true } }));
    const worker = await h.as('tsuchiura.worker');
    expect(await appCodeOf(worker.staff.household.publicAssistanceHistory({ householdId: other.id }))).toBe('NOT_FOUND');
  });
});
