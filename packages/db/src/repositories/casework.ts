// The case record (issue #10): 支援経過記録 in versions, 担当者 assignments, household relations and the
// history of household changes. Every function takes the municipality code and puts it in every where.
import type { Tx } from '../scope.js';

export interface ProgressContent {
  occurredAt: Date;
  method: string;
  counterpart: string;
  actedBy: string;
  content: string;
  nextStep: string | null;
  nextDate: Date | null;
}

const versionSelect = { version: true, occurredAt: true, method: true, counterpart: true, actedBy: true, content: true, nextStep: true, nextDate: true, correctionReason: true, writtenByUserId: true, writtenAt: true } as const;

export async function createProgressRecord(tx: Tx, municipalityCode: string, data: { caseId: string; organisationId: string; userId: string; at: Date } & ProgressContent): Promise<{ id: string }> {
  const { caseId, organisationId, userId, at, ...content } = data;
  return tx.progressRecord.create({
    data: { municipalityCode, caseId, organisationId, createdByUserId: userId, createdAt: at, versions: { create: { municipalityCode, version: 1, ...content, writtenByUserId: userId, writtenAt: at } } },
    select: { id: true },
  });
}

export async function getProgressRecord(tx: Tx, municipalityCode: string, recordId: string) {
  return tx.progressRecord.findFirst({ where: { municipalityCode, id: recordId }, select: { id: true, caseId: true, organisationId: true, versions: { select: versionSelect, orderBy: { version: 'desc' }, take: 1 } } });
}

/** A correction: the next version, written only if `expectedVersion` is still the latest (the unique key guards a race). */
export async function addProgressRecordVersion(tx: Tx, municipalityCode: string, recordId: string, expectedVersion: number, data: ProgressContent & { correctionReason: string; userId: string; at: Date }): Promise<boolean> {
  const latest = await tx.progressRecordVersion.findFirst({ where: { municipalityCode, recordId }, orderBy: { version: 'desc' }, select: { version: true } });
  if (latest?.version !== expectedVersion) return false;
  const { userId, at, ...content } = data;
  await tx.progressRecordVersion.create({ data: { municipalityCode, recordId, version: expectedVersion + 1, ...content, writtenByUserId: userId, writtenAt: at } });
  return true;
}

export async function listProgressRecords(tx: Tx, municipalityCode: string, caseIds: string[]) {
  return tx.progressRecord.findMany({
    where: { municipalityCode, caseId: { in: caseIds } },
    select: { id: true, caseId: true, organisationId: true, createdAt: true, versions: { select: versionSelect, orderBy: { version: 'desc' } } },
    orderBy: { createdAt: 'asc' },
  });
}

export type CaseAssignmentRow = Awaited<ReturnType<typeof listCaseAssignments>>[number];

export async function listCaseAssignments(tx: Tx, municipalityCode: string, caseId: string) {
  return tx.caseAssignment.findMany({ where: { municipalityCode, caseId }, orderBy: [{ startedAt: 'asc' }, { seq: 'asc' }] });
}

/** Ends the open assignment of `role` on the case (a transfer) — history stays as ended rows. */
export async function endCaseAssignment(tx: Tx, municipalityCode: string, caseId: string, role: string, data: { at: Date; userId: string }): Promise<number> {
  const { count } = await tx.caseAssignment.updateMany({ where: { municipalityCode, caseId, role, endedAt: null }, data: { endedAt: data.at, endedByUserId: data.userId } });
  return count;
}

export async function startCaseAssignment(tx: Tx, municipalityCode: string, data: { caseId: string; userId: string; role: string; at: Date; assignedByUserId: string; reason: string | null }): Promise<void> {
  await tx.caseAssignment.create({ data: { municipalityCode, caseId: data.caseId, userId: data.userId, role: data.role, startedAt: data.at, assignedByUserId: data.assignedByUserId, reason: data.reason } });
}

/** The open assignments of these workers, each with its case (the caseload). */
export async function listOpenAssignmentsOfUsers(tx: Tx, municipalityCode: string, userIds: string[]) {
  const rows = await tx.caseAssignment.findMany({ where: { municipalityCode, userId: { in: userIds }, endedAt: null }, orderBy: [{ startedAt: 'asc' }, { seq: 'asc' }] });
  const cases = await tx.case.findMany({
    where: { municipalityCode, id: { in: [...new Set(rows.map((r) => r.caseId))] } },
    select: { id: true, primaryPersonId: true, householdId: true, status: true, supportDecidedAt: true, ownerOrganisationId: true, leadOrganisationId: true },
  });
  const byId = new Map(cases.map((c) => [c.id, c]));
  return rows.flatMap((r) => {
    const c = byId.get(r.caseId);
    return c ? [{ ...r, case: c }] : [];
  });
}

export async function listUsersOfOrganisation(tx: Tx, municipalityCode: string, organisationId: string) {
  return listUsersOfOrganisations(tx, municipalityCode, [organisationId]);
}

export async function listUsersOfOrganisations(tx: Tx, municipalityCode: string, organisationIds: string[]) {
  return tx.user.findMany({ where: { municipalityCode, organisationId: { in: organisationIds } }, select: { id: true, displayName: true, role: true, organisationId: true }, orderBy: { displayName: 'asc' } });
}

export async function findUserInMunicipality(tx: Tx, municipalityCode: string, userId: string) {
  return tx.user.findFirst({ where: { municipalityCode, id: userId }, select: { id: true, displayName: true, organisationId: true, role: true } });
}

/** The relations of these persons, to members or to someone living elsewhere (別居). */
export async function listRelationsOf(tx: Tx, municipalityCode: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  return tx.householdRelation.findMany({ where: { municipalityCode, personId: { in: personIds } }, orderBy: { recordedAt: 'asc' } });
}

/** Both directions at once: `kind` is what `relatedPersonId` is to `personId`, `inverse` the other way round. */
export async function setRelationPair(
  tx: Tx,
  municipalityCode: string,
  data: { householdId: string; personId: string; relatedPersonId: string; kind: string; inverse: string; livesTogether: boolean; userId: string; at: Date },
): Promise<void> {
  const pairs = [
    { personId: data.personId, relatedPersonId: data.relatedPersonId, kind: data.kind },
    { personId: data.relatedPersonId, relatedPersonId: data.personId, kind: data.inverse },
  ];
  for (const p of pairs) {
    const row = { municipalityCode, householdId: data.householdId, kind: p.kind, livesTogether: data.livesTogether, recordedByUserId: data.userId, recordedAt: data.at };
    await tx.householdRelation.upsert({ where: { personId_relatedPersonId: { personId: p.personId, relatedPersonId: p.relatedPersonId } }, create: { ...row, personId: p.personId, relatedPersonId: p.relatedPersonId }, update: row });
  }
}

export async function setHouseholdPrimaryPerson(tx: Tx, municipalityCode: string, householdId: string, personId: string | null): Promise<void> {
  await tx.household.updateMany({ where: { municipalityCode, id: householdId }, data: { primaryPersonId: personId } });
}

export async function getHouseholdShape(tx: Tx, municipalityCode: string, householdId: string) {
  return tx.household.findFirst({
    where: { municipalityCode, id: householdId },
    select: { id: true, address: true, postalCode: true, primaryPersonId: true, onPublicAssistance: true, publicAssistanceOfficeId: true, persons: { where: { mergedIntoId: null }, select: { id: true }, orderBy: { birthDate: 'asc' } } },
  });
}

export async function createEmptyHousehold(tx: Tx, municipalityCode: string, data: { address: string; postalCode: string | null }): Promise<{ id: string }> {
  return tx.household.create({ data: { municipalityCode, address: data.address, postalCode: data.postalCode }, select: { id: true } });
}

/**
 * Moves persons to another household with what is theirs: their consultations and the cases they are the
 * primary person of. Their relations to anyone else become 別居 (a 世帯 is those who live together).
 */
export async function movePersonsToHousehold(tx: Tx, municipalityCode: string, personIds: string[], toHouseholdId: string): Promise<void> {
  await tx.person.updateMany({ where: { municipalityCode, id: { in: personIds } }, data: { householdId: toHouseholdId } });
  await tx.consultation.updateMany({ where: { municipalityCode, personId: { in: personIds } }, data: { householdId: toHouseholdId } });
  await tx.case.updateMany({ where: { municipalityCode, primaryPersonId: { in: personIds } }, data: { householdId: toHouseholdId } });
  await tx.householdRelation.updateMany({ where: { municipalityCode, OR: [{ personId: { in: personIds } }, { relatedPersonId: { in: personIds } }] }, data: { livesTogether: false } });
  await tx.householdRelation.updateMany({ where: { municipalityCode, personId: { in: personIds } }, data: { householdId: toHouseholdId } });
}

/** 世帯統合: everything recorded on the merged household (incl. consultations about no one person) goes to the survivor. */
export async function mergeHouseholdRows(tx: Tx, municipalityCode: string, fromHouseholdId: string, toHouseholdId: string): Promise<void> {
  await tx.person.updateMany({ where: { municipalityCode, householdId: fromHouseholdId }, data: { householdId: toHouseholdId } });
  await tx.consultation.updateMany({ where: { municipalityCode, householdId: fromHouseholdId }, data: { householdId: toHouseholdId } });
  await tx.case.updateMany({ where: { municipalityCode, householdId: fromHouseholdId }, data: { householdId: toHouseholdId } });
  await tx.protectionReferral.updateMany({ where: { municipalityCode, householdId: fromHouseholdId }, data: { householdId: toHouseholdId } });
  await tx.householdRelation.updateMany({ where: { municipalityCode, householdId: fromHouseholdId }, data: { householdId: toHouseholdId } });
  await tx.household.updateMany({ where: { municipalityCode, id: fromHouseholdId }, data: { primaryPersonId: null } });
}

export async function appendHouseholdChange(
  tx: Tx,
  municipalityCode: string,
  data: { kind: string; personIds: string[]; fromHouseholdId: string | null; toHouseholdId: string; reason: string | null; userId: string; at: Date },
): Promise<{ id: string }> {
  return tx.householdChange.create({
    data: { municipalityCode, kind: data.kind, personIds: data.personIds, fromHouseholdId: data.fromHouseholdId, toHouseholdId: data.toHouseholdId, reason: data.reason, changedByUserId: data.userId, changedAt: data.at },
    select: { id: true },
  });
}

export async function listHouseholdChanges(tx: Tx, municipalityCode: string, householdId: string) {
  return tx.householdChange.findMany({ where: { municipalityCode, OR: [{ toHouseholdId: householdId }, { fromHouseholdId: householdId }] }, orderBy: [{ changedAt: 'desc' }, { seq: 'desc' }] });
}

/** Meetings not yet held from `from` on that the user sits on or chairs (a chair need not be a member row). */
export async function listUpcomingMeetingsOfUser(tx: Tx, municipalityCode: string, userId: string, from: Date, take = 20) {
  return tx.meeting.findMany({
    where: { municipalityCode, heldAt: null, scheduledAt: { gte: from }, OR: [{ chairUserId: userId }, { members: { some: { userId } } }] },
    select: { id: true, title: true, scheduledAt: true, place: true, meetingType: { select: { name: true } } },
    orderBy: { scheduledAt: 'asc' },
    take,
  });
}

/** The latest plan of each case (its review date is the next 見直し). */
export async function latestPlansOfCases(tx: Tx, municipalityCode: string, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return tx.supportPlan.findMany({ where: { municipalityCode, caseId: { in: caseIds } }, orderBy: { version: 'desc' }, distinct: ['caseId'], select: { caseId: true, version: true, reviewDate: true } });
}

/** Everything dated about these cases and their persons, for one timeline (the service decides what is shown). */
export async function loadTimelineRows(tx: Tx, municipalityCode: string, caseIds: string[], personIds: string[]) {
  const [consultations, outreach, agenda, decisions, events, plans, referrals, progress] = await Promise.all([
    tx.consultation.findMany({ where: { municipalityCode, personId: { in: personIds } }, select: { id: true, organisationId: true, receivedAt: true, channel: true, summary: true } }),
    tx.outreachContact.findMany({ where: { municipalityCode, subject: { caseId: { in: caseIds } } }, select: { id: true, organisationId: true, contactedAt: true, method: true, outcome: true, note: true, subject: { select: { caseId: true } } } }),
    tx.agendaItem.findMany({ where: { municipalityCode, caseId: { in: caseIds } }, select: { id: true, caseId: true, meeting: { select: { id: true, kind: true, title: true, scheduledAt: true, heldAt: true } } } }),
    tx.meetingDecisionRecord.findMany({ where: { municipalityCode, caseId: { in: caseIds } }, select: { id: true, caseId: true, decision: true, planVersion: true, decidedAt: true, meeting: { select: { id: true, kind: true, title: true } } } }),
    tx.caseEventLog.findMany({ where: { municipalityCode, caseId: { in: caseIds } }, select: { id: true, caseId: true, type: true, organisationId: true, note: true, at: true } }),
    tx.supportPlan.findMany({ where: { municipalityCode, caseId: { in: caseIds } }, select: { id: true, caseId: true, version: true, createdAt: true, approvedAt: true, reviewDate: true } }),
    tx.protectionReferral.findMany({ where: { municipalityCode, personId: { in: personIds } }, select: { id: true, urgent: true, referredAt: true, referredByOrganisationId: true } }),
    listProgressRecords(tx, municipalityCode, caseIds),
  ]);
  return { consultations, outreach, agenda, decisions, events, plans, referrals, progress };
}

/** What tells households apart in a list: each member's reading and birth date, and the 主たる相談者. */
export async function loadHouseholdHints(tx: Tx, municipalityCode: string, householdIds: string[]) {
  if (householdIds.length === 0) return [];
  return tx.household.findMany({
    where: { municipalityCode, id: { in: householdIds } },
    select: { id: true, primaryPersonId: true, persons: { where: { mergedIntoId: null }, select: { id: true, familyNameKana: true, givenNameKana: true, birthDate: true }, orderBy: { birthDate: 'asc' } } },
  });
}
