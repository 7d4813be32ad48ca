// Meetings with integrity (issue #10 items 5, 6, 9): decisions dated at the meeting, the plan version frozen
// per meeting, attendance and guests with their undertakings, 支援会議 on people who are not cases, and closure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { asSystem } from '@kasane/db';
import { createHarness, fixedNow } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
const T = '082031';
const households: Record<string, { caseId: string; personIds: string[]; householdId: string }> = {};
const orgs: Record<string, string> = {};
const users: Record<string, string> = {};

async function refused(p: Promise<unknown>): Promise<{ code: string; appCode: string | undefined; message: string }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TRPCError);
    return { code: (e as TRPCError).code, appCode: (e as { appCode?: string }).appCode, message: (e as TRPCError).message };
  }
  throw new Error('expected a refusal');
}

beforeAll(async () => {
  h = await createHarness();
  await asSystem(h.t.db, async (tx) => {
    for (const street of ['4-2', '6-1']) {
      const household = await tx.household.findFirstOrThrow({ where: { municipalityCode: T, address: `土浦市見本町${street}` }, select: { id: true, persons: { select: { id: true }, orderBy: { birthDate: 'asc' } }, cases: { select: { id: true } } } });
      households[street] = { householdId: household.id, personIds: household.persons.map((p) => p.id), caseId: household.cases[0]?.id ?? '' };
    }
    for (const o of await tx.organisation.findMany({ where: { municipalityCode: T }, select: { id: true, kind: true } })) orgs[o.kind] = o.id;
    for (const u of await tx.user.findMany({ where: { municipalityCode: T }, select: { id: true, loginId: true } })) users[u.loginId] = u.id;
  });
});
afterAll(async () => h.close());

const city = () => orgs.municipal_department ?? '';
const welfareOffice = () => orgs.public_assistance_office ?? '';
const shakyo = () => orgs.social_welfare_council ?? '';

async function meeting(kind: 'jusoteki' | 'shien', title: string, scheduledAt: string) {
  const c = await h.as('tsuchiura.coordinator');
  const typeId = (await c.staff.meeting.options()).types.find((t) => t.kind === kind)?.id ?? '';
  return (await c.staff.meeting.create({ meetingTypeId: typeId, title, scheduledAt: new Date(scheduledAt) })).id;
}

const auditEntries = (recordType: string, recordId: string) =>
  asSystem(h.t.db, (tx) => tx.auditEntry.findMany({ where: { municipalityCode: T, recordType, recordId }, select: { action: true, legalBasis: true, basisRef: true } }));

describe('the plan version a meeting judged is frozen with it; decisions bear the meeting’s date', () => {
  const caseId = () => households['6-1']?.caseId ?? '';
  let first = '';
  let item = '';
  const plan = (direction: string) => ({
    goals: [{ text: '進学費用の見通しを立てる' }],
    roles: [
      { organisationId: city(), role: '全体の調整' },
      { organisationId: welfareOffice(), role: '保護の実施（中心）' },
    ],
    direction,
    reviewDate: '2027-02-20',
  });

  it('refuses a decision before the meeting’s day, and dates one typed in later at the meeting', async () => {
    const c = await h.as('tsuchiura.coordinator');
    let v = await c.staff.coordination.get({ caseId: caseId() });
    // 支援決定 keeps the day the municipality decided, entered afterwards; a future day is refused
    expect((await refused(c.staff.coordination.advance({ caseId: caseId(), expectedVersion: v.version, event: 'decide_support', decidedOn: '2026-11-21' }))).appCode).toBe('VALIDATION');
    await c.staff.coordination.advance({ caseId: caseId(), expectedVersion: v.version, event: 'decide_support', decidedOn: '2026-11-16' });
    v = await c.staff.coordination.get({ caseId: caseId() });
    expect(v.supportDecidedAt).toBe('2026-11-16');
    v = await c.staff.coordination.get({ caseId: (await c.staff.coordination.advance({ caseId: caseId(), expectedVersion: v.version, event: 'start_assessment' })).id });
    await c.staff.coordination.draftPlan({ caseId: caseId(), expectedVersion: v.version, plan: plan('第1版の方針') });
    const son = households['6-1']?.personIds[1] ?? '';
    await (await h.as('tsuchiura.welfare')).staff.consent.recordConsent({ personId: son, organisationIds: [welfareOffice(), city(), shakyo()], purposes: ['coordination', 'support', 'meeting'], method: 'written', obtainedAt: new Date('2026-11-10T00:00:00Z') });

    const future = await meeting('jusoteki', '重層的支援会議（12月）', '2026-12-10T05:00:00Z');
    const futureItem = (await c.staff.meeting.addAgendaItem({ meetingId: future, caseId: caseId() })).id;
    const early = await refused(c.staff.meeting.decide({ meetingId: future, agendaItemId: futureItem, decision: 'plan_approval', expectedCaseVersion: (await c.staff.coordination.get({ caseId: caseId() })).version }));
    expect(early).toMatchObject({ appCode: 'VALIDATION', message: '開催日より前には会議の決定を記録できません。開催後に、会議で決まったことを記録してください。' });

    first = await meeting('jusoteki', '重層的支援会議（11月）', '2026-11-17T05:00:00Z');
    item = (await c.staff.meeting.addAgendaItem({ meetingId: first, caseId: caseId() })).id;
    const view = await c.staff.meeting.get({ meetingId: first });
    await c.staff.meeting.decide({ meetingId: first, agendaItemId: item, decision: 'plan_approval', expectedCaseVersion: view.agenda[0]?.caseVersion ?? 0, note: '適切' });
    const after = await c.staff.meeting.get({ meetingId: first });
    expect(after.decisions[0]).toMatchObject({ decidedAt: new Date('2026-11-17T05:00:00Z'), recordedAt: fixedNow });
    const caseView = await c.staff.coordination.get({ caseId: caseId() });
    expect(caseView.plans[0]?.approvedAt).toEqual(new Date('2026-11-17T05:00:00Z'));
  });

  it('an old meeting keeps showing the version it approved after a new one is drafted', async () => {
    const c = await h.as('tsuchiura.coordinator');
    let v = await c.staff.coordination.get({ caseId: caseId() });
    for (const event of ['start_monitoring', 'start_review'] as const) v = await c.staff.coordination.get({ caseId: (await c.staff.coordination.advance({ caseId: caseId(), expectedVersion: v.version, event })).id });
    await c.staff.coordination.draftPlan({ caseId: caseId(), expectedVersion: v.version, plan: plan('第2版の方針') });
    const old = await c.staff.meeting.get({ meetingId: first });
    expect(old.agenda[0]?.plan).toMatchObject({ version: 1, direction: '第1版の方針' });
    expect(old.agenda[0]?.currentPlanVersion).toBe(2);
  });

  it('refuses to approve at a meeting a version drafted after the agenda was set', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const second = await meeting('jusoteki', '重層的支援会議（11月・臨時）', '2026-11-18T05:00:00Z');
    const tabled = (await c.staff.meeting.addAgendaItem({ meetingId: second, caseId: caseId() })).id;
    expect((await c.staff.meeting.get({ meetingId: second })).agenda[0]?.plan?.version).toBe(2);
    // a third version appears (the draft is superseded by a newer review) after tabling: simulated by the row itself
    await asSystem(h.t.db, (tx) => tx.agendaItem.update({ where: { id: tabled }, data: { planVersion: 1 } }));
    const v = await c.staff.coordination.get({ caseId: caseId() });
    const r = await refused(c.staff.meeting.decide({ meetingId: second, agendaItemId: tabled, decision: 'plan_approval', expectedCaseVersion: v.version }));
    expect(r.appCode).toBe('INVALID_TRANSITION');
    expect(r.message).toContain('第1版');
  });
});

describe('attendance and guests who are not users', () => {
  it('a 支援会議 guest is recorded present only once the paper undertaking is noted, dated by the meeting', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const meetingId = await meeting('shien', 'スクラムネット（11月）', '2026-11-19T01:00:00Z');
    await c.staff.meeting.signUndertaking({ meetingId });
    const guest = await c.staff.meeting.addGuest({ meetingId, name: '見本 ケア子', organisationName: '見本町居宅介護支援事業所', roleNote: 'ケアマネジャー' });
    const me = users['tsuchiura.coordinator'] ?? '';
    const r = await refused(c.staff.meeting.recordAttendance({ meetingId, members: [{ userId: me, attendance: 'present' }], guests: [{ guestId: guest.id, attendance: 'present' }] }));
    expect(r).toMatchObject({ appCode: 'UNDERTAKING_MISSING' });
    expect(r.message).toContain('誓約');
    await c.staff.meeting.recordAttendance({ meetingId, members: [], guests: [{ guestId: guest.id, attendance: 'absent' }] });
    expect((await refused(c.staff.meeting.noteGuestUndertaking({ meetingId, guestId: guest.id, on: '2026-11-21' }))).appCode).toBe('VALIDATION');
    await c.staff.meeting.noteGuestUndertaking({ meetingId, guestId: guest.id, on: '2026-11-19' });
    await c.staff.meeting.recordAttendance({ meetingId, members: [{ userId: me, attendance: 'present' }], guests: [{ guestId: guest.id, attendance: 'late' }] });
    const view = await c.staff.meeting.get({ meetingId });
    expect(view.guests).toEqual([expect.objectContaining({ name: '見本 ケア子', undertakingOnPaperOn: '2026-11-19', attendance: 'late', attendanceLabel: '遅参' })]);
    expect(view.members.find((m) => m.userId === me)).toMatchObject({ attendance: 'present', attendanceLabel: '出席' });
    expect((await auditEntries('MeetingGuestUndertaking', guest.id)).length).toBe(1);
    // a member who has not signed sees no guest
    await c.staff.meeting.addMember({ meetingId, userId: users['tsuchiura.member'] ?? '' });
    expect((await (await h.as('tsuchiura.member')).staff.meeting.get({ meetingId })).guests).toEqual([]);
  });

  it('attendance waits for the meeting’s day; a 重層的支援会議 guest needs no undertaking', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const later = await meeting('jusoteki', '重層的支援会議（1月）', '2027-01-12T05:00:00Z');
    expect((await refused(c.staff.meeting.recordAttendance({ meetingId: later, members: [{ userId: users['tsuchiura.coordinator'] ?? '', attendance: 'present' }], guests: [] }))).appCode).toBe('VALIDATION');
    const held = await meeting('jusoteki', '重層的支援会議（11月・ゲスト）', '2026-11-18T05:00:00Z');
    const guest = await c.staff.meeting.addGuest({ meetingId: held, name: '見本 医療子', organisationName: '土浦見本病院', roleNote: 'MSW' });
    await c.staff.meeting.recordAttendance({ meetingId: held, members: [], guests: [{ guestId: guest.id, attendance: 'present' }] });
    expect((await c.staff.meeting.get({ meetingId: held })).guests[0]?.attendance).toBe('present');
  });
});

describe('支援会議 on people who are not cases (法第106条の6)', () => {
  it('takes an outreach subject and a described person; a 重層的支援会議 refuses both', async () => {
    const outreach = await h.as('tsuchiura.outreach');
    const subject = await outreach.staff.outreach.create({ label: '見本町5丁目の一人暮らしの男性', areaNote: '5丁目の公園近く' });
    const jusoteki = await meeting('jusoteki', '重層的支援会議（11月・対象外）', '2026-11-18T05:00:00Z');
    const c = await h.as('tsuchiura.coordinator');
    await c.staff.meeting.addMember({ meetingId: jusoteki, userId: users['tsuchiura.outreach'] ?? '' });
    const r1 = await refused(outreach.staff.meeting.addAgendaItem({ meetingId: jusoteki, outreachSubjectId: subject.id }));
    expect(r1).toMatchObject({ appCode: 'SUPPORT_DECISION_REQUIRED' });
    expect(r1.message).toContain('支援会議（社会福祉法第106条の6）');
    expect((await refused(c.staff.meeting.addAgendaItem({ meetingId: jusoteki, description: '民生委員から報告のあった高齢女性' }))).appCode).toBe('SUPPORT_DECISION_REQUIRED');
    const dv = households['4-2'] ?? { householdId: '', personIds: [] };
    expect((await refused(c.staff.meeting.addAgendaItem({ meetingId: jusoteki, householdId: dv.householdId, personIds: dv.personIds.slice(0, 1) }))).appCode).toBe('SUPPORT_DECISION_REQUIRED');

    const shien = await meeting('shien', 'スクラムネット（臨時）', '2026-11-18T01:00:00Z');
    await c.staff.meeting.addMember({ meetingId: shien, userId: users['tsuchiura.outreach'] ?? '' });
    await c.staff.meeting.signUndertaking({ meetingId: shien });
    await outreach.staff.meeting.signUndertaking({ meetingId: shien });
    // only the organisation doing the outreach holds its record and brings it
    expect((await refused(c.staff.meeting.addAgendaItem({ meetingId: shien, outreachSubjectId: subject.id }))).code).toBe('NOT_FOUND');
    const o = await outreach.staff.meeting.addAgendaItem({ meetingId: shien, outreachSubjectId: subject.id, notes: '見守りの分担' });
    expect(o.basis).toBe('support_meeting');
    await c.staff.meeting.addAgendaItem({ meetingId: shien, description: '民生委員から報告のあった、見本町3丁目の高齢女性（氏名不明）' });
    const view = await c.staff.meeting.get({ meetingId: shien });
    expect(view.agenda.map((a) => [a.subjectKind, a.subject.label])).toEqual([
      ['outreach', '見本町5丁目の一人暮らしの男性'],
      ['description', '民生委員から報告のあった、見本町3丁目の高齢女性（氏名不明）'],
    ]);
    // every read of the outreach record through the meeting is audited on the 支援会議
    expect(await auditEntries('OutreachSubject', subject.id)).toEqual(expect.arrayContaining([{ action: 'read', legalBasis: 'support_meeting', basisRef: shien }, { action: 'write', legalBasis: 'support_meeting', basisRef: shien }]));
  });
});

describe('a 支援会議 decides on subjects that are not cases (ADR 0034)', () => {
  it('records the direction of support and roles for an outreach subject, a described person and a household member, audited on the meeting', async () => {
    const outreach = await h.as('tsuchiura.outreach');
    const c = await h.as('tsuchiura.coordinator');
    const subject = await outreach.staff.outreach.create({ label: '見本町7丁目の男性', areaNote: '7丁目の団地' });
    const shien = await meeting('shien', 'スクラムネット（11月臨時）', '2026-11-19T01:00:00Z');
    await c.staff.meeting.addMember({ meetingId: shien, userId: users['tsuchiura.outreach'] ?? '' });
    await c.staff.meeting.signUndertaking({ meetingId: shien });
    await outreach.staff.meeting.signUndertaking({ meetingId: shien });
    const o = await outreach.staff.meeting.addAgendaItem({ meetingId: shien, outreachSubjectId: subject.id });
    const described = await c.staff.meeting.addAgendaItem({ meetingId: shien, description: '民生委員から報告のあった、7丁目の高齢女性（氏名不明）' });
    const member = households['4-2'] ?? { householdId: '', personIds: [] };
    const p = await c.staff.meeting.addAgendaItem({ meetingId: shien, householdId: member.householdId, personIds: member.personIds.slice(0, 1) });

    expect((await refused(c.staff.meeting.decide({ meetingId: shien, agendaItemId: o.id, decision: 'support_direction' }))).code).toBe('BAD_REQUEST');
    expect((await refused(c.staff.meeting.decide({ meetingId: shien, agendaItemId: o.id, decision: 'plan_approval' }))).appCode).toBe('DECISION_NOT_ALLOWED');
    const r = await c.staff.meeting.decide({ meetingId: shien, agendaItemId: o.id, decision: 'support_direction', note: '訪問は週1回、社協と交互に' });
    expect(r).toMatchObject({ caseId: null });
    await c.staff.meeting.decide({ meetingId: shien, agendaItemId: described.id, decision: 'role_assignment', roles: [{ organisationId: shakyo(), role: '見守り訪問' }] });
    await c.staff.meeting.decide({ meetingId: shien, agendaItemId: p.id, decision: 'support_direction', note: '本人の同意を得る働きかけを地域包括が行う' });

    const view = await c.staff.meeting.get({ meetingId: shien });
    const of = (itemId: string) => view.decisions.filter((d) => d.agendaItemId === itemId).map((d) => [d.label, d.note, new Date(d.decidedAt).toISOString()]);
    expect(of(o.id)).toEqual([['支援の方向性（検討の結果）', '訪問は週1回、社協と交互に', '2026-11-19T01:00:00.000Z']]);
    expect(of(described.id)).toEqual([['支援関係機関の役割分担', null, '2026-11-19T01:00:00.000Z']]);
    expect(of(p.id)).toHaveLength(1);
    expect(await auditEntries('MeetingDecision', o.id)).toEqual([{ action: 'write', legalBasis: 'support_meeting', basisRef: shien }]);
    expect(await auditEntries('MeetingDecision', described.id)).toEqual([{ action: 'write', legalBasis: 'support_meeting', basisRef: shien }]);
    expect((await auditEntries('MeetingDecision', p.id)).map((e) => e.action)).toEqual(['write']);
  });
});

describe('終結 and the consent the plan rests on', () => {
  it('refuses a closure without its reason and keeps reason and day', async () => {
    const worker = await h.as('tsuchiura.worker');
    const intake = await worker.staff.intake.record({
      channel: 'window',
      consulterType: 'self',
      household: { address: '土浦市見本町12-1（架空）' },
      persons: [{ familyName: '見本', givenName: '五郎', familyNameKana: 'ミホン', givenNameKana: 'ゴロウ', birthDate: '1958-04-04' }],
      issueIds: ['work'],
      summary: '仕事探しについて。',
      triage: 'coordination',
    });
    const caseId = intake.caseId ?? '';
    const v = await worker.staff.coordination.get({ caseId });
    expect((await refused(worker.staff.coordination.advance({ caseId, expectedVersion: v.version, event: 'close' }))).message).toBe('終結理由と終結日を記録してください。');
    expect((await refused(worker.staff.coordination.advance({ caseId, expectedVersion: v.version, event: 'close', closure: { reason: 'goals_met', reasonText: '  ', closedOn: '2026-11-20' } }))).code).toBe('BAD_REQUEST');
    await worker.staff.coordination.advance({ caseId, expectedVersion: v.version, event: 'close', closure: { reason: 'stable_with_existing_services', reasonText: 'ハローワークの紹介で解決', closedOn: '2026-11-19' } });
    const closed = await worker.staff.coordination.get({ caseId });
    expect(closed.closures).toEqual([expect.objectContaining({ reason: 'stable_with_existing_services', reasonLabel: '既存の支援で安定', reasonText: 'ハローワークの紹介で解決', closedOn: '2026-11-19' })]);
    expect(closed.events.at(-1)?.note).toBe('終結理由：既存の支援で安定（ハローワークの紹介で解決）');
  });

  it('names the organisations the person’s consent covers, for the plan form’s warning', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const view = await c.staff.coordination.get({ caseId: households['6-1']?.caseId ?? '' });
    expect(view.consentCoveredOrganisationIds).toContain(city());
    expect(view.consentCoveredOrganisationIds).not.toContain(orgs.disability_consultation ?? 'none');
  });
});

describe('consent signer and withdrawal', () => {
  it('records who signed (本人・代理人・成年後見人) and the withdrawal’s day, method and reason', async () => {
    const worker = await h.as('tsuchiura.welfare');
    const personId = households['6-1']?.personIds[0] ?? '';
    const r = await refused(worker.staff.consent.recordConsent({ personId, organisationIds: [shakyo()], purposes: ['support'], method: 'written', obtainedAt: new Date('2026-11-01T00:00:00Z'), signer: { kind: 'adult_guardian', name: '見本 後見' } }));
    expect(r).toMatchObject({ appCode: 'VALIDATION', message: '成年後見人と本人との関係を入力してください。' });
    const { consentId } = await worker.staff.consent.recordConsent({ personId, organisationIds: [shakyo()], purposes: ['support'], method: 'written', obtainedAt: new Date('2026-11-01T00:00:00Z'), signer: { kind: 'adult_guardian', name: '見本 後見', relation: '成年後見人（司法書士）' } });
    expect((await worker.staff.consent.get({ consentId })).consent.signer).toEqual({ kind: 'adult_guardian', label: '成年後見人', name: '見本 後見', relation: '成年後見人（司法書士）' });
    expect((await refused(worker.staff.consent.withdrawConsent({ consentId, withdrawnOn: '2026-10-31', method: 'phone', note: '本人の申し出' }))).appCode).toBe('VALIDATION');
    await worker.staff.consent.withdrawConsent({ consentId, withdrawnOn: '2026-11-18', method: 'phone', note: '後見人から電話で申し出' });
    const after = (await worker.staff.consent.get({ consentId })).consent;
    expect(after).toMatchObject({ withdrawnOn: '2026-11-18', withdrawalMethod: 'phone', withdrawalMethodLabel: '電話', withdrawalNote: '後見人から電話で申し出', withdrawnAt: fixedNow });
  });
});
