// Issue #8 findings 4 and 5: a case tabled at a consent-based meeting puts every person of its
// household under C4/C12, and what a 支援会議 decides stays with its members (C5). Refusals of
// meeting reads do not tell a non-member whether the meeting exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
const T = '082031';
type Household = { caseId: string; householdId: string; persons: { id: string; given: string }[] };
const households: Record<string, Household> = {};
const orgs: Record<string, string> = {};
const users: Record<string, string> = {};

async function refused(p: Promise<unknown>): Promise<{ code: string; appCode: string | undefined; message: string; details: unknown }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TRPCError);
    const err = e as TRPCError & { appCode?: string; details?: unknown };
    return { code: err.code, appCode: err.appCode, message: err.message, details: err.details ?? null };
  }
  throw new Error('expected a refusal');
}

beforeAll(async () => {
  h = await createHarness();
  await asSystem(h.t.db, async (tx) => {
    for (const street of ['1-1', '2-3', '5-8', '6-1']) {
      const household = await tx.household.findFirstOrThrow({
        where: { municipalityCode: T, address: `土浦市見本町${street}` },
        select: { id: true, persons: { select: { id: true, givenName: true }, orderBy: { birthDate: 'asc' } }, cases: { select: { id: true } } },
      });
      households[street] = { householdId: household.id, persons: household.persons.map((p) => ({ id: p.id, given: p.givenName })), caseId: household.cases[0]?.id ?? '' };
    }
    for (const o of await tx.organisation.findMany({ where: { municipalityCode: T }, select: { id: true, kind: true } })) orgs[o.kind] = o.id;
    for (const u of await tx.user.findMany({ where: { municipalityCode: T }, select: { id: true, loginId: true } })) users[u.loginId] = u.id;
  });
});
afterAll(async () => h.close());

const city = () => orgs.municipal_department ?? '';
const minsei = () => orgs.volunteer_commissioners ?? '';
const houkatsu = () => orgs.community_general_support_center ?? '';
const person = (street: string, given: string) => households[street]?.persons.find((p) => p.given === given)?.id ?? '';

async function newMeeting(kind: 'jusoteki' | 'shien', title: string): Promise<string> {
  const c = await h.as('tsuchiura.coordinator');
  const type = (await c.staff.meeting.options()).types.find((t) => t.kind === kind)?.id ?? '';
  return (await c.staff.meeting.create({ meetingTypeId: type, title, scheduledAt: new Date('2026-11-18T05:00:00Z') })).id;
}

describe('finding 4: a case is tabled with every person of it (C4, C12)', () => {
  it('refuses a case whose primary person has no consent covering the members, however the persons are picked', async () => {
    const c = await h.as('tsuchiura.coordinator');
    // 和子 (花子's mother, an adult) consents to sharing with the 民生委員; 花子, the case's primary person, does not.
    await c.staff.consent.recordConsent({ personId: person('2-3', '和子'), organisationIds: [city(), minsei()], purposes: ['meeting'], method: 'written', obtainedAt: new Date('2026-11-18T00:00:00Z') });
    const meetingId = await newMeeting('jusoteki', '重層的支援会議（民生委員同席）');
    await c.staff.meeting.addMember({ meetingId, userId: users['tsuchiura.member'] ?? '' });
    const r = await refused(c.staff.meeting.addAgendaItem({ meetingId, caseId: households['2-3']?.caseId ?? '', personIds: [person('2-3', '和子')] }));
    expect(r).toMatchObject({ code: 'FORBIDDEN', appCode: 'CONSENT_REQUIRED' });
    expect(r.message).toContain('支援会議（社会福祉法第106条の6）');
    // the refusal names no consent (no other basis) in its details
    expect(JSON.stringify(r.details)).not.toMatch(/consentId/);
    const member = await h.as('tsuchiura.member');
    const seen = JSON.stringify(await member.staff.meeting.get({ meetingId }));
    expect(seen).not.toContain('陽菜さんが学校に通える日を増やす');
    expect(seen).not.toContain('世帯全体の負担を減らし');
    expect(seen).not.toContain('花子');
  });

  it('discusses household members without a covering consent without identifying data, and withholds the plan that names them', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const meetingId = await newMeeting('jusoteki', '重層的支援会議（包括同席）');
    await c.staff.meeting.addMember({ meetingId, userId: users['tsuchiura.worker'] ?? '' });
    const item = await c.staff.meeting.addAgendaItem({ meetingId, caseId: households['2-3']?.caseId ?? '', notes: '世帯の状況の共有' });
    expect(item.basis).toBe('consent');
    const worker = await h.as('tsuchiura.worker');
    const view = await worker.staff.meeting.get({ meetingId });
    const agenda = view.agenda[0];
    expect(agenda?.persons.filter((p) => p.name !== null).map((p) => p.name)).toEqual([expect.stringContaining('花子')]);
    // 和子 and 陽菜 have no consent covering 地域包括: present, unnamed, labelled
    expect(agenda?.persons.filter((p) => p.anonymised)).toHaveLength(2);
    expect(agenda?.persons.filter((p) => p.anonymised).every((p) => p.name === null && p.personId === null)).toBe(true);
    expect(agenda?.plan).toBeNull();
    expect(agenda?.planWithheld).toBe(true);
    const seen = JSON.stringify(view);
    expect(seen).not.toContain('陽菜');
    expect(seen).not.toContain('和子');
    expect(seen).not.toContain(person('2-3', '陽菜'));
    // the meeting cannot judge a plan it was not shown
    const r = await refused(c.staff.meeting.decide({ meetingId, agendaItemId: item.id, decision: 'plan_approval', expectedCaseVersion: agenda?.caseVersion ?? 1 }));
    expect(r.appCode).toBe('CONSENT_REQUIRED');
    expect(r.message).toContain('同意');
  });
});

describe('finding 5: 支援会議 decisions stay in the meeting record (C5)', () => {
  const hoarding = () => households['5-8'] ?? { caseId: '', householdId: '', persons: [] };
  let meetingId = '';

  it('does not copy a role assignment into the case, nor show it to the case owner who is not a member', async () => {
    const c = await h.as('tsuchiura.coordinator');
    meetingId = await newMeeting('shien', 'スクラムネット 12月');
    await c.staff.meeting.addMember({ meetingId, userId: users['tsuchiura.outreach'] ?? '' });
    await c.staff.meeting.signUndertaking({ meetingId });
    const item = await c.staff.meeting.addAgendaItem({ meetingId, caseId: hoarding().caseId, notes: 'ごみの片付けと見守りの分担' });
    const view = await c.staff.meeting.get({ meetingId });
    await c.staff.meeting.decide({ meetingId, agendaItemId: item.id, decision: 'role_assignment', expectedCaseVersion: view.agenda[0]?.caseVersion ?? 1, note: '近隣からの苦情の経緯', roles: [{ organisationId: houkatsu(), role: '見守り訪問の分担' }] });

    // 社協 owns the case; this 社協 worker sits on no 支援会議
    const owner = await h.as('tsuchiura.community');
    const caseView = await owner.staff.coordination.get({ caseId: hoarding().caseId });
    expect(caseView.participants.map((p) => p.organisationId)).not.toContain(houkatsu());
    expect(caseView.decisions).toEqual([]);
    expect(JSON.stringify(caseView)).not.toContain('見守り訪問の分担');
    // 地域包括 was given a role in the meeting: the case does not become one of its cases
    const worker = await h.as('tsuchiura.worker');
    expect((await worker.staff.coordination.find()).map((x) => x.id)).not.toContain(hoarding().caseId);
    // the meeting record keeps the decision for its members
    expect((await c.staff.meeting.get({ meetingId })).decisions.map((d) => d.decision)).toEqual(['role_assignment']);
  });

  it('shows the decision on the case page to a member who signed the undertaking, and not before', async () => {
    const member = await h.as('tsuchiura.outreach');
    expect((await member.staff.coordination.get({ caseId: hoarding().caseId })).decisions).toEqual([]);
    await member.staff.meeting.signUndertaking({ meetingId });
    const after = await member.staff.coordination.get({ caseId: hoarding().caseId });
    expect(after.decisions).toMatchObject([{ decision: 'role_assignment', meetingKind: 'shien', roles: [{ organisationId: houkatsu(), role: '見守り訪問の分担' }] }]);
  });
});

describe('refusals do not tell a non-member whether a meeting exists', () => {
  it('answers a non-member exactly as for a meeting that does not exist', async () => {
    const meetingId = await newMeeting('shien', 'スクラムネット（非公開）');
    const outsider = await h.as('tsuchiura.disability');
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const call of [
      (id: string) => outsider.staff.meeting.get({ meetingId: id }),
      (id: string) => outsider.staff.meeting.signUndertaking({ meetingId: id }),
      (id: string) => outsider.staff.meeting.addAgendaItem({ meetingId: id, caseId: households['1-1']?.caseId ?? '' }),
      (id: string) => outsider.staff.meeting.recordMinutes({ meetingId: id, expectedVersion: 1, minutes: 'x' }),
    ]) {
      const existing = await refused(call(meetingId));
      const absent = await refused(call(missing));
      expect({ ...existing, details: null }).toEqual({ ...absent, details: null });
      expect(existing.code).toBe('NOT_FOUND');
    }
  });
});

