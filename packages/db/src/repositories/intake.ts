import { Prisma } from '../generated/prisma/client.js';
import { sqlRows } from '../raw-sql.js';
import type { Tx } from '../scope.js';
import { allowedPersonsSql } from './access-sql.js';
import type { AccessScope } from './access-sql.js';
import { escapeLike } from './lists.js';

export interface NewPersonData {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  nameKanaKey: string;
  nameKey: string;
  birthDate: Date | null;
  relationship: string | null;
  phone: string | null;
}

export async function createHousehold(tx: Tx, municipalityCode: string, data: { address: string; postalCode: string | null }): Promise<{ id: string }> {
  return tx.household.create({ data: { municipalityCode, address: data.address, postalCode: data.postalCode }, select: { id: true } });
}

export async function createPerson(tx: Tx, municipalityCode: string, householdId: string, createdByOrganisationId: string, data: NewPersonData): Promise<{ id: string }> {
  return tx.person.create({ data: { municipalityCode, householdId, createdByOrganisationId, ...data }, select: { id: true } });
}

export async function findLivePerson(tx: Tx, municipalityCode: string, personId: string) {
  return tx.person.findFirst({
    where: { municipalityCode, id: personId, mergedIntoId: null },
    select: { id: true, householdId: true, birthDate: true, familyName: true, givenName: true, createdByOrganisationId: true },
  });
}

export async function householdExists(tx: Tx, municipalityCode: string, householdId: string): Promise<boolean> {
  return (await tx.household.count({ where: { municipalityCode, id: householdId } })) > 0;
}

export async function createConsultation(
  tx: Tx,
  municipalityCode: string,
  data: {
    householdId: string | null;
    personId: string | null;
    organisationId: string;
    receivedByUserId: string;
    receivedAt: Date;
    channel: string;
    consulterType: string;
    issueIds: string[];
    summary: string;
    triage: string | null;
  },
): Promise<{ id: string }> {
  return tx.consultation.create({ data: { municipalityCode, ...data }, select: { id: true } });
}

/** A possible existing record: its data only when the searcher may read the person, else nothing but the match. */
export type DuplicateCandidateRow =
  | { allowed: true; personId: string; householdId: string; ownRecord: boolean; familyName: string; givenName: string; birthYear: number | null; address: string; score: number }
  | { allowed: false; score: number };

/**
 * Possible existing records of the person being taken in (SPEC §3.1), found by reading (trigram and
 * prefix on the normalised kana key) or by name as written, ranked also by date of birth and address.
 * At most `limit` rows; for each the access predicate (ADR 0011) says whether the searcher may read the
 * person — only then are the person's columns read at all.
 */
export async function searchDuplicateCandidates(
  tx: Tx,
  s: AccessScope,
  q: { kanaKey: string | null; nameKey: string | null; birthDate: Date | null; address: string | null; limit: number },
): Promise<{ rows: DuplicateCandidateRow[]; more: boolean }> {
  const sql = duplicateSearchSql(s, q);
  if (sql === null) return { rows: [], more: false };
  const rows = await sqlRows<{ personId: string; score: number; allowed: boolean }>(tx, sql);
  const top = rows.slice(0, q.limit);
  const allowedIds = top.filter((r) => r.allowed).map((r) => r.personId);
  const data = allowedIds.length === 0 ? [] : await sqlRows<{ id: string; householdId: string; ownRecord: boolean; familyName: string; givenName: string; birthYear: number | null; address: string }>(tx, Prisma.sql`
    SELECT p.id, p."householdId", p."createdByOrganisationId" IS NOT DISTINCT FROM ${s.organisationId}::uuid AS "ownRecord", p."familyName", p."givenName",
           extract(year FROM p."birthDate")::int AS "birthYear", h.address
      FROM "Person" p JOIN "Household" h ON h.id = p."householdId"
     WHERE p."municipalityCode" = ${s.municipalityCode} AND p.id = ANY(${allowedIds}::uuid[])`);
  const byId = new Map(data.map((d) => [d.id, d]));
  return {
    rows: top.map((r) => {
      const d = r.allowed ? byId.get(r.personId) : undefined;
      return d ? { allowed: true as const, personId: d.id, householdId: d.householdId, ownRecord: d.ownRecord, familyName: d.familyName, givenName: d.givenName, birthYear: d.birthYear, address: d.address, score: Number(r.score) } : { allowed: false as const, score: Number(r.score) };
    }),
    more: rows.length > q.limit,
  };
}

/**
 * The ranked candidates (ids, score, whether the searcher may read each), or null without a name or
 * reading; exported for the bench's raw baseline. The candidate ids come from kasane_person_candidates
 * (SECURITY DEFINER, the request's own tenant only) so the trigram GIN indexes are used under RLS.
 */
export function duplicateSearchSql(s: AccessScope, q: { kanaKey: string | null; nameKey: string | null; birthDate: Date | null; address: string | null; limit: number }): Prisma.Sql | null {
  const score: Prisma.Sql[] = [];
  if (q.kanaKey) score.push(Prisma.sql`greatest(similarity(p."nameKanaKey", ${q.kanaKey}), CASE WHEN p."nameKanaKey" LIKE ${escapeLike(q.kanaKey) + '%'} THEN 0.8 ELSE 0 END)`);
  if (q.nameKey) score.push(Prisma.sql`greatest(similarity(p."nameKey", ${q.nameKey}), CASE WHEN p."nameKey" LIKE ${escapeLike(q.nameKey) + '%'} THEN 0.8 ELSE 0 END)`);
  if (score.length === 0) return null;
  if (q.birthDate) score.push(Prisma.sql`CASE WHEN p."birthDate" = ${q.birthDate}::date THEN 1 ELSE 0 END`);
  if (q.address) score.push(Prisma.sql`greatest(similarity(h.address, ${q.address}), CASE WHEN h.address LIKE ${'%' + escapeLike(q.address) + '%'} THEN 0.6 ELSE 0 END) * 0.5`);
  return Prisma.sql`
    WITH c AS (SELECT DISTINCT id FROM kasane_person_candidates(${q.kanaKey ?? ''}, ${q.nameKey ?? ''}, NULL::date, '')),
    top AS (
      SELECT p.id AS "personId", (${Prisma.join(score, ' + ')})::float8 AS score, p."nameKanaKey"
        FROM c JOIN "Person" p ON p.id = c.id JOIN "Household" h ON h.id = p."householdId"
       WHERE p."municipalityCode" = ${s.municipalityCode} AND p."mergedIntoId" IS NULL
       ORDER BY score DESC, p."nameKanaKey", p.id
       LIMIT ${q.limit + 1})
    SELECT top."personId", top.score, top."personId" IN (${allowedPersonsSql(s, Prisma.sql`SELECT t2."personId" FROM top t2`)}) AS allowed
      FROM top ORDER BY top.score DESC, top."nameKanaKey", top."personId"`;
}

/**
 * Makes `mergedId` one with `survivorId` (same person): consultations, consents and cases move to
 * the survivor, the merged record stays with a pointer (nothing is deleted; the merge is audited).
 */
export async function mergePersons(
  tx: Tx,
  municipalityCode: string,
  m: { survivorId: string; mergedId: string; userId: string; at: Date; reason: string },
): Promise<{ mergeId: string; moved: { consultations: string[]; consents: string[]; cases: string[] } }> {
  const where = { municipalityCode, personId: m.mergedId };
  const [consultations, consents, cases] = await Promise.all([
    tx.consultation.findMany({ where, select: { id: true } }),
    tx.consent.findMany({ where, select: { id: true } }),
    tx.case.findMany({ where: { municipalityCode, primaryPersonId: m.mergedId }, select: { id: true } }),
  ]);
  await tx.consultation.updateMany({ where, data: { personId: m.survivorId } });
  await tx.consent.updateMany({ where, data: { personId: m.survivorId } });
  await tx.case.updateMany({ where: { municipalityCode, primaryPersonId: m.mergedId }, data: { primaryPersonId: m.survivorId } });
  await tx.person.updateMany({ where: { municipalityCode, id: m.mergedId }, data: { mergedIntoId: m.survivorId } });
  const moved = { consultations: consultations.map((r) => r.id), consents: consents.map((r) => r.id), cases: cases.map((r) => r.id) };
  const merge = await tx.personMerge.create({
    data: { municipalityCode, survivorId: m.survivorId, mergedId: m.mergedId, mergedByUserId: m.userId, mergedAt: m.at, reason: m.reason, moved },
    select: { id: true },
  });
  return { mergeId: merge.id, moved };
}
