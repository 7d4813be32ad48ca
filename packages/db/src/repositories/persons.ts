import { Prisma } from '../generated/prisma/client.js';
import { sqlRows } from '../raw-sql.js';
import type { Tx } from '../scope.js';
import type { PersonListRow } from './lists.js';

type PersonRecordRow = PersonListRow & { relationship: string | null; phone: string | null };
export type PersonRecord = Omit<PersonRecordRow, 'address' | 'onPublicAssistance'> & { household: Pick<PersonRecordRow, 'address' | 'onPublicAssistance'> };

/** An emergency grant as the person's record marks it (C3): when, by which organisation, reviewed or not. */
export interface EmergencyMark {
  openedAt: Date;
  expiresAt: Date;
  organisationName: string | null;
  reviewedAt: Date | null;
  outcome: string | null;
}

const recordSql = (municipalityCode: string, personId: string, extra: Prisma.Sql) => Prisma.sql`
    SELECT p.id::text AS id, p."householdId"::text AS "householdId", p."familyName", p."givenName", p."familyNameKana", p."givenNameKana", p."birthDate",
           p.relationship, p.phone, h.address, h."onPublicAssistance"${extra}
      FROM "Person" p JOIN "Household" h ON h.id = p."householdId"
     WHERE p."municipalityCode" = ${municipalityCode} AND p.id = ${personId}::uuid`;

const toRecord = ({ address, onPublicAssistance, ...person }: PersonRecordRow): PersonRecord => ({ ...person, household: { address, onPublicAssistance } });

/** One person with the household's address: on the hot path of every read, so one statement without the ORM (ADR 0024, 0035). */
export async function getPersonRecord(tx: Tx, municipalityCode: string, personId: string): Promise<PersonRecord | null> {
  const [row] = await sqlRows<PersonRecordRow>(tx, recordSql(municipalityCode, personId, Prisma.empty), { prepared: true });
  return row ? toRecord(row) : null;
}

/** The record with its emergency marks (the newest 100), for the person's page: still one statement. */
export async function getPersonRecordWithEmergencyMarks(tx: Tx, municipalityCode: string, personId: string): Promise<(PersonRecord & { emergencyMarks: EmergencyMark[] }) | null> {
  const marks = Prisma.sql`,
           coalesce((SELECT json_agg(json_build_object('openedAt', g."openedAt", 'expiresAt', g."expiresAt", 'organisationName', o.name, 'reviewedAt', g."reviewedAt", 'outcome', g.outcome) ORDER BY g."openedAt" DESC)
                       FROM (SELECT * FROM "EmergencyAccess" e WHERE e."municipalityCode" = ${municipalityCode} AND e."personId" = p.id ORDER BY e."openedAt" DESC LIMIT 100) g
                       LEFT JOIN "Organisation" o ON o.id = g."organisationId" AND o."municipalityCode" = ${municipalityCode}), '[]') AS "emergencyMarks"`;
  const [row] = await sqlRows<PersonRecordRow & { emergencyMarks: (Omit<EmergencyMark, 'openedAt' | 'expiresAt' | 'reviewedAt'> & { openedAt: string; expiresAt: string; reviewedAt: string | null })[] }>(
    tx,
    recordSql(municipalityCode, personId, marks),
    { prepared: true },
  );
  if (!row) return null;
  const { emergencyMarks, ...record } = row;
  return {
    ...toRecord(record),
    emergencyMarks: emergencyMarks.map((m) => ({ ...m, openedAt: new Date(m.openedAt), expiresAt: new Date(m.expiresAt), reviewedAt: m.reviewedAt === null ? null : new Date(m.reviewedAt) })),
  };
}
