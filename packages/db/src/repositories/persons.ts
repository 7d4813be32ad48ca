import type { Tx } from '../scope.js';
import type { PersonListRow } from './lists.js';

type PersonRecordRow = PersonListRow & { relationship: string | null; phone: string | null };
export type PersonRecord = Omit<PersonRecordRow, 'address' | 'onPublicAssistance'> & { household: Pick<PersonRecordRow, 'address' | 'onPublicAssistance'> };

/** One person with the household's address: on the hot path of every read, so one plain statement (ADR 0024). */
export async function getPersonRecord(tx: Tx, municipalityCode: string, personId: string): Promise<PersonRecord | null> {
  const rows = await tx.$queryRaw<PersonRecordRow[]>`
    SELECT p.id::text AS id, p."householdId"::text AS "householdId", p."familyName", p."givenName", p."familyNameKana", p."givenNameKana", p."birthDate",
           p.relationship, p.phone, h.address, h."onPublicAssistance"
      FROM "Person" p JOIN "Household" h ON h.id = p."householdId"
     WHERE p."municipalityCode" = ${municipalityCode} AND p.id = ${personId}::uuid`;
  const row = rows[0];
  if (!row) return null;
  const { address, onPublicAssistance, ...person } = row;
  return { ...person, household: { address, onPublicAssistance } };
}
