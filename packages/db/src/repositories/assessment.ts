// インテーク・アセスメントシート in versions (ADR 0028). Every function takes the municipality code and puts it in every where.
import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';

const select = { id: true, caseId: true, version: true, sheet: true, reportedKeys: true, writtenByUserId: true, writtenByOrganisationId: true, writtenAt: true } as const;

export type AssessmentSheetRow = Awaited<ReturnType<typeof listAssessmentSheets>>[number];

/** Newest first. */
export async function listAssessmentSheets(tx: Tx, municipalityCode: string, caseIds: string[]) {
  return tx.assessmentSheetVersion.findMany({ where: { municipalityCode, caseId: { in: caseIds } }, select, orderBy: [{ caseId: 'asc' }, { version: 'desc' }] });
}

/** The next version, written only if `expectedVersion` (0 for the first) is still the latest; the unique key guards a race. */
export async function addAssessmentSheet(
  tx: Tx,
  municipalityCode: string,
  data: { caseId: string; expectedVersion: number; sheet: Prisma.InputJsonValue; reportedKeys: string[]; userId: string; organisationId: string; at: Date },
): Promise<{ id: string; version: number } | null> {
  const latest = await tx.assessmentSheetVersion.findFirst({ where: { municipalityCode, caseId: data.caseId }, orderBy: { version: 'desc' }, select: { version: true } });
  if ((latest?.version ?? 0) !== data.expectedVersion) return null;
  return tx.assessmentSheetVersion.create({
    data: {
      municipalityCode,
      caseId: data.caseId,
      version: data.expectedVersion + 1,
      sheet: data.sheet,
      reportedKeys: data.reportedKeys,
      writtenByUserId: data.userId,
      writtenByOrganisationId: data.organisationId,
      writtenAt: data.at,
    },
    select: { id: true, version: true },
  });
}

/** The consultations of one person, oldest first — the first is the 相談受付票 of the case. */
export async function listConsultationsOfPerson(tx: Tx, municipalityCode: string, personId: string) {
  return tx.consultation.findMany({
    where: { municipalityCode, personId },
    select: { id: true, personId: true, organisationId: true, receivedByUserId: true, receivedAt: true, channel: true, consulterType: true, issueIds: true, summary: true, triage: true },
    orderBy: { receivedAt: 'asc' },
  });
}
