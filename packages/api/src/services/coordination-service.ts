// 多機関協働 and 支援プラン (SPEC §3.3–§3.6): referral on consent (C2), 支援決定 by the municipality,
// assessment, versioned plans, progress by each organisation, reviews, hand-over, closure, reopening.
import {
  addCaseParticipants,
  createCaseClosure,
  createAssessment,
  createPlanVersion,
  createProgressNote,
  getOrganisationKind,
  getPersonRecord,
  listAssessments,
  listCaseEvents,
  listCaseClosures,
  listReadableCoordinationCases,
  listDecisionsOfCase,
  nextMeetingOfCase,
  listOrganisations,
  listPartDeliveries,
  listPlans,
  listProgressNotes,
  loadPersonAccessFacts,
  touchCaseVersion,
  updateDraftPlan,
} from '@kasane/db';
import type { CoordinationCaseRow, Tx } from '@kasane/db';
import {
  accessBasisLabels,
  allowedEvents,
  can,
  canDecideSupport,
  canRecordProgress,
  caseEventLabels,
  caseStatusLabels,
  checkSupportPlan,
  closureReasonLabels,
  findCoveringConsent,
  isChildAt,
  meetingDecisionLabels,
  toIsoDateTokyo,
} from '@kasane/domain';
import type { CaseEventType, CaseStatus, ClosureReason, MeetingDecision, Role, SupportPlanDraft } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { apiError, domainError } from '../errors.js';
import { accessPersons, decideEach, recordPersonsRead, toAccessRequest } from './access/person-access.js';
import { accessCase, applyCaseEvent, loadCase } from './coordination/case-state.js';
import { checkedClosure, checkedDecisionDay, closureNote, planConsentCoverage } from './coordination/closure.js';
import type { AdvanceDetails } from './coordination/closure.js';

type Ref = { caseId: string; expectedVersion: number };

type CaseDecisionRow = Awaited<ReturnType<typeof listDecisionsOfCase>>[number];

/**
 * C5: a 支援会議's decisions are its material. The case shows them only to a member of that meeting who has
 * signed the undertaking (origin support_meeting_material, decided and audited by the access path); to anyone
 * else the case does not say that a 支援会議 took it up at all.
 */
async function decisionsVisibleTo(tx: Tx, actor: StaffActor, c: CoordinationCaseRow, decisions: CaseDecisionRow[], now: Date): Promise<CaseDecisionRow[]> {
  const supportMeetings = [...new Set(decisions.filter((d) => d.meeting.kind === 'shien').map((d) => d.meetingId))];
  const open = new Set<string>();
  for (const meetingId of supportMeetings) {
    const decided = await accessPersons(tx, actor, { action: 'read', purpose: 'coordination', recordType: 'MeetingDecision', now, persons: [{ personId: c.primaryPersonId, origin: { kind: 'support_meeting_material', meetingId } }] });
    if (decided.get(c.primaryPersonId)?.allowed) open.add(meetingId);
  }
  return decisions.filter((d) => d.meeting.kind !== 'shien' || open.has(d.meetingId));
}

const organisationNames = async (tx: Tx, actor: StaffActor) => new Map((await listOrganisations(tx, actor.municipalityCode)).map((o) => [o.id, o.name]));

/** C10: the 保護の実施機関 of a household on public assistance, if any. */
const publicAssistanceOffice = (c: CoordinationCaseRow): string | undefined =>
  c.household.onPublicAssistance && c.household.publicAssistanceOfficeId ? c.household.publicAssistanceOfficeId : undefined;

const COORDINATION_LIST_LIMIT = 200;

/**
 * The 多機関協働 list: only the cases whose record this organisation may read (SQL predicate, ADR 0011),
 * each confirmed by the policy, and one audit entry for the whole list (the persons shown and their bases).
 */
export async function findCoordinationCases(tx: Tx, actor: StaffActor, now: Date) {
  const scope = { municipalityCode: actor.municipalityCode, organisationId: actor.organisationId, role: actor.role, purpose: 'coordination', now };
  const rows = await listReadableCoordinationCases(tx, scope, COORDINATION_LIST_LIMIT);
  const decisions = await decideEach(tx, actor, {
    action: 'read',
    purpose: 'coordination',
    recordType: 'CaseList',
    now,
    persons: rows.map((c) => ({ personId: c.primaryPersonId, origin: { kind: 'case_record', caseId: c.id } })),
  });
  // Fail closed: a row the policy refuses (the SQL and the policy are proven to agree) is not shown.
  const shown = rows.flatMap((c, i) => {
    const d = decisions[i];
    return d?.allowed ? [{ c, basis: d.basis }] : [];
  });
  const read = [...new Map(shown.map((s) => [s.c.primaryPersonId, { personId: s.c.primaryPersonId, basis: s.basis }])).values()];
  await recordPersonsRead(tx, actor, { action: 'read', purpose: 'coordination', recordType: 'CaseList', now }, read);
  return shown.map(({ c }) => ({
    id: c.id,
    status: c.status,
    statusLabel: caseStatusLabels[c.status as CaseStatus] ?? c.status,
    name: `${c.familyName} ${c.givenName}`.trim(),
    version: c.version,
    onPublicAssistance: c.onPublicAssistance,
    openedAt: c.openedAt,
  }));
}

export async function getCoordinationCaseView(tx: Tx, actor: StaffActor, caseId: string, now: Date) {
  const c = await loadCase(tx, actor, caseId);
  const basis = await accessCase(tx, actor, c, 'read', 'coordination', now);
  const [person, assessments, plans, notes, events, decisions, names, deliveries] = await Promise.all([
    getPersonRecord(tx, actor.municipalityCode, c.primaryPersonId),
    listAssessments(tx, actor.municipalityCode, c.id),
    listPlans(tx, actor.municipalityCode, c.id),
    listProgressNotes(tx, actor.municipalityCode, c.id),
    listCaseEvents(tx, actor.municipalityCode, c.id),
    listDecisionsOfCase(tx, actor.municipalityCode, c.id),
    organisationNames(tx, actor),
    listPartDeliveries(tx, actor.municipalityCode),
  ]);
  const orgName = (id: string | null | undefined) => (id ? (names.get(id) ?? '') : '');
  const office = publicAssistanceOffice(c);
  const [closures, coveredOrganisationIds, nextMeeting] = await Promise.all([
    listCaseClosures(tx, actor.municipalityCode, c.id),
    planConsentCoverage(tx, actor, c.primaryPersonId, now),
    // C5: a meeting is named only to its members and to those who organise meetings
    nextMeetingOfCase(tx, actor.municipalityCode, c.id, now, can(actor.role, 'meetings.organise') ? undefined : actor.userId),
  ]);
  const shownDecisions = await decisionsVisibleTo(tx, actor, c, decisions, now);
  return {
    id: c.id,
    version: c.version,
    status: c.status,
    statusLabel: caseStatusLabels[c.status as CaseStatus] ?? c.status,
    allowedEvents: allowedEvents(c.status as CaseStatus).map((type) => ({ type, label: caseEventLabels[type] })),
    planVersion: c.planVersion,
    approvedPlanVersion: c.approvedPlanVersion,
    supportDecidedAt: c.supportDecidedAt ? toIsoDateTokyo(c.supportDecidedAt) : null,
    reopenCount: c.reopenCount,
    basis: { kind: basis.kind, label: accessBasisLabels[basis.kind] },
    person: person ? { id: person.id, name: `${person.familyName} ${person.givenName}`, kana: `${person.familyNameKana} ${person.givenNameKana}` } : null,
    householdId: c.householdId,
    address: c.household.address,
    nextMeeting: nextMeeting ? { id: nextMeeting.id, title: nextMeeting.title, scheduledAt: nextMeeting.scheduledAt } : null,
    issueIds: c.issueIds,
    owner: { id: c.ownerOrganisationId, name: orgName(c.ownerOrganisationId) },
    lead: c.leadOrganisationId ? { id: c.leadOrganisationId, name: orgName(c.leadOrganisationId) } : null,
    participants: c.participants.map((p) => ({ organisationId: p.organisationId, name: orgName(p.organisationId), role: p.role })),
    // C10: the 保護の実施機関 stays central; the screens show it and plans must give it a role.
    publicAssistance: office ? { officeId: office, officeName: orgName(office) } : null,
    coordinationOrganisations: deliveries.filter((d) => d.partId === 'coordination').map((d) => ({ id: d.organisationId, name: orgName(d.organisationId), mode: d.mode })),
    assessments: assessments.map((a) => ({ id: a.id, summary: a.summary, issueIds: a.issueIds, strengths: a.strengths, organisationName: orgName(a.recordedByOrganisationId), recordedAt: a.recordedAt })),
    plans: plans.map((p) => ({
      id: p.id,
      version: p.version,
      status: p.status,
      goals: p.goals as { text: string }[],
      roles: (p.roles as { organisationId: string; role: string }[]).map((r) => ({ ...r, organisationName: orgName(r.organisationId) })),
      direction: p.direction,
      reviewDate: toIsoDateTokyo(p.reviewDate),
      approvedAt: p.approvedAt,
    })),
    notes: notes.map((n) => ({ id: n.id, body: n.body, organisationName: orgName(n.organisationId), recordedAt: n.recordedAt })),
    events: events.map((e) => ({
      id: e.id,
      type: e.type,
      label: caseEventLabels[e.type as CaseEventType] ?? e.type,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      organisationName: orgName(e.organisationId),
      at: e.at,
    })),
    // The plan form warns (before saving) when a role goes to an organisation the person's consent does not cover (C3).
    consentCoveredOrganisationIds: coveredOrganisationIds,
    closures: closures.map((x) => ({ id: x.id, reason: x.reason, reasonLabel: closureReasonLabels[x.reason as ClosureReason] ?? x.reason, reasonText: x.reasonText, closedOn: toIsoDateTokyo(x.closedOn), recordedAt: x.recordedAt })),
    decisions: shownDecisions.map((d) => ({
      id: d.id,
      decision: d.decision,
      label: meetingDecisionLabels[d.decision as MeetingDecision] ?? d.decision,
      planVersion: d.planVersion,
      meetingKind: d.meeting.kind,
      roles: ((d.roles ?? []) as { organisationId: string; role: string }[]).map((r) => ({ ...r, organisationName: orgName(r.organisationId) })),
      note: d.note,
      decidedAt: d.decidedAt,
      recordedAt: d.recordedAt,
    })),
  };
}

/** C2: into 多機関協働 only on the person's own consent to the coordinating organisation. */
export async function referToCoordination(tx: Tx, actor: StaffActor, input: Ref & { coordinatorOrganisationId: string }, now: Date) {
  const c = await loadCase(tx, actor, input.caseId);
  await accessCase(tx, actor, c, 'write', 'coordination', now);
  const deliveries = await listPartDeliveries(tx, actor.municipalityCode);
  if (!deliveries.some((d) => d.partId === 'coordination' && d.organisationId === input.coordinatorOrganisationId)) {
    throw domainError({ code: 'VALIDATION', message: '多機関協働事業を行う機関を選んでください。', details: { field: 'coordinatorOrganisationId' } });
  }
  const facts = await loadPersonAccessFacts(tx, actor.municipalityCode, c.primaryPersonId);
  if (!facts) throw apiError('NOT_FOUND');
  const consents = toAccessRequest(actor, facts, { personId: c.primaryPersonId, action: 'read', purpose: 'coordination', recordType: 'Consent', now }, []).consents;
  const birthDate = facts.person.birthDate ? toIsoDateTokyo(facts.person.birthDate) : undefined;
  const covering = findCoveringConsent(consents, {
    personId: c.primaryPersonId,
    organisationId: input.coordinatorOrganisationId,
    purpose: 'coordination',
    now,
    personIsChild: isChildAt(birthDate ? { birthDate } : {}, now),
  });
  if (!covering.ok) {
    // The domain's reason (no consent, withdrawn, expired, out of scope), said plainly, with the way forward.
    const reason = covering.error.code === 'CONSENT_REQUIRED' ? '多機関協働には本人の同意が必要です。先に同意を記録してください。' : covering.error.message;
    throw domainError({ ...covering.error, message: reason });
  }
  let expectedVersion = input.expectedVersion;
  if (c.status !== 'awaiting_consent' && c.status !== 'consent_withdrawn') {
    await applyCaseEvent(tx, actor, c, { type: 'triage', outcome: 'coordination' }, { expectedVersion, now, birthDate: facts.person.birthDate });
    expectedVersion += 1;
  }
  await applyCaseEvent(tx, actor, c, { type: 'record_consent', consent: covering.value, coordinatorOrganisationId: input.coordinatorOrganisationId }, { expectedVersion, now, birthDate: facts.person.birthDate });
  const office = publicAssistanceOffice(c);
  await addCaseParticipants(tx, actor.municipalityCode, c.id, [input.coordinatorOrganisationId, ...(office ? [office] : [])]);
  return { id: c.id, version: c.version, status: c.status };
}

const simpleEvents = ['decide_support', 'start_assessment', 'start_monitoring', 'start_review', 'continue_monitoring', 'close', 'withdraw_consent'] as const;
export type SimpleEvent = (typeof simpleEvents)[number];
export { simpleEvents };

/** The state changes that carry nothing but a note (支援決定, starting stages, ending a review, closing). */
export async function advanceCase(tx: Tx, actor: StaffActor, input: Ref & AdvanceDetails & { event: SimpleEvent; note?: string | undefined }, now: Date) {
  const c = await loadCase(tx, actor, input.caseId);
  await accessCase(tx, actor, c, 'write', 'coordination', now);
  let decidedOn: string | undefined;
  if (input.event === 'decide_support') {
    const kind = (await getOrganisationKind(tx, actor.municipalityCode, actor.organisationId)) ?? '';
    const allowed = canDecideSupport({ role: actor.role as Role, organisationKind: kind });
    if (!allowed.ok) throw domainError(allowed.error);
    decidedOn = checkedDecisionDay(input.decidedOn, now);
  }
  const closure = input.event === 'close' ? checkedClosure(input.closure, now) : null;
  if (input.event === 'withdraw_consent') {
    // C6: the case follows the person's withdrawal as recorded on the consent itself, never ahead of it.
    const facts = await loadPersonAccessFacts(tx, actor.municipalityCode, c.primaryPersonId);
    // Cases recorded before the consent id was kept on the case rest on the person's 多機関協働 consent.
    const consent = c.consentId
      ? facts?.consents.find((x) => x.id === c.consentId)
      : facts?.consents.filter((x) => x.purposes.includes('coordination')).sort((a, b) => b.obtainedAt.getTime() - a.obtainedAt.getTime())[0];
    if (!consent?.withdrawnAt || consent.withdrawnAt > now) {
      throw domainError({ code: 'VALIDATION', message: '同意の撤回は、先に同意の記録で撤回を登録してください。', details: { field: 'consentId' } });
    }
  }
  const event = input.event === 'decide_support' && decidedOn ? { type: input.event, decidedOn } : { type: input.event };
  await applyCaseEvent(tx, actor, c, event, { expectedVersion: input.expectedVersion, now, note: closure ? closureNote(closure) : (input.note ?? null), ...(closure ? { closedAt: new Date(`${closure.closedOn}T00:00:00+09:00`) } : {}) });
  if (closure) await createCaseClosure(tx, { municipalityCode: actor.municipalityCode, caseId: c.id, reason: closure.reason, reasonText: closure.reasonText.trim(), closedOn: new Date(`${closure.closedOn}T00:00:00Z`), recordedByUserId: actor.userId });
  return { id: c.id, version: c.version, status: c.status };
}

export async function recordAssessment(tx: Tx, actor: StaffActor, input: { caseId: string; summary: string; issueIds: string[]; strengths?: string | undefined }, now: Date) {
  const c = await loadCase(tx, actor, input.caseId);
  // Assessment is part of the 多機関協働 the person consented to (C2), so it rests on the same purpose.
  await accessCase(tx, actor, c, 'write', 'coordination', now, 'CaseAssessment');
  if (c.status !== 'assessment' && c.status !== 'review') {
    throw domainError({ code: 'INVALID_TRANSITION', message: `「${caseStatusLabels[c.status as CaseStatus] ?? c.status}」の段階ではアセスメントを記録できません。`, details: { status: c.status } });
  }
  const a = await createAssessment(tx, {
    municipalityCode: actor.municipalityCode,
    caseId: c.id,
    summary: input.summary,
    issueIds: input.issueIds,
    strengths: input.strengths ?? null,
    recordedByUserId: actor.userId,
    recordedByOrganisationId: actor.organisationId,
    recordedAt: now,
  });
  return { id: a.id };
}

async function checkPlan(tx: Tx, actor: StaffActor, c: CoordinationCaseRow, plan: SupportPlanDraft, now: Date) {
  const organisations = await listOrganisations(tx, actor.municipalityCode);
  const office = publicAssistanceOffice(c);
  const checked = checkSupportPlan(plan, { now, organisationIds: organisations.map((o) => o.id), ...(office ? { publicAssistanceOfficeId: office } : {}) });
  if (!checked.ok) throw domainError(checked.error);
  return { goals: plan.goals, roles: plan.roles, direction: plan.direction, reviewDate: new Date(`${plan.reviewDate}T00:00:00Z`) };
}

/** A new plan version (first plan, or a revision after review) — it goes to the 重層的支援会議 next. */
export async function draftPlan(tx: Tx, actor: StaffActor, input: Ref & { plan: SupportPlanDraft }, now: Date) {
  const c = await loadCase(tx, actor, input.caseId);
  await accessCase(tx, actor, c, 'write', 'coordination', now, 'SupportPlan');
  const content = await checkPlan(tx, actor, c, input.plan, now);
  const next = await applyCaseEvent(tx, actor, c, { type: 'draft_plan' }, { expectedVersion: input.expectedVersion, now });
  await createPlanVersion(tx, { ...content, municipalityCode: actor.municipalityCode, caseId: c.id, version: next.planVersion, createdByUserId: actor.userId });
  return { id: c.id, version: c.version, status: c.status, planVersion: next.planVersion };
}

/** Edits the draft awaiting the meeting; the case version guards against a colleague's edit in between. */
export async function updatePlan(tx: Tx, actor: StaffActor, input: Ref & { plan: SupportPlanDraft }, now: Date) {
  const c = await loadCase(tx, actor, input.caseId);
  await accessCase(tx, actor, c, 'write', 'coordination', now, 'SupportPlan');
  if (c.status !== 'plan_drafted') {
    throw domainError({ code: 'INVALID_TRANSITION', message: '会議で確認される前の支援プランだけを編集できます。見直しから新しい版を作成してください。', details: { status: c.status } });
  }
  const content = await checkPlan(tx, actor, c, input.plan, now);
  if (c.version !== input.expectedVersion || !(await touchCaseVersion(tx, actor.municipalityCode, c.id, input.expectedVersion))) throw apiError('CONFLICT');
  if (!(await updateDraftPlan(tx, actor.municipalityCode, c.id, c.planVersion, content))) throw apiError('CONFLICT');
  return { id: c.id, version: c.version + 1, status: c.status, planVersion: c.planVersion };
}

/** Progress by each participating organisation (SPEC §3.5), on its own basis for the person. */
export async function addProgressNote(tx: Tx, actor: StaffActor, input: { caseId: string; body: string }, now: Date) {
  const c = await loadCase(tx, actor, input.caseId);
  const involved = [c.ownerOrganisationId, c.leadOrganisationId, ...c.participants.map((p) => p.organisationId)];
  if (!involved.includes(actor.organisationId)) {
    throw domainError({ code: 'ROLE_FORBIDDEN', message: 'このケースに参加している機関だけが支援経過を記録できます。', details: { organisationId: actor.organisationId } });
  }
  const allowed = canRecordProgress(c.status as CaseStatus);
  if (!allowed.ok) throw domainError(allowed.error);
  await accessCase(tx, actor, c, 'write', 'support', now, 'ProgressNote');
  const n = await createProgressNote(tx, { municipalityCode: actor.municipalityCode, caseId: c.id, organisationId: actor.organisationId, authorUserId: actor.userId, body: input.body, recordedAt: now });
  return { id: n.id };
}

/** SPEC §3.3: when the coordination stage ends, accompaniment goes on with a named lead organisation. */
export async function handOver(tx: Tx, actor: StaffActor, input: Ref & { leadOrganisationId: string; note?: string | undefined }, now: Date) {
  const c = await loadCase(tx, actor, input.caseId);
  await accessCase(tx, actor, c, 'write', 'coordination', now);
  if (!(await getOrganisationKind(tx, actor.municipalityCode, input.leadOrganisationId))) {
    throw domainError({ code: 'VALIDATION', message: '引き継ぐ主担当機関を、この市町村の機関から選んでください。', details: { field: 'leadOrganisationId' } });
  }
  await applyCaseEvent(tx, actor, c, { type: 'hand_over', leadOrganisationId: input.leadOrganisationId }, { expectedVersion: input.expectedVersion, now, note: input.note ?? null });
  await addCaseParticipants(tx, actor.municipalityCode, c.id, [input.leadOrganisationId]);
  return { id: c.id, version: c.version, status: c.status };
}

export async function reopenCase(tx: Tx, actor: StaffActor, input: Ref & { reason: string }, now: Date) {
  const c = await loadCase(tx, actor, input.caseId);
  await accessCase(tx, actor, c, 'write', 'coordination', now);
  await applyCaseEvent(tx, actor, c, { type: 'reopen', reason: input.reason }, { expectedVersion: input.expectedVersion, now, note: input.reason });
  return { id: c.id, version: c.version, status: c.status };
}
