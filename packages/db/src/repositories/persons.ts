import type { Tx } from '../scope.js';

export interface PersonRecord {
  id: string;
  householdId: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: Date | null;
  relationship: string | null;
  phone: string | null;
  household: { address: string; onPublicAssistance: boolean };
}

/** One person with the household's address: on the hot path of every read, so one plain statement (ADR 0024). */
export async function getPersonRecord(tx: Tx, municipalityCode: string, personId: string): Promise<PersonRecord | null> {
  const rows = await tx.$queryRaw<(Omit<PersonRecord, 'household'> & { address: string; onPublicAssistance: boolean })[]>`
    SELECT p.id::text AS id, p."householdId"::text AS "householdId", p."familyName", p."givenName", p."familyNameKana", p."givenNameKana", p."birthDate",
           p.relationship, p.phone, h.address, h."onPublicAssistance"
      FROM "Person" p JOIN "Household" h ON h.id = p."householdId"
     WHERE p."municipalityCode" = ${municipalityCode} AND p.id = ${personId}::uuid`;
  const row = rows[0];
  if (!row) return null;
  const { address, onPublicAssistance, ...person } = row;
  return { ...person, household: { address, onPublicAssistance } };
}
