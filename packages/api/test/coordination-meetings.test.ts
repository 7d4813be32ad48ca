// 多機関協働, 支援プラン, meetings and アウトリーチ against the real database: the refusals of C2–C6,
// tenancy, and optimistic concurrency, each with the Japanese reason the screens show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { asSystem } from '@kasane/db';
import { apiMessages } from '../src/messages.js';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
const T = '082031';
type Ids = { caseId: string; personIds: string[]; householdId: string };
const households: Record<string, Ids> = {};
const orgs: Record<string, string> = {};
const users: Record<string, string> = {};

function appCode(e: unknown): string | undefined {
  const cause = e as TRPCError & { appCode?: string };
  return cause.appCode;
}

async function refused(p: Promise<unknown>): Promise<{ code: string; appCode: string | undefined; message: string }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TRPCError);
    return { code: (e as TRPCError).code, appCode: appCode(e), message: (e as TRPCError).message };
  }
  throw new Error('expected a refusal');
}

beforeAll(async () => {
  h = await createHarness();
  await asSystem(h.t.db, async (tx) => {
    for (const street of ['1-1', '2-3', '4-2', '5-8', '6-1', '7-4', '8-6']) {
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
const houkatsu = () => orgs.community_general_support_center ?? '';
const shakyo = () => orgs.social_welfare_council ?? '';

async function typeId(kind: string): Promise<string> {
  const c = await h.as('tsuchiura.coordinator');
  const options = await c.staff.meeting.options();
  return options.types.find((t) => t.kind === kind)?.id ?? '';
}

describe('referral to 多機関協働 (C2)', () => {
  it('is refused without the person’s consent, saying why', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const view = await c.staff.coordination.get({ caseId: households['4-2']?.caseId ?? '' });
    const r = await refused(c.staff.coordination.referToCoordination({ caseId: view.id, expectedVersion: view.version, coordinatorOrganisationId: city() }));
    expect(r).toMatchObject({ code: 'FORBIDDEN', appCode: 'CONSENT_REQUIRED', message: '多機関協働には本人の同意が必要です。先に同意を記録してください。' });
    expect((await c.staff.coordination.get({ caseId: view.id })).status).toBe('awaiting_consent');
  });

  it('goes through on a covering consent, after reopening a closed case', async () => {
    const worker = await h.as('tsuchiura.worker');
    const caseId = households['7-4']?.caseId ?? '';
    const closed = await worker.staff.coordination.get({ caseId });
    expect(closed.status).toBe('closed');
    expect((await refused(worker.staff.coordination.reopen({ caseId, expectedVersion: closed.version, reason: '  ' }))).code).toBe('BAD_REQUEST');
    const reopened = await worker.staff.coordination.reopen({ caseId, expectedVersion: closed.version, reason: '物忘れが進み、再び相談があった' });
    expect(reopened.status).toBe('intake');
    const referred = await worker.staff.coordination.referToCoordination({ caseId, expectedVersion: reopened.version, coordinatorOrganisationId: city() });
    expect(referred.status).toBe('consented');
    const view = await worker.staff.coordination.get({ caseId });
    expect(view.reopenCount).toBe(1);
    // the demo case's own history (through 終結) stays; the reopening follows it
    expect(view.events.map((e) => e.type).slice(-4)).toEqual(['close', 'reopen', 'triage', 'record_consent']);
  });
});

describe('支援決定 → assessment → plan → 重層的支援会議 → monitoring → closure (生活保護 household, C10)', () => {
  const caseId = () => households['6-1']?.caseId ?? '';
  let meetingId = '';
  let agendaItemId = '';
  const plan = (withOffice: boolean) => ({
    goals: [{ text: '子どもの進学費用の見通しを立てる' }, { text: '母の就労準備を始める' }],
    roles: [
      { organisationId: city(), role: '全体の調整（多機関協働）' },
      { organisationId: shakyo(), role: '就労準備支援' },
      ...(withOffice ? [{ organisationId: welfareOffice(), role: '保護の実施・ケースワーク（中心）' }] : []),
    ],
    direction: '保護の実施機関を中心に、進学と就労を並行して支える',
    reviewDate: '2027-02-20',
  });

  it('only the municipality decides to take the case on', async () => {
    const welfare = await h.as('tsuchiura.welfare');
    const v = await welfare.staff.coordination.get({ caseId: caseId() });
    expect(v.publicAssistance?.officeId).toBe(welfareOffice());
    const r = await refused(welfare.staff.coordination.advance({ caseId: caseId(), expectedVersion: v.version, event: 'decide_support' }));
    expect(r.appCode).toBe('ROLE_FORBIDDEN');
    const coordinator = await h.as('tsuchiura.coordinator');
    const decided = await coordinator.staff.coordination.advance({ caseId: caseId(), expectedVersion: v.version, event: 'decide_support', note: '支援決定（令和8年11月）' });
    expect(decided.status).toBe('support_decided');
    await coordinator.staff.coordination.advance({ caseId: caseId(), expectedVersion: decided.version, event: 'start_assessment' });
    await coordinator.staff.coordination.recordAssessment({ caseId: caseId(), summary: '進学費用と就労の課題が重なる', issueIds: ['public_assistance', 'education'] });
  });

  it('keeps the 保護の実施機関 central in the plan', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const v = await c.staff.coordination.get({ caseId: caseId() });
    const r = await refused(c.staff.coordination.draftPlan({ caseId: caseId(), expectedVersion: v.version, plan: plan(false) }));
    expect(r).toMatchObject({ code: 'BAD_REQUEST', appCode: 'VALIDATION', message: '生活保護を受けている世帯です。保護の実施機関（福祉事務所）の役割を支援プランに含めてください。' });
    const drafted = await c.staff.coordination.draftPlan({ caseId: caseId(), expectedVersion: v.version, plan: plan(true) });
    expect(drafted).toMatchObject({ status: 'plan_drafted', planVersion: 1 });
  });

  it('never lets two workers silently overwrite the same plan (optimistic concurrency)', async () => {
    const a = await h.as('tsuchiura.coordinator');
    const b = await h.as('tsuchiura.welfare');
    const [va, vb] = [await a.staff.coordination.get({ caseId: caseId() }), await b.staff.coordination.get({ caseId: caseId() })];
    expect(va.version).toBe(vb.version);
    await a.staff.coordination.updatePlan({ caseId: caseId(), expectedVersion: va.version, plan: { ...plan(true), direction: '調整担当の修正' } });
    const r = await refused(b.staff.coordination.updatePlan({ caseId: caseId(), expectedVersion: vb.version, plan: { ...plan(true), direction: '福祉事務所の修正' } }));
    expect(r).toMatchObject({ code: 'CONFLICT', appCode: 'CONFLICT', message: apiMessages.CONFLICT });
    const after = await b.staff.coordination.get({ caseId: caseId() });
    expect(after.plans[0]?.direction).toBe('調整担当の修正');
    const r2 = await refused(b.staff.coordination.advance({ caseId: caseId(), expectedVersion: vb.version, event: 'start_monitoring' }));
    expect(r2.code).toBe('CONFLICT');
  });

  it('the 重層的支援会議 takes the case on consent, with the 生活保護 caseworker as a member, and approves the plan', async () => {
    const c = await h.as('tsuchiura.coordinator');
    meetingId = (await c.staff.meeting.create({ meetingTypeId: await typeId('jusoteki'), title: '第8回 重層的支援会議', scheduledAt: new Date('2026-11-19T05:00:00Z'), jointBodyId: 'public_assistance_case_meeting', jointNote: '前半30分をケース診断会議、後半を重層的支援会議として切り分け' })).id;
    await c.staff.meeting.addMember({ meetingId, userId: users['tsuchiura.welfare'] ?? '' });
    // The plan is about the son's schooling too: a tabled case brings its whole household (C4, C12, ADR 0014),
    // so without his own consent he would be discussed unnamed and the plan could not be laid before the meeting.
    const son = households['6-1']?.personIds[1] ?? '';
    await (await h.as('tsuchiura.welfare')).staff.consent.recordConsent({ personId: son, organisationIds: [welfareOffice(), city(), shakyo()], purposes: ['coordination', 'support', 'meeting'], method: 'written', obtainedAt: new Date('2026-11-18T00:00:00Z') });
    agendaItemId = (await c.staff.meeting.addAgendaItem({ meetingId, caseId: caseId(), notes: '支援プラン第1版の適切性' })).id;
    // C4: a member not covered by everyone's consent cannot join once the case is on the agenda.
    const r = await refused(c.staff.meeting.addMember({ meetingId, userId: users['tsuchiura.member'] ?? '' }));
    expect(r.appCode).toBe('CONSENT_REQUIRED');
    expect(r.message).toContain('支援会議');
    const view = await c.staff.meeting.get({ meetingId });
    expect(view.jointBody?.label).toBe('生活保護ケース診断会議');
    expect(view.agenda[0]?.plan?.version).toBe(1);
    const caseVersion = view.agenda[0]?.caseVersion ?? 0;
    const decided = await c.staff.meeting.decide({ meetingId, agendaItemId, decision: 'plan_approval', expectedCaseVersion: caseVersion, note: '適切と判断' });
    expect(decided.caseStatus).toBe('plan_approved');
    const caseView = await c.staff.coordination.get({ caseId: caseId() });
    expect(caseView.approvedPlanVersion).toBe(1);
    expect(caseView.plans[0]?.status).toBe('approved');
    expect(caseView.participants.find((p) => p.organisationId === welfareOffice())?.role).toBe('保護の実施・ケースワーク（中心）');
  });

  it('the case view names its next meeting to the meeting\'s members and organisers only (C5)', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const welfare = await h.as('tsuchiura.welfare');
    expect((await c.staff.coordination.get({ caseId: caseId() })).nextMeeting).toBeNull();
    const next = (await c.staff.meeting.create({ meetingTypeId: await typeId('jusoteki'), title: '第9回 重層的支援会議', scheduledAt: new Date('2026-12-10T05:00:00Z') })).id;
    await c.staff.meeting.addAgendaItem({ meetingId: next, caseId: caseId(), notes: 'モニタリング' });
    expect((await c.staff.coordination.get({ caseId: caseId() })).nextMeeting).toMatchObject({ id: next, title: '第9回 重層的支援会議' });
    expect((await welfare.staff.coordination.get({ caseId: caseId() })).nextMeeting).toBeNull();
    await c.staff.meeting.addMember({ meetingId: next, userId: users['tsuchiura.welfare'] ?? '' });
    expect((await welfare.staff.coordination.get({ caseId: caseId() })).nextMeeting?.id).toBe(next);
  });

  it('records progress by each participating organisation, reviews, and ends with an evaluated closure', async () => {
    const c = await h.as('tsuchiura.coordinator');
    let v = await c.staff.coordination.get({ caseId: caseId() });
    let step = await c.staff.coordination.advance({ caseId: caseId(), expectedVersion: v.version, event: 'start_monitoring' });
    const welfare = await h.as('tsuchiura.welfare');
    await welfare.staff.coordination.addProgressNote({ caseId: caseId(), body: '就労準備の面談に同行した' });
    const outsider = await h.as('tsuchiura.disability');
    expect((await refused(outsider.staff.coordination.addProgressNote({ caseId: caseId(), body: 'x' }))).appCode).toBe('ROLE_FORBIDDEN');
    step = await c.staff.coordination.advance({ caseId: caseId(), expectedVersion: step.version, event: 'start_review' });
    step = await c.staff.coordination.advance({ caseId: caseId(), expectedVersion: step.version, event: 'continue_monitoring', note: '計画どおり' });
    // the coordination stage ends: accompaniment goes on with a named lead organisation (SPEC §3.3)
    step = await c.staff.coordination.handOver({ caseId: caseId(), expectedVersion: step.version, leadOrganisationId: welfareOffice(), note: '福祉事務所が引き続き伴走' });
    expect(step.status).toBe('handed_over');
    expect((await c.staff.coordination.get({ caseId: caseId() })).lead?.id).toBe(welfareOffice());
    // closing needs the meeting's evaluation first
    const early = { reason: 'goals_met', reasonText: '目標を達成した', closedOn: '2026-11-20' } as const;
    expect((await refused(c.staff.coordination.advance({ caseId: caseId(), expectedVersion: step.version, event: 'close', closure: early }))).appCode).toBe('INVALID_TRANSITION');
    const m = await c.staff.meeting.get({ meetingId });
    expect((await refused(c.staff.meeting.decide({ meetingId, agendaItemId, decision: 'closure_evaluation', expectedCaseVersion: step.version }))).appCode).toBe('VALIDATION');
    await c.staff.meeting.decide({ meetingId, agendaItemId, decision: 'closure_evaluation', expectedCaseVersion: step.version, note: '目標を達成。今後は福祉事務所が見守る' });
    v = await c.staff.coordination.get({ caseId: caseId() });
    expect(v.status).toBe('closure_evaluated');
    await c.staff.coordination.advance({ caseId: caseId(), expectedVersion: v.version, event: 'close', closure: { reason: 'goals_met', reasonText: '進学と就労の見通しが立った', closedOn: '2026-11-20' } });
    v = await c.staff.coordination.get({ caseId: caseId() });
    expect(v.status).toBe('closed');
    expect(v.notes[0]?.body).toBe('就労準備の面談に同行した');
    expect(v.decisions.map((d) => d.decision)).toEqual(['plan_approval', 'closure_evaluation']);
    expect(m.minutes).toBeNull();
  });

  it('keeps the meeting minutes under the same version check', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const m = await c.staff.meeting.get({ meetingId });
    await c.staff.meeting.recordMinutes({ meetingId, expectedVersion: m.version, minutes: 'プラン承認、終結評価' });
    expect((await refused(c.staff.meeting.recordMinutes({ meetingId, expectedVersion: m.version, minutes: '古い版からの上書き' }))).code).toBe('CONFLICT');
  });
});

describe('重層的支援会議 agenda needs covering consent (C4)', () => {
  it('refuses a case without 支援決定 and offers the 支援会議 route', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const meetingId = (await c.staff.meeting.create({ meetingTypeId: await typeId('jusoteki'), title: '重層的支援会議（12月）', scheduledAt: new Date('2026-12-10T05:00:00Z') })).id;
    const r = await refused(c.staff.meeting.addAgendaItem({ meetingId, caseId: households['4-2']?.caseId ?? '' }));
    expect(r.appCode).toBe('SUPPORT_DECISION_REQUIRED');
    expect(r.message).toContain('支援会議');
  });

  it('refuses a household member whose own consent does not cover the members (C12)', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const meetingId = (await c.staff.meeting.create({ meetingTypeId: await typeId('jusoteki'), title: '重層的支援会議（1月）', scheduledAt: new Date('2027-01-10T05:00:00Z') })).id;
    const [parent, son] = households['1-1']?.personIds ?? [];
    const r = await refused(c.staff.meeting.addAgendaItem({ meetingId, caseId: households['1-1']?.caseId ?? '', personIds: [parent ?? '', son ?? ''] }));
    expect(r).toMatchObject({ code: 'FORBIDDEN', appCode: 'CONSENT_REQUIRED' });
    expect(r.message).toContain('支援会議（社会福祉法第106条の6）で検討する');
  });
});

describe('支援会議 without consent, on each member’s undertaking (C5)', () => {
  let meetingId = '';
  const dv = () => households['4-2'] ?? { caseId: '', personIds: [], householdId: '' };

  it('takes a household without consent, and shows a member nothing before the undertaking', async () => {
    const c = await h.as('tsuchiura.coordinator');
    meetingId = (await c.staff.meeting.create({ meetingTypeId: await typeId('shien'), title: 'スクラムネット 11月', scheduledAt: new Date('2026-11-19T01:00:00Z') })).id;
    await c.staff.meeting.addMember({ meetingId, userId: users['tsuchiura.member'] ?? '' });
    // the chair too signs before putting anyone on the agenda
    expect((await refused(c.staff.meeting.addAgendaItem({ meetingId, caseId: dv().caseId }))).appCode).toBe('UNDERTAKING_MISSING');
    await c.staff.meeting.signUndertaking({ meetingId });
    const item = await c.staff.meeting.addAgendaItem({ meetingId, caseId: dv().caseId, notes: '安全な住まいの確保について関係機関で検討' });
    expect(item.basis).toBe('support_meeting');

    const member = await h.as('tsuchiura.member');
    const locked = await member.staff.meeting.get({ meetingId });
    expect(locked.locked?.code).toBe('UNDERTAKING_MISSING');
    expect(locked.agenda).toEqual([]);
    expect(JSON.stringify(locked)).not.toContain('安全な住まい');
    expect((await refused(member.staff.meeting.recordMinutes({ meetingId, expectedVersion: locked.version, minutes: 'x' }))).appCode).toBe('UNDERTAKING_MISSING');
  });

  it('after the undertaking the member sees the agenda, on the 支援会議 basis only', async () => {
    const member = await h.as('tsuchiura.member');
    await member.staff.meeting.signUndertaking({ meetingId });
    const view = await member.staff.meeting.get({ meetingId });
    expect(view.locked).toBeNull();
    expect(view.agenda[0]?.persons[0]?.name).toContain('美咲');
    expect(view.agenda[0]?.persons[0]?.basis).toBe('支援会議（社会福祉法第106条の6）');
    expect(view.agenda[0]?.notes).toContain('安全な住まい');
    // the material is not reusable outside the meeting: the person's record and the case stay closed to the member
    expect((await refused(member.staff.person.get({ personId: dv().personIds[0] ?? '' }))).code).toBe('FORBIDDEN');
    expect((await refused(member.staff.coordination.get({ caseId: dv().caseId }))).code).toBe('FORBIDDEN');
    // a 支援会議 shares out roles but does not approve plans
    expect((await refused((await h.as('tsuchiura.coordinator')).staff.meeting.decide({ meetingId, agendaItemId: view.agenda[0]?.id ?? '', decision: 'plan_approval', expectedCaseVersion: 1 }))).appCode).toBe('DECISION_NOT_ALLOWED');
  });

  it('a meeting member sees only the meetings they sit on', async () => {
    const member = await h.as('tsuchiura.member');
    const list = await member.staff.meeting.find();
    expect(list.map((m) => m.id)).toEqual([meetingId]);
    const coordinator = await h.as('tsuchiura.coordinator');
    expect((await coordinator.staff.meeting.find()).length).toBeGreaterThan(1);
  });

  // C5 (issue #8 finding 5): the roles stay in the meeting record. The case no longer takes them over as
  // participants, and shows the decision only to members who signed — the coordinator here — in full.
  it('a 支援会議 records the role assignment in its own record; the case shows it only to its signed members', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const view = await c.staff.meeting.get({ meetingId });
    const caseView = await c.staff.coordination.get({ caseId: dv().caseId });
    await c.staff.meeting.decide({ meetingId, agendaItemId: view.agenda[0]?.id ?? '', decision: 'role_assignment', expectedCaseVersion: caseView.version, note: '支援会議での検討内容', roles: [{ organisationId: city(), role: '住まいの確保の調整' }] });
    const after = await c.staff.coordination.get({ caseId: dv().caseId });
    expect(after.decisions[0]).toMatchObject({ decision: 'role_assignment', meetingKind: 'shien', note: '支援会議での検討内容', roles: [{ organisationId: city(), role: '住まいの確保の調整' }] });
    expect(after.participants.find((p) => p.organisationId === city())?.role ?? null).toBeNull();
    expect(after.version).toBe(caseView.version);
  });
});

describe('withdrawal of consent (C6)', () => {
  it('stops access that rested on it, and the case cannot go to a 重層的支援会議', async () => {
    const [parent] = households['1-1']?.personIds ?? [];
    const shakyoWorker = await h.as('tsuchiura.outreach');
    expect((await shakyoWorker.staff.coordination.get({ caseId: households['1-1']?.caseId ?? '' })).basis.kind).toBe('consent');
    await asSystem(h.t.db, (tx) => tx.consent.updateMany({ where: { municipalityCode: T, personId: parent ?? '' }, data: { withdrawnAt: new Date('2026-11-19T00:00:00Z') } }));
    const r = await refused(shakyoWorker.staff.coordination.get({ caseId: households['1-1']?.caseId ?? '' }));
    expect(r).toMatchObject({ code: 'FORBIDDEN', appCode: 'CONSENT_WITHDRAWN' });
    const c = await h.as('tsuchiura.coordinator');
    const meetingId = (await c.staff.meeting.create({ meetingTypeId: await typeId('jusoteki'), title: '重層的支援会議（2月）', scheduledAt: new Date('2027-02-10T05:00:00Z') })).id;
    expect((await refused(c.staff.meeting.addAgendaItem({ meetingId, caseId: households['1-1']?.caseId ?? '' }))).code).toBe('FORBIDDEN');
    // the owner (地域包括) keeps its own case record, and records that the consent-based stage has stopped
    const worker = await h.as('tsuchiura.worker');
    const own = await worker.staff.coordination.get({ caseId: households['1-1']?.caseId ?? '' });
    expect(own.basis.kind).toBe('own_case');
    const withdrawn = await worker.staff.coordination.advance({ caseId: own.id, expectedVersion: own.version, event: 'withdraw_consent' });
    expect(withdrawn.status).toBe('consent_withdrawn');
    // the case may go on through a 支援会議 (C6)
    const shien = (await c.staff.meeting.create({ meetingTypeId: await typeId('shien'), title: 'スクラムネット 2月', scheduledAt: new Date('2027-02-11T01:00:00Z') })).id;
    await c.staff.meeting.signUndertaking({ meetingId: shien });
    expect((await c.staff.meeting.addAgendaItem({ meetingId: shien, caseId: own.id })).basis).toBe('support_meeting');
  });

  it('moves the case when the consent its coordination rested on is withdrawn, in the same transaction', async () => {
    const worker = await h.as('tsuchiura.worker');
    const intake = await worker.staff.intake.record({
      channel: 'window',
      consulterType: 'self',
      household: { address: '土浦市見本町11-3（架空）' },
      persons: [{ familyName: '見本', givenName: '四郎', familyNameKana: 'ミホン', givenNameKana: 'シロウ', birthDate: '1961-02-02' }],
      issueIds: ['household_finance', 'work'],
      summary: '失業後の生活と家計について。',
      triage: 'coordination',
    });
    const personId = intake.primaryPersonId ?? '';
    const caseId = intake.caseId ?? '';
    expect((await worker.staff.coordination.get({ caseId })).status).toBe('awaiting_consent');
    const obtainedAt = new Date('2026-11-19T00:00:00Z');
    // an unrelated consent (support only, to 社協) and the one the coordination rests on
    const other = await worker.staff.consent.recordConsent({ personId, organisationIds: [shakyo()], purposes: ['support'], method: 'oral', obtainedAt });
    const covering = await worker.staff.consent.recordConsent({ personId, organisationIds: [city()], purposes: ['coordination', 'support', 'meeting'], method: 'written', obtainedAt });
    const opened = await worker.staff.coordination.get({ caseId });
    const referred = await worker.staff.coordination.referToCoordination({ caseId, expectedVersion: opened.version, coordinatorOrganisationId: city() });
    expect(referred.status).toBe('consented');
    const c = await h.as('tsuchiura.coordinator');
    const decided = await c.staff.coordination.advance({ caseId, expectedVersion: referred.version, event: 'decide_support' });

    // withdrawing a consent the case does not rest on leaves it where it is
    expect((await worker.staff.consent.withdrawConsent({ consentId: other.consentId })).cases).toEqual([]);
    expect((await c.staff.coordination.get({ caseId })).status).toBe('support_decided');

    const r = await worker.staff.consent.withdrawConsent({ consentId: covering.consentId, note: '本人の申し出' });
    expect(r.cases).toEqual([{ id: caseId, status: 'consent_withdrawn', version: decided.version + 1 }]);
    const after = await worker.staff.coordination.get({ caseId });
    expect(after).toMatchObject({ status: 'consent_withdrawn', version: decided.version + 1 });
    expect(after.events.find((e) => e.type === 'withdraw_consent')).toMatchObject({ type: 'withdraw_consent', fromStatus: 'support_decided', toStatus: 'consent_withdrawn', note: '本人の申し出' });
    // the city's access rested on that consent and stops with it (C6)
    expect((await refused(c.staff.coordination.get({ caseId }))).code).toBe('FORBIDDEN');
    // a screen still holding the version from before the withdrawal is refused rather than overwriting
    const closure = { reason: 'person_declined', reasonText: '本人が同意を撤回し、支援の終了を希望した', closedOn: '2026-11-20' } as const;
    expect((await refused(worker.staff.coordination.advance({ caseId, expectedVersion: decided.version, event: 'close', closure }))).code).toBe('CONFLICT');
    expect((await worker.staff.coordination.advance({ caseId, expectedVersion: after.version, event: 'close', closure })).status).toBe('closed');
  });

  it('does not let a case run ahead of the consent record', async () => {
    const worker = await h.as('tsuchiura.worker');
    const reopened = households['7-4']?.caseId ?? '';
    const v = await worker.staff.coordination.get({ caseId: reopened });
    expect((await refused(worker.staff.coordination.advance({ caseId: reopened, expectedVersion: v.version, event: 'withdraw_consent' }))).appCode).toBe('VALIDATION');
  });
});

describe('アウトリーチ (SPEC §3.7)', () => {
  it('keeps a minimal record with the outreach organisation, logs contacts, and becomes a case on consent', async () => {
    const o = await h.as('tsuchiura.outreach');
    const created = await o.staff.outreach.create({ label: '見本町9丁目の一人暮らしの男性', referredBy: '民生委員', areaNote: '見本町9丁目' });
    let s = await o.staff.outreach.addContact({ id: created.id, expectedVersion: created.version, method: 'letter', outcome: 'message_left', stageAfter: 'aware', contactedAt: new Date('2026-10-01T01:00:00Z') });
    s = await o.staff.outreach.addContact({ id: created.id, expectedVersion: s.version, method: 'visit', outcome: 'talked', stageAfter: 'building', contactedAt: new Date('2026-10-20T01:00:00Z'), note: '玄関先で少し話せた' });
    expect((await refused(o.staff.outreach.addContact({ id: created.id, expectedVersion: s.version - 1, method: 'phone', outcome: 'no_answer', stageAfter: 'building', contactedAt: new Date() }))).code).toBe('CONFLICT');
    expect((await refused(o.staff.outreach.addContact({ id: created.id, expectedVersion: s.version, method: 'visit', outcome: 'met', stageAfter: 'converted', contactedAt: new Date() }))).appCode).toBe('INVALID_TRANSITION');
    // before consent, nobody else sees the record
    const other = await h.as('tsuchiura.coordinator');
    expect((await refused(other.staff.outreach.get({ id: created.id }))).appCode).toBe('CONSENT_REQUIRED');
    expect((await other.staff.outreach.find()).map((x) => x.id)).not.toContain(created.id);
    const detail = await o.staff.outreach.get({ id: created.id });
    expect(detail.contacts).toHaveLength(2);
    const converted = await o.staff.outreach.convertToCase({
      id: created.id,
      expectedVersion: s.version,
      person: { familyName: '見本', givenName: '九郎', familyNameKana: 'ミホン', givenNameKana: 'クロウ', birthDate: '1975-04-04', address: '土浦市見本町9-9' },
      consent: { method: 'written', organisationIds: [city()], purposes: ['coordination', 'support', 'meeting'] },
      coordinatorOrganisationId: city(),
      issueIds: ['hikikomori'],
    });
    expect(converted.status).toBe('consented');
    const view = await other.staff.coordination.get({ caseId: converted.caseId });
    expect(view.basis.kind).toBe('consent');
    expect((await o.staff.outreach.get({ id: created.id })).stage).toBe('converted');
  });

  it('cannot convert without a consent to the coordinating organisation', async () => {
    const o = await h.as('tsuchiura.outreach');
    const created = await o.staff.outreach.create({ label: '見本町10丁目の方' });
    const r = await refused(
      o.staff.outreach.convertToCase({
        id: created.id,
        expectedVersion: created.version,
        person: { familyName: '見本', givenName: '十子', familyNameKana: 'ミホン', givenNameKana: 'トオコ', address: '土浦市見本町10-1' },
        consent: { method: 'oral', organisationIds: [houkatsu()], purposes: ['support'] },
        coordinatorOrganisationId: city(),
        issueIds: [],
      }),
    );
    expect(r.code).toBe('FORBIDDEN');
    expect((await o.staff.outreach.get({ id: created.id })).stage).toBe('aware');
  });
});

describe('no cross-municipality access', () => {
  it('answers NOT_FOUND for another municipality’s case and meeting', async () => {
    const kogaCase = await asSystem(h.t.db, (tx) => tx.case.findFirstOrThrow({ where: { municipalityCode: '082040' }, select: { id: true } }));
    const c = await h.as('tsuchiura.coordinator');
    expect((await refused(c.staff.coordination.get({ caseId: kogaCase.id }))).code).toBe('NOT_FOUND');
    const koga = await h.as('koga.coordinator');
    const kogaTypes = await koga.staff.meeting.options();
    expect(kogaTypes.types.map((t) => t.name)).toEqual(expect.arrayContaining(['重層的支援会議', 'コアメンバー会議']));
    const m = await koga.staff.meeting.create({ meetingTypeId: kogaTypes.types[0]?.id ?? '', title: '古河の会議', scheduledAt: new Date('2026-12-01T01:00:00Z') });
    expect((await refused(c.staff.meeting.get({ meetingId: m.id }))).code).toBe('NOT_FOUND');
    expect((await refused(c.staff.meeting.create({ meetingTypeId: kogaTypes.types[0]?.id ?? '', title: 'x', scheduledAt: new Date() }))).code).toBe('NOT_FOUND');
  });
});
