// アウトリーチ (SPEC §3.7): a minimal record of someone not yet consenting, contacts over time.
import type { Tx } from '../scope.js';

const subjectSelect = {
  id: true,
  label: true,
  areaNote: true,
  referredBy: true,
  stage: true,
  ownerOrganisationId: true,
  workerUserId: true,
  personId: true,
  caseId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

export async function createOutreachSubject(
  tx: Tx,
  data: { municipalityCode: string; label: string; areaNote: string | null; referredBy: string | null; stage: string; ownerOrganisationId: string; workerUserId: string },
) {
  return tx.outreachSubject.create({ data, select: subjectSelect });
}

export async function listOutreachSubjects(tx: Tx, municipalityCode: string, ownerOrganisationId: string) {
  return tx.outreachSubject.findMany({
    where: { municipalityCode, ownerOrganisationId },
    select: { ...subjectSelect, _count: { select: { contacts: true } }, contacts: { select: { contactedAt: true }, orderBy: { contactedAt: 'desc' }, take: 1 } },
    orderBy: { updatedAt: 'desc' },
    take: 200,
  });
}

export async function getOutreachSubject(tx: Tx, municipalityCode: string, id: string) {
  return tx.outreachSubject.findFirst({
    where: { municipalityCode, id },
    select: { ...subjectSelect, contacts: { select: { id: true, method: true, outcome: true, note: true, stageAfter: true, contactedAt: true, userId: true, organisationId: true }, orderBy: { contactedAt: 'desc' } } },
  });
}

export async function addOutreachContact(
  tx: Tx,
  data: { municipalityCode: string; subjectId: string; method: string; outcome: string; note: string | null; stageAfter: string; contactedAt: Date; userId: string; organisationId: string },
): Promise<void> {
  await tx.outreachContact.create({ data });
}

/** Optimistic concurrency as for cases: the version read is in the WHERE. */
export async function updateOutreachSubject(
  tx: Tx,
  municipalityCode: string,
  id: string,
  expectedVersion: number,
  data: { stage: string; personId?: string; caseId?: string },
): Promise<boolean> {
  const { count } = await tx.outreachSubject.updateMany({ where: { municipalityCode, id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

/** The person and household first recorded when an outreach relationship becomes a case. */
export async function createHouseholdAndPerson(
  tx: Tx,
  data: {
    municipalityCode: string;
    address: string;
    familyName: string;
    givenName: string;
    familyNameKana: string;
    givenNameKana: string;
    nameKanaKey: string;
    nameKey: string;
    birthDate: Date | null;
  },
): Promise<{ householdId: string; personId: string }> {
  const { municipalityCode, address, ...person } = data;
  const household = await tx.household.create({ data: { municipalityCode, address }, select: { id: true } });
  const created = await tx.person.create({ data: { municipalityCode, householdId: household.id, relationship: '本人', ...person }, select: { id: true } });
  return { householdId: household.id, personId: created.id };
}

export async function createConsentRecord(
  tx: Tx,
  data: { municipalityCode: string; personId: string; organisationIds: string[]; purposes: string[]; method: string; obtainedByUserId: string; obtainedAt: Date },
) {
  return tx.consent.create({ data, select: { id: true } });
}

export async function createCaseRecord(
  tx: Tx,
  data: { municipalityCode: string; householdId: string; primaryPersonId: string; ownerOrganisationId: string; coordinatorUserId: string | null; status: string; issueIds: string[]; consentId: string | null; participantOrganisationIds: string[] },
) {
  const { participantOrganisationIds, ...rest } = data;
  return tx.case.create({
    data: { ...rest, participants: { create: participantOrganisationIds.map((organisationId) => ({ organisationId, municipalityCode: data.municipalityCode })) } },
    select: { id: true },
  });
}
