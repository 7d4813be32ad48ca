// 多機関協働 and 支援プラン (SPEC §3.3–§3.6). Every function takes the municipality code and puts it in every where.
import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';
import { caseRecordAllowedSql } from './access-sql.js';
import type { AccessScope } from './access-sql.js';

const caseSelect = {
  id: true,
  municipalityCode: true,
  householdId: true,
  primaryPersonId: true,
  ownerOrganisationId: true,
  leadOrganisationId: true,
  coordinatorUserId: true,
  status: true,
  issueIds: true,
  openedAt: true,
  closedAt: true,
  version: true,
  consentId: true,
  supportDecidedAt: true,
  planVersion: true,
  approvedPlanVersion: true,
  reopenCount: true,
  household: { select: { address: true, onPublicAssistance: true, publicAssistanceOfficeId: true } },
  participants: { select: { organisationId: true, role: true } },
} as const;

export type CoordinationCaseRow = Prisma.CaseGetPayload<{ select: typeof caseSelect }>;

export async function getCoordinationCase(tx: Tx, municipalityCode: string, caseId: string): Promise<CoordinationCaseRow | null> {
  return tx.case.findFirst({ where: { municipalityCode, id: caseId }, select: caseSelect });
}

/** Cases an organisation owns, leads or takes part in (no other case is listed to it). */
export async function listCasesOfOrganisation(tx: Tx, municipalityCode: string, organisationId: string, statuses?: string[]): Promise<CoordinationCaseRow[]> {
  return tx.case.findMany({
    where: {
      municipalityCode,
      ...(statuses ? { status: { in: statuses } } : {}),
      OR: [{ ownerOrganisationId: organisationId }, { leadOrganisationId: organisationId }, { participants: { some: { organisationId } } }],
    },
    select: caseSelect,
    orderBy: { updatedAt: 'desc' },
    take: 200,
  });
}

export interface CoordinationListRow {
  id: string;
  primaryPersonId: string;
  status: string;
  version: number;
  openedAt: Date;
  onPublicAssistance: boolean;
  familyName: string;
  givenName: string;
}

/**
 * The 多機関協働 list: cases the organisation owns, leads or takes part in, and only those whose record
 * it may read (the access predicate, ADR 0011) — a case it has no basis for is not listed at all, not
 * even its status or 被保護 flag. Newest change first, at most `limit`.
 */
export async function listReadableCoordinationCases(tx: Tx, s: AccessScope, limit: number): Promise<CoordinationListRow[]> {
  return tx.$queryRaw<CoordinationListRow[]>`
    SELECT c.id, c."primaryPersonId", c.status, c.version, c."openedAt", h."onPublicAssistance", p."familyName", p."givenName"
      FROM "Case" c JOIN "Household" h ON h.id = c."householdId" JOIN "Person" p ON p.id = c."primaryPersonId"
     WHERE c."municipalityCode" = ${s.municipalityCode}
       AND (c."ownerOrganisationId" = ${s.organisationId}::uuid OR c."leadOrganisationId" = ${s.organisationId}::uuid
            OR EXISTS (SELECT 1 FROM "CaseParticipant" cp WHERE cp."caseId" = c.id AND cp."organisationId" = ${s.organisationId}::uuid))
       AND ${caseRecordAllowedSql(s)}
     ORDER BY c."updatedAt" DESC, c.id
     LIMIT ${limit}`;
}

/** The cases about a person (as their primary person), newest first — e.g. to follow a consent withdrawal (C6). */
export async function listCasesOfPrimaryPerson(tx: Tx, municipalityCode: string, personId: string): Promise<CoordinationCaseRow[]> {
  return tx.case.findMany({ where: { municipalityCode, primaryPersonId: personId }, select: caseSelect, orderBy: { updatedAt: 'desc' }, take: 200 });
}

export interface CaseStateColumns {
  status: string;
  consentId: string | null;
  supportDecidedAt: Date | null;
  planVersion: number;
  approvedPlanVersion: number | null;
  leadOrganisationId: string | null;
  reopenCount: number;
  closedAt: Date | null;
}

/**
 * Optimistic concurrency: the UPDATE carries the version the worker read. Another worker's change in
 * between makes it match no row, and the caller reports a conflict instead of overwriting.
 */
export async function updateCaseState(tx: Tx, municipalityCode: string, caseId: string, expectedVersion: number, data: CaseStateColumns): Promise<boolean> {
  const { count } = await tx.case.updateMany({ where: { municipalityCode, id: caseId, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

/** Bumps the version without a state change (an edit of the draft plan), under the same check. */
export async function touchCaseVersion(tx: Tx, municipalityCode: string, caseId: string, expectedVersion: number): Promise<boolean> {
  const { count } = await tx.case.updateMany({ where: { municipalityCode, id: caseId, version: expectedVersion }, data: { version: { increment: 1 } } });
  return count === 1;
}

export async function addCaseParticipants(tx: Tx, municipalityCode: string, caseId: string, organisationIds: string[]): Promise<void> {
  await tx.caseParticipant.createMany({ data: organisationIds.map((organisationId) => ({ caseId, organisationId, municipalityCode })), skipDuplicates: true });
}

export async function setCaseParticipantRoles(tx: Tx, municipalityCode: string, caseId: string, roles: { organisationId: string; role: string }[]): Promise<void> {
  await addCaseParticipants(tx, municipalityCode, caseId, roles.map((r) => r.organisationId));
  for (const r of roles) {
    await tx.caseParticipant.updateMany({ where: { municipalityCode, caseId, organisationId: r.organisationId }, data: { role: r.role } });
  }
}

export async function appendCaseEvent(
  tx: Tx,
  data: { municipalityCode: string; caseId: string; type: string; fromStatus: string; toStatus: string; actorUserId: string; organisationId: string; meetingId?: string | null; note?: string | null; at: Date },
): Promise<void> {
  await tx.caseEventLog.create({ data });
}

export async function listCaseEvents(tx: Tx, municipalityCode: string, caseId: string) {
  return tx.caseEventLog.findMany({ where: { municipalityCode, caseId }, orderBy: { at: 'asc' } });
}

export async function createAssessment(
  tx: Tx,
  data: { municipalityCode: string; caseId: string; summary: string; issueIds: string[]; strengths: string | null; recordedByUserId: string; recordedByOrganisationId: string; recordedAt: Date },
) {
  return tx.caseAssessment.create({ data });
}

export async function listAssessments(tx: Tx, municipalityCode: string, caseId: string) {
  return tx.caseAssessment.findMany({ where: { municipalityCode, caseId }, orderBy: { recordedAt: 'desc' } });
}

export interface PlanContent {
  goals: { text: string }[];
  roles: { organisationId: string; role: string }[];
  direction: string;
  reviewDate: Date;
}

export async function createPlanVersion(tx: Tx, data: PlanContent & { municipalityCode: string; caseId: string; version: number; createdByUserId: string }) {
  return tx.supportPlan.create({ data: { ...data, status: 'draft' } });
}

export async function updateDraftPlan(tx: Tx, municipalityCode: string, caseId: string, version: number, data: PlanContent): Promise<boolean> {
  const { count } = await tx.supportPlan.updateMany({ where: { municipalityCode, caseId, version, status: 'draft' }, data });
  return count === 1;
}

export async function approvePlanVersion(tx: Tx, municipalityCode: string, caseId: string, version: number, meetingId: string, at: Date): Promise<void> {
  await tx.supportPlan.updateMany({ where: { municipalityCode, caseId, status: 'approved' }, data: { status: 'superseded' } });
  await tx.supportPlan.updateMany({ where: { municipalityCode, caseId, version }, data: { status: 'approved', approvedAtMeetingId: meetingId, approvedAt: at } });
}

export async function listPlans(tx: Tx, municipalityCode: string, caseId: string) {
  return tx.supportPlan.findMany({ where: { municipalityCode, caseId }, orderBy: { version: 'desc' } });
}

export async function getPlanVersion(tx: Tx, municipalityCode: string, caseId: string, version: number) {
  return tx.supportPlan.findFirst({ where: { municipalityCode, caseId, version } });
}

export async function createProgressNote(tx: Tx, data: { municipalityCode: string; caseId: string; organisationId: string; authorUserId: string; body: string; recordedAt: Date }) {
  return tx.progressNote.create({ data });
}

export async function listProgressNotes(tx: Tx, municipalityCode: string, caseId: string) {
  return tx.progressNote.findMany({ where: { municipalityCode, caseId }, orderBy: { recordedAt: 'desc' }, take: 200 });
}

export async function listPersonsOfHousehold(tx: Tx, municipalityCode: string, householdId: string) {
  return tx.person.findMany({
    where: { municipalityCode, householdId },
    select: { id: true, familyName: true, givenName: true, familyNameKana: true, givenNameKana: true, birthDate: true, relationship: true },
    orderBy: { createdAt: 'asc' },
  });
}

export async function getOrganisationKind(tx: Tx, municipalityCode: string, organisationId: string): Promise<string | null> {
  const o = await tx.organisation.findFirst({ where: { municipalityCode, id: organisationId }, select: { kind: true } });
  return o?.kind ?? null;
}
