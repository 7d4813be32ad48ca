import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';

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

export interface DuplicateCandidateRow {
  personId: string;
  householdId: string;
  familyName: string;
  givenName: string;
  birthYear: number | null;
  address: string;
  score: number;
}

/**
 * Possible existing records of the person being taken in (SPEC §3.1), by reading (trigram and prefix
 * on the normalised kana key), by name as written, by date of birth and by address. Returns what
 * the service turns into minimal hints; the full address never leaves the service.
 */
export async function searchDuplicateCandidates(
  tx: Tx,
  municipalityCode: string,
  q: { kanaKey: string | null; nameKey: string | null; birthDate: Date | null; address: string | null; skip: number; take: number },
): Promise<{ rows: DuplicateCandidateRow[]; total: number }> {
  // The candidate ids come from kasane_person_candidates (SECURITY DEFINER, the request's own tenant
  // only) so the trigram GIN indexes are used; the rows themselves are read here under RLS.
  const score: Prisma.Sql[] = [];
  if (q.kanaKey) score.push(Prisma.sql`greatest(similarity(p."nameKanaKey", ${q.kanaKey}), CASE WHEN p."nameKanaKey" LIKE ${q.kanaKey + '%'} THEN 0.8 ELSE 0 END)`);
  if (q.nameKey) score.push(Prisma.sql`greatest(similarity(p."nameKey", ${q.nameKey}), CASE WHEN p."nameKey" LIKE ${q.nameKey + '%'} THEN 0.8 ELSE 0 END)`);
  if (q.birthDate) score.push(Prisma.sql`CASE WHEN p."birthDate" = ${q.birthDate}::date THEN 1 ELSE 0 END`);
  if (q.address) score.push(Prisma.sql`greatest(similarity(h.address, ${q.address}), CASE WHEN h.address LIKE ${'%' + q.address + '%'} THEN 0.6 ELSE 0 END) * 0.5`);
  if (score.length === 0) return { rows: [], total: 0 };
  const rows = await tx.$queryRaw<(DuplicateCandidateRow & { total: bigint })[]>`
    WITH c AS (SELECT DISTINCT id FROM kasane_person_candidates(${q.kanaKey ?? ''}, ${q.nameKey ?? ''}, ${q.birthDate}::date, ${q.address ?? ''})),
    scored AS (
      SELECT p.id AS "personId", p."householdId", p."familyName", p."givenName",
             extract(year FROM p."birthDate")::int AS "birthYear", h.address,
             (${Prisma.join(score, ' + ')})::float8 AS score, p."nameKanaKey"
        FROM c JOIN "Person" p ON p.id = c.id JOIN "Household" h ON h.id = p."householdId"
       WHERE p."municipalityCode" = ${municipalityCode} AND p."mergedIntoId" IS NULL
    )
    SELECT *, count(*) OVER () AS total FROM scored
     ORDER BY score DESC, "nameKanaKey", "personId"
     OFFSET ${q.skip} LIMIT ${q.take}`;
  return {
    rows: rows.map(({ total: _total, ...r }) => ({ ...r, score: Number(r.score) })),
    total: Number(rows[0]?.total ?? 0),
  };
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
