import type { Tx } from '../scope.js';

// Everything the domain access policy needs to decide about one person, as plain data.
export interface PersonAccessFacts {
  person: { id: string; municipalityCode: string; householdId: string; birthDate: Date | null; publicAssistanceOfficeId: string | null };
  cases: { caseId: string; ownerOrganisationId: string; leadOrganisationId: string | null; involvedOrganisationIds: string[]; status: string }[];
  consents: {
    id: string;
    personId: string;
    organisationIds: string[];
    purposes: string[];
    method: string;
    obtainedAt: Date;
    obtainedByUserId: string;
    expiresAt: Date | null;
    withdrawnAt: Date | null;
    guardianName: string | null;
    guardianRelationship: string | null;
    childView: string | null;
    meetingIds: string[];
  }[];
}

export async function loadPersonAccessFacts(tx: Tx, municipalityCode: string, personId: string): Promise<PersonAccessFacts | null> {
  const person = await tx.person.findFirst({
    where: { municipalityCode, id: personId },
    select: { id: true, municipalityCode: true, householdId: true, birthDate: true, household: { select: { onPublicAssistance: true, publicAssistanceOfficeId: true } } },
  });
  if (!person) return null;
  // A case is the household's: every member is on it (SPEC §3 世帯まるごと), each with their own consent (C12).
  const [cases, consents] = await Promise.all([
    tx.case.findMany({
      where: { municipalityCode, householdId: person.householdId },
      select: { id: true, ownerOrganisationId: true, leadOrganisationId: true, status: true, participants: { select: { organisationId: true } } },
    }),
    tx.consent.findMany({
      where: { municipalityCode, personId },
      select: { id: true, personId: true, organisationIds: true, purposes: true, method: true, obtainedAt: true, obtainedByUserId: true, expiresAt: true, withdrawnAt: true, guardianName: true, guardianRelationship: true, childView: true, meetingIds: true },
    }),
  ]);
  return {
    person: {
      id: person.id,
      municipalityCode: person.municipalityCode,
      householdId: person.householdId,
      birthDate: person.birthDate,
      publicAssistanceOfficeId: person.household.onPublicAssistance ? person.household.publicAssistanceOfficeId : null,
    },
    cases: cases.map((c) => ({ caseId: c.id, ownerOrganisationId: c.ownerOrganisationId, leadOrganisationId: c.leadOrganisationId, involvedOrganisationIds: c.participants.map((p) => p.organisationId), status: c.status })),
    consents,
  };
}

/** The same facts for a page of persons in three queries (lists confirm each row with the policy). */
export async function loadPersonAccessFactsMany(tx: Tx, municipalityCode: string, personIds: string[]): Promise<Map<string, PersonAccessFacts>> {
  const out = new Map<string, PersonAccessFacts>();
  if (personIds.length === 0) return out;
  const persons = await tx.person.findMany({
    where: { municipalityCode, id: { in: personIds } },
    select: { id: true, municipalityCode: true, householdId: true, birthDate: true, household: { select: { onPublicAssistance: true, publicAssistanceOfficeId: true } } },
  });
  const householdIds = [...new Set(persons.map((p) => p.householdId))];
  const [cases, consents] = await Promise.all([
    tx.case.findMany({
      where: { municipalityCode, householdId: { in: householdIds } },
      select: { id: true, householdId: true, ownerOrganisationId: true, leadOrganisationId: true, status: true, participants: { select: { organisationId: true } } },
    }),
    tx.consent.findMany({
      where: { municipalityCode, personId: { in: personIds } },
      select: { id: true, personId: true, organisationIds: true, purposes: true, method: true, obtainedAt: true, obtainedByUserId: true, expiresAt: true, withdrawnAt: true, guardianName: true, guardianRelationship: true, childView: true, meetingIds: true },
    }),
  ]);
  for (const person of persons) {
    out.set(person.id, {
      person: {
        id: person.id,
        municipalityCode: person.municipalityCode,
        householdId: person.householdId,
        birthDate: person.birthDate,
        publicAssistanceOfficeId: person.household.onPublicAssistance ? person.household.publicAssistanceOfficeId : null,
      },
      cases: cases
        .filter((c) => c.householdId === person.householdId)
        .map((c) => ({ caseId: c.id, ownerOrganisationId: c.ownerOrganisationId, leadOrganisationId: c.leadOrganisationId, involvedOrganisationIds: c.participants.map((p) => p.organisationId), status: c.status })),
      consents: consents.filter((c) => c.personId === person.id),
    });
  }
  return out;
}
