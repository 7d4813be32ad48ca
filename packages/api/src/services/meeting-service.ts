// Meetings (SPEC §4): 重層的支援会議 on consent after 支援決定 (C4), 支援会議 on the members' undertaking (C5),
// joint holding with existing bodies (C9), the 生活保護 caseworker as a member (C10).
import {
  addMeetingMember,
  approvePlanVersion,
  createAgendaItem,
  createMeetingDecision,
  createMeetingRecord,
  getMeetingRecord,
  getMeetingType,
  getMunicipality,
  getMunicipalUser,
  getPlanVersion,
  listMeetingRecords,
  listMeetingTypes,
  listMunicipalUsers,
  listOrganisations,
  setCaseParticipantRoles,
  signMeetingUndertaking,
  touchCaseVersion,
  updateMeetingMinutes,
} from '@kasane/db';
import type { Tx } from '@kasane/db';
import { ZMeetingKind, can, canAttend, canDecide, canDecideOnSubject, canSetMeetingWithType, decisionDate, decisionsAllowed, jointBodies, meetingDecisionLabels, meetingKinds, roleLabels } from '@kasane/domain';
import type { JointBodyId, MeetingDecision, MeetingKind, Role } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { apiError, domainError } from '../errors.js';
import { accessPerson, meetingMemberships } from './access/person-access.js';
import type { MembershipLoader } from './access/person-access.js';
import { applyCaseEvent, loadCase } from './coordination/case-state.js';
import { agendaOrigin, anonymisedCount, checkAgendaConsents, readAgendaItem, tableCase, withoutBasisDetails } from './meetings/agenda.js';
import type { Meeting } from './meetings/agenda.js';
import { placeSubject } from './meetings/subjects.js';
import { addGuest as addGuestRow, attendanceLabelOf, guestsOf, noteUndertaking, recordAttendance as recordAttendanceRows } from './meetings/attendance.js';
import type { AttendanceInput, GuestInput } from './meetings/attendance.js';
import type { PlacedSubject } from './meetings/subjects.js';
import { auditAs } from './audit-as.js';
import { decideOnSubject } from './meetings/subject-decision.js';

/** 法第106条の6第5項: the text each 支援会議 member undertakes before seeing anything. */
export const undertakingText =
  '支援会議（社会福祉法第106条の6）の構成員として、会議の事務に関して知り得た秘密を漏らしません（同条第5項）。会議で共有された情報は支援のためにだけ用い、外部への提供・持ち出し・他の目的での利用はしません。';

/** Organisers (capability 'meetings.organise', permissions.ts) see every meeting of the municipality. */
const organises = (actor: StaffActor): boolean => can(actor.role, 'meetings.organise');

/** The real loader of the access path (person-access.ts), used explicitly where a meeting's material is read. */
export const loadMeetingMemberships: MembershipLoader = meetingMemberships;

async function loadMeeting(tx: Tx, actor: StaffActor, meetingId: string): Promise<Meeting> {
  const m = await getMeetingRecord(tx, actor.municipalityCode, meetingId);
  if (!m) throw apiError('NOT_FOUND');
  return { ...m, kind: ZMeetingKind.safeParse(m.kind).success ? (m.kind as MeetingKind) : 'other' };
}

/**
 * A meeting and its material are not public (C5): to someone who neither sits on it nor organises the
 * municipality's meetings, it is refused exactly as a meeting that does not exist.
 */
function notAMember(actor: StaffActor) {
  return organises(actor) ? domainError({ code: 'NOT_A_MEMBER', message: 'この会議の構成員ではありません。' }) : apiError('NOT_FOUND');
}

/** Organisers see a meeting's frame without sitting on it; anyone else who does not is told it does not exist. */
function notAMemberMayLook(actor: StaffActor) {
  if (!organises(actor)) throw apiError('NOT_FOUND');
}

/** A member who may take part now: in the municipality, in a role that may, with the undertaking for a 支援会議. */
function attendingMember(m: Meeting, actor: StaffActor, now: Date) {
  const member = m.members.find((x) => x.userId === actor.userId);
  if (!member) throw notAMember(actor);
  const ok = canAttend(m.kind, { municipalityCode: m.municipalityCode }, { role: actor.role as Role, municipalityCode: actor.municipalityCode, ...(member.undertakingSignedAt ? { undertakingSignedAt: member.undertakingSignedAt } : {}) }, now);
  if (!ok.ok) throw domainError(ok.error);
  return member;
}

export async function getMeetingOptions(tx: Tx, actor: StaffActor) {
  const [types, users, organisations] = await Promise.all([listMeetingTypes(tx, actor.municipalityCode), listMunicipalUsers(tx, actor.municipalityCode), listOrganisations(tx, actor.municipalityCode)]);
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  return {
    // A retired type is no longer offered for new meetings (issue #4 item 5); its meetings keep it.
    types: types
      .filter((t) => t.retiredAt === null)
      .map((t) => ({ ...t, kindLabel: meetingKinds[t.kind as MeetingKind]?.label ?? t.kind, legalBasis: meetingKinds[t.kind as MeetingKind]?.legalBasis ?? '' })),
    jointBodies: Object.values(jointBodies),
    // Who can be chosen as a member: staff of the municipality's organisations, never the prefecture or an auditor.
    users: users
      .filter((u) => u.role !== 'auditor')
      .map((u) => ({ id: u.id, displayName: u.displayName, role: u.role, roleLabel: roleLabels[u.role as Role] ?? u.role, organisationName: orgName.get(u.organisationId ?? '') ?? '' })),
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, isPublicAssistanceOffice: o.isPublicAssistanceOffice })),
  };
}

/** Organisers see the municipality's meetings (dates and titles); everyone else only the meetings they sit on. */
export async function findMeetings(tx: Tx, actor: StaffActor) {
  const rows = await listMeetingRecords(tx, actor.municipalityCode, organises(actor) ? undefined : actor.userId);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    typeName: r.meetingType.name,
    kind: r.kind,
    kindLabel: meetingKinds[r.kind as MeetingKind]?.label ?? r.kind,
    scheduledAt: r.scheduledAt,
    place: r.place,
    jointBody: r.jointBodyId ? (jointBodies[r.jointBodyId as JointBodyId]?.label ?? null) : null,
    heldAt: r.heldAt,
    agendaCount: r._count.agendaItems,
    memberCount: r._count.members,
  }));
}

export async function createMeeting(
  tx: Tx,
  actor: StaffActor,
  input: { meetingTypeId: string; title: string; scheduledAt: Date; place?: string | undefined; jointBodyId?: JointBodyId | undefined; jointNote?: string | undefined },
) {
  const type = await getMeetingType(tx, actor.municipalityCode, input.meetingTypeId);
  if (!type) throw apiError('NOT_FOUND');
  const usable = canSetMeetingWithType({ ...type, meetingCount: 0 });
  if (!usable.ok) throw domainError(usable.error);
  // C9: held with an existing body, the time kept separate — the record says which body and how.
  if (input.jointBodyId && !(input.jointNote ?? '').trim()) {
    throw domainError({ code: 'VALIDATION', message: '既存の会議体と合同で開く場合は、時間の切り分け方を記録してください。', details: { field: 'jointNote' } });
  }
  const m = await createMeetingRecord(tx, {
    municipalityCode: actor.municipalityCode,
    meetingTypeId: type.id,
    kind: type.kind,
    title: input.title,
    scheduledAt: input.scheduledAt,
    place: input.place ?? null,
    jointBodyId: input.jointBodyId ?? null,
    jointNote: input.jointBodyId ? (input.jointNote ?? null) : null,
    chairUserId: actor.userId,
  });
  await addMeetingMember(tx, { municipalityCode: actor.municipalityCode, meetingId: m.id, userId: actor.userId, organisationId: actor.organisationId });
  return { id: m.id };
}

export async function addMember(tx: Tx, actor: StaffActor, input: { meetingId: string; userId: string }, now: Date) {
  const m = await loadMeeting(tx, actor, input.meetingId);
  const user = await getMunicipalUser(tx, actor.municipalityCode, input.userId);
  if (!user?.organisationId) throw apiError('NOT_FOUND');
  // Role and municipality first; the 支援会議 undertaking is the member's own act, recorded afterwards.
  const allowed = canAttend(m.kind === 'shien' ? 'other' : m.kind, { municipalityCode: m.municipalityCode }, { role: user.role as Role, municipalityCode: actor.municipalityCode }, now);
  if (!allowed.ok) throw domainError(allowed.error);
  // C4: a new member of a consent-based meeting must be covered by the consent of everyone already on its agenda.
  if (m.kind !== 'shien') {
    for (const item of m.agendaItems) await checkAgendaConsents(tx, actor, m, item, true, [user.organisationId], now);
  }
  await addMeetingMember(tx, { municipalityCode: actor.municipalityCode, meetingId: m.id, userId: user.id, organisationId: user.organisationId });
  return { meetingId: m.id, userId: user.id };
}

export async function signUndertaking(tx: Tx, actor: StaffActor, input: { meetingId: string }, now: Date) {
  const m = await loadMeeting(tx, actor, input.meetingId);
  const member = m.members.find((x) => x.userId === actor.userId);
  if (!member) throw notAMember(actor);
  if (!member.undertakingSignedAt) await signMeetingUndertaking(tx, actor.municipalityCode, m.id, actor.userId, now, undertakingText);
  await auditAs(tx, actor, {
    action: 'write',
    recordType: 'MeetingUndertaking',
    recordId: member.id,
    legalBasis: 'support_meeting',
    basisRef: m.id,
  });
  return { meetingId: m.id, signedAt: member.undertakingSignedAt ?? now };
}

export async function addAgendaItem(
  tx: Tx,
  actor: StaffActor,
  input: { meetingId: string; caseId?: string | undefined; householdId?: string | undefined; personIds?: string[] | undefined; outreachSubjectId?: string | undefined; description?: string | undefined; notes?: string | undefined },
  now: Date,
) {
  const m = await loadMeeting(tx, actor, input.meetingId);
  attendingMember(m, actor, now);
  let placed: PlacedSubject & { caseId: string | null; planVersion: number | null; anonymised: number };
  if (input.caseId) {
    // C4/C12: the case brings its primary person and its whole household, whoever the coordinator names.
    const t = await tableCase(tx, actor, m, input.caseId, input.personIds ?? [], now);
    placed = {
      subjectKind: 'case',
      caseId: t.caseId,
      householdId: t.householdId,
      outreachSubjectId: null,
      subjectDescription: null,
      // The plan laid before the meeting is frozen with the item: the meeting judges that version, and shows it ever after.
      planVersion: t.planVersion > 0 ? t.planVersion : null,
      basis: t.placement.basis,
      consentIds: t.placement.consentIds,
      personIds: t.placement.identifiedPersonIds,
      anonymised: t.placement.anonymisedPersonIds.length,
    };
  } else {
    // C5: a 支援会議 may concern people the municipality has not (yet) taken on — no case needed there.
    placed = { ...(await placeSubject(tx, actor, m, input, now)), caseId: null, planVersion: null, anonymised: 0 };
  }
  const item = await createAgendaItem(tx, {
    municipalityCode: actor.municipalityCode,
    meetingId: m.id,
    caseId: placed.caseId,
    subjectKind: placed.subjectKind,
    householdId: placed.householdId,
    outreachSubjectId: placed.outreachSubjectId,
    subjectDescription: placed.subjectDescription,
    planVersion: placed.planVersion,
    personIds: [...placed.personIds],
    basis: placed.basis,
    consentIds: [...placed.consentIds],
    notes: input.notes ?? null,
    addedByUserId: actor.userId,
  });
  // Each person put on the agenda identifiably is a disclosure to the members: audited on its basis (C8, C11).
  for (const personId of placed.personIds) {
    await withoutBasisDetails(
      accessPerson(tx, actor, { personId, action: 'write', purpose: 'meeting', recordType: 'AgendaItem', recordId: item.id, origin: agendaOrigin(m, placed.caseId), ...(m.kind === 'shien' ? {} : { meetingId: m.id }), now }),
    );
  }
  return { id: item.id, basis: placed.basis, anonymisedCount: placed.anonymised };
}

/** The meeting as its member sees it; a 支援会議 shows nothing before the member's undertaking (C5). */
export async function getMeeting(tx: Tx, actor: StaffActor, meetingId: string, now: Date) {
  const m = await loadMeeting(tx, actor, meetingId);
  const me = m.members.find((x) => x.userId === actor.userId);
  if (!me) notAMemberMayLook(actor);
  const [users, organisations, municipality] = await Promise.all([listMunicipalUsers(tx, actor.municipalityCode), listOrganisations(tx, actor.municipalityCode), getMunicipality(tx, actor.municipalityCode)]);
  const userName = new Map(users.map((u) => [u.id, u.displayName]));
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const header = {
    id: m.id,
    municipalityName: municipality?.name ?? '',
    title: m.title,
    typeName: m.meetingType.name,
    kind: m.kind,
    kindLabel: meetingKinds[m.kind].label,
    legalBasis: meetingKinds[m.kind].legalBasis,
    scheduledAt: m.scheduledAt,
    place: m.place,
    jointBody: m.jointBodyId ? (jointBodies[m.jointBodyId as JointBodyId] ?? null) : null,
    jointNote: m.jointNote,
    version: m.version,
    isMember: me !== undefined,
    isChair: m.chairUserId === actor.userId,
    // Controls follow the permission table: a member who may only attend is not shown what would be refused.
    mayOrganise: organises(actor),
    undertakingSignedAt: me?.undertakingSignedAt ?? null,
    undertakingText: m.kind === 'shien' ? undertakingText : null,
    decisionsAllowed: decisionsAllowed(m.kind).map((d) => ({ decision: d, label: meetingDecisionLabels[d] })),
  };
  const attend = me ? canAttend(m.kind, { municipalityCode: m.municipalityCode }, { role: actor.role as Role, municipalityCode: actor.municipalityCode, ...(me.undertakingSignedAt ? { undertakingSignedAt: me.undertakingSignedAt } : {}) }, now) : null;
  if (!attend?.ok) {
    // Organisers who are not members see the frame only; a member without the undertaking sees only what to sign.
    return { ...header, locked: attend ? attend.error : { code: 'NOT_A_MEMBER', message: 'この会議の構成員ではないため、検討内容は表示されません。' }, members: [], guests: [], agenda: [], minutes: null, decisions: [] };
  }
  const members = m.members.map((x) => ({ userId: x.userId, name: userName.get(x.userId) ?? '', organisationName: orgName.get(x.organisationId) ?? '', undertakingSignedAt: x.undertakingSignedAt, attendance: x.attendance, attendanceLabel: attendanceLabelOf(x.attendance) }));
  const guests = await guestsOf(tx, actor, m);
  const agenda = [];
  for (const item of m.agendaItems) agenda.push(await readAgendaItem(tx, actor, m, item, (id) => orgName.get(id) ?? '', now));
  await auditAs(tx, actor, {
    action: 'read',
    recordType: 'MeetingMinutes',
    recordId: m.id,
    legalBasis: m.kind === 'shien' ? 'support_meeting' : 'meeting_member',
    basisRef: m.id,
  });
  return {
    ...header,
    locked: null,
    members,
    guests,
    agenda,
    minutes: m.minutes,
    heldAt: m.heldAt,
    decisions: m.decisions.map((d) => ({ ...d, label: meetingDecisionLabels[d.decision as MeetingDecision] ?? d.decision })),
  };
}

export async function recordMinutes(tx: Tx, actor: StaffActor, input: { meetingId: string; expectedVersion: number; minutes: string }, now: Date) {
  const m = await loadMeeting(tx, actor, input.meetingId);
  attendingMember(m, actor, now);
  if (m.version !== input.expectedVersion || !(await updateMeetingMinutes(tx, actor.municipalityCode, m.id, input.expectedVersion, input.minutes, m.heldAt ?? now))) throw apiError('CONFLICT');
  return { id: m.id, version: m.version + 1 };
}

const planDecisions: readonly MeetingDecision[] = ['plan_approval', 'closure_evaluation'];

/**
 * A decision of the meeting — only what its kind allows (canDecide). A 重層的支援会議's decisions change the
 * case on consent; a 支援会議's stay in its own record (C5, ADR 0014): the case is not touched.
 */
export async function decide(
  tx: Tx,
  actor: StaffActor,
  input: { meetingId: string; agendaItemId: string; decision: MeetingDecision; expectedCaseVersion?: number | undefined; note?: string | undefined; roles?: { organisationId: string; role: string }[] | undefined },
  now: Date,
) {
  const m = await loadMeeting(tx, actor, input.meetingId);
  attendingMember(m, actor, now);
  const allowed = canDecide(m.kind, input.decision);
  if (!allowed.ok) throw domainError(allowed.error);
  // A decision bears the meeting's date, however much later it is typed in; the entry time is kept beside it.
  const dated = decisionDate(m, now);
  if (!dated.ok) throw domainError(dated.error);
  const decidedAt = new Date(dated.value);
  const item = m.agendaItems.find((a) => a.id === input.agendaItemId);
  if (!item) throw apiError('NOT_FOUND');
  const onSubject = canDecideOnSubject(item.caseId ? 'case' : item.subjectKind, input.decision);
  if (!onSubject.ok) throw domainError(onSubject.error);
  if (!item.caseId) return decideOnSubject(tx, actor, m, item, input, { decidedAt, now }, loadMeetingMemberships);
  const expectedCaseVersion = input.expectedCaseVersion;
  if (expectedCaseVersion === undefined) throw domainError({ code: 'VALIDATION', message: 'ケースの版が指定されていません。画面を再読み込みしてください。', details: { field: 'expectedCaseVersion' } });
  const c = await loadCase(tx, actor, item.caseId);
  // The decision discloses the person's case to the meeting: on the meeting's own basis, re-checked now (C6, C7).
  await withoutBasisDetails(
    accessPerson(
      tx,
      actor,
      { personId: c.primaryPersonId, action: 'write', purpose: 'meeting', recordType: 'MeetingDecision', recordId: item.id, origin: agendaOrigin(m, c.id), ...(m.kind === 'shien' ? {} : { meetingId: m.id }), now },
      loadMeetingMemberships,
    ),
  );
  if (m.kind !== 'shien') await checkAgendaConsents(tx, actor, m, { caseId: c.id, personIds: item.personIds }, true, m.members.map((x) => x.organisationId), now);
  // C4: a plan speaks of the whole household; the meeting judges it only if it could be laid before the members.
  if (planDecisions.includes(input.decision) && (await anonymisedCount(tx, actor, m, item)) > 0) {
    throw domainError({
      code: 'CONSENT_REQUIRED',
      message: 'この世帯には、会議の構成員への共有に同意していない方がいるため、支援プランを会議に示していません。支援プランの確認や終結時の評価は、世帯の全員の同意を得てから改めて議題にしてください。',
      details: { field: 'agendaItemId' },
    });
  }
  const note = input.note?.trim() ? input.note.trim() : null;
  let planVersion: number | null = null;
  if (input.decision === 'plan_approval') {
    // The meeting approves the version laid before it, never one drafted after the agenda was set.
    if (item.planVersion !== null && item.planVersion !== c.planVersion) {
      throw domainError({ code: 'INVALID_TRANSITION', message: `この会議に示した支援プランは第${item.planVersion}版ですが、その後に第${c.planVersion}版が作成されています。新しい版は改めて議題にしてください。`, details: { field: 'agendaItemId' } });
    }
    const next = await applyCaseEvent(tx, actor, c, { type: 'approve_plan', meetingKind: m.kind, meetingId: m.id }, { expectedVersion: expectedCaseVersion, now, meetingId: m.id, note });
    planVersion = next.approvedPlanVersion ?? null;
    if (planVersion !== null) {
      await approvePlanVersion(tx, actor.municipalityCode, c.id, planVersion, m.id, decidedAt);
      const plan = await getPlanVersion(tx, actor.municipalityCode, c.id, planVersion);
      if (plan) await setCaseParticipantRoles(tx, actor.municipalityCode, c.id, plan.roles as { organisationId: string; role: string }[]);
    }
  } else if (input.decision === 'closure_evaluation') {
    if (!note) throw domainError({ code: 'VALIDATION', message: '終結時の評価を記録してください。', details: { field: 'note' } });
    await applyCaseEvent(tx, actor, c, { type: 'evaluate_closure', meetingKind: m.kind, meetingId: m.id }, { expectedVersion: expectedCaseVersion, now, meetingId: m.id, note });
  } else if (input.decision === 'support_direction') {
    // the direction agreed at the meeting is its record; the case itself does not change
    if (!note) throw domainError({ code: 'VALIDATION', message: '支援の方向性を記録してください。', details: { field: 'note' } });
  } else {
    if (!input.roles?.length) throw domainError({ code: 'VALIDATION', message: '役割分担を1件以上入力してください。', details: { field: 'roles' } });
    const orgs = new Set((await listOrganisations(tx, actor.municipalityCode)).map((o) => o.id));
    if (input.roles.some((r) => !orgs.has(r.organisationId))) throw apiError('NOT_FOUND');
    if (c.version !== expectedCaseVersion) throw apiError('CONFLICT');
    // C5: roles shared out in a 支援会議 are its material; copied into the case they would reach non-members.
    if (m.kind !== 'shien') {
      if (!(await touchCaseVersion(tx, actor.municipalityCode, c.id, expectedCaseVersion))) throw apiError('CONFLICT');
      await setCaseParticipantRoles(tx, actor.municipalityCode, c.id, input.roles);
    }
  }
  const d = await createMeetingDecision(tx, {
    municipalityCode: actor.municipalityCode,
    meetingId: m.id,
    agendaItemId: item.id,
    caseId: c.id,
    decision: input.decision,
    planVersion,
    roles: input.decision === 'role_assignment' ? (input.roles ?? null) : null,
    note,
    decidedAt,
    recordedAt: now,
    recordedByUserId: actor.userId,
  });
  return { id: d.id, caseId: c.id, caseStatus: c.status, caseVersion: c.version };
}

/** A guest who is not a user (MSW, ケアマネ, 大家 …), added by a member who may take part. */
export async function addGuest(tx: Tx, actor: StaffActor, input: GuestInput & { meetingId: string }, now: Date) {
  const m = await loadMeeting(tx, actor, input.meetingId);
  attendingMember(m, actor, now);
  return addGuestRow(tx, actor, m, input, now);
}

export async function noteGuestUndertaking(tx: Tx, actor: StaffActor, input: { meetingId: string; guestId: string; on: string }, now: Date) {
  const m = await loadMeeting(tx, actor, input.meetingId);
  attendingMember(m, actor, now);
  return noteUndertaking(tx, actor, m, input, now);
}

export async function recordAttendance(tx: Tx, actor: StaffActor, input: AttendanceInput & { meetingId: string }, now: Date) {
  const m = await loadMeeting(tx, actor, input.meetingId);
  attendingMember(m, actor, now);
  return recordAttendanceRows(tx, actor, m, input, now);
}
