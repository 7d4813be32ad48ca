// Server-side lists of persons, households and cases, in two steps. First the ordered candidates:
// ids only (no personal data), of rows the organisation has a plausible ground for (its own cases and
// records, 保護の実施機関, a live consent naming it), so the access policy decides over the
// candidates, never the whole municipality (SPEC §4, C3/C7/C10). Then the rows of one page of ids the
// policy allowed — the only personal data read, and what the caller audits.
import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';

export interface Viewer {
  municipalityCode: string;
  organisationId: string;
  /** consent purpose the list is read for ('support'; the auditor reads all under 'audit') */
  purpose: string;
  allRows: boolean;
  now: Date;
}

export interface ListFilter {
  q?: { kanaKey: string; nameKey: string } | undefined;
  status?: string | undefined;
  organisationId?: string | undefined;
  issueIds?: string[] | undefined;
  coordinatorUserId?: string | undefined;
  /** at most this many candidates, in list order (the caller's bound on what the policy decides over) */
  limit: number;
}

/** Persons the viewer's organisation has some ground to read; the policy confirms each row. */
export function visiblePersonsSql(v: Viewer): Prisma.Sql {
  if (v.allRows) return Prisma.sql`SELECT p.id FROM "Person" p WHERE p."municipalityCode" = ${v.municipalityCode}`;
  const org = v.organisationId;
  return Prisma.sql`
    SELECT p.id FROM "Case" c JOIN "Person" p ON p."householdId" = c."householdId"
     WHERE c."municipalityCode" = ${v.municipalityCode} AND (c."ownerOrganisationId" = ${org}::uuid OR c."leadOrganisationId" = ${org}::uuid)
    UNION
    SELECT p.id FROM "Person" p WHERE p."municipalityCode" = ${v.municipalityCode} AND p."createdByOrganisationId" = ${org}::uuid
    UNION
    SELECT k."personId" FROM "Consultation" k WHERE k."municipalityCode" = ${v.municipalityCode} AND k."organisationId" = ${org}::uuid AND k."personId" IS NOT NULL

    UNION
    SELECT p.id FROM "Household" h JOIN "Person" p ON p."householdId" = h.id
     WHERE h."municipalityCode" = ${v.municipalityCode} AND h."onPublicAssistance" AND h."publicAssistanceOfficeId" = ${org}::uuid
    UNION
    SELECT k."personId" FROM "Consent" k
     WHERE k."municipalityCode" = ${v.municipalityCode} AND ${org} = ANY(k."organisationIds") AND ${v.purpose} = ANY(k.purposes)
       AND k."obtainedAt" <= ${v.now} AND (k."withdrawnAt" IS NULL OR k."withdrawnAt" > ${v.now}) AND (k."expiresAt" IS NULL OR k."expiresAt" > ${v.now})`;
}

function nameFilter(f: ListFilter): Prisma.Sql {
  if (!f.q) return Prisma.empty;
  return Prisma.sql` AND (p."nameKanaKey" LIKE ${f.q.kanaKey + '%'} OR p."nameKey" LIKE ${f.q.nameKey + '%'} OR p."nameKey" LIKE ${'%' + f.q.nameKey + '%'})`;
}

/** Conditions on the household's cases (status, organisation, issue, coordinator) as an EXISTS. */
function caseFilter(f: ListFilter, householdColumn: Prisma.Sql): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.status) parts.push(Prisma.sql`c.status = ${f.status}`);
  if (f.coordinatorUserId) parts.push(Prisma.sql`c."coordinatorUserId" = ${f.coordinatorUserId}::uuid`);
  if (f.organisationId) {
    parts.push(Prisma.sql`(c."ownerOrganisationId" = ${f.organisationId}::uuid OR c."leadOrganisationId" = ${f.organisationId}::uuid
      OR EXISTS (SELECT 1 FROM "CaseParticipant" cp WHERE cp."caseId" = c.id AND cp."organisationId" = ${f.organisationId}::uuid))`);
  }
  if (f.issueIds?.length) parts.push(Prisma.sql`c."issueIds" && ${f.issueIds}::text[]`);
  if (parts.length === 0) return Prisma.empty;
  return Prisma.sql` AND EXISTS (SELECT 1 FROM "Case" c WHERE c."householdId" = ${householdColumn} AND ${Prisma.join(parts, ' AND ')})`;
}

/** Persons matching the filter, in list order (kana key), as ids for the policy to decide on. */
export async function findPersonCandidates(tx: Tx, v: Viewer, f: ListFilter): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH visible AS (${visiblePersonsSql(v)})
    SELECT p.id FROM visible JOIN "Person" p ON p.id = visible.id
     WHERE p."municipalityCode" = ${v.municipalityCode} AND p."mergedIntoId" IS NULL${nameFilter(f)}${caseFilter(f, Prisma.sql`p."householdId"`)}
     ORDER BY p."nameKanaKey", p.id
     LIMIT ${f.limit}`;
  return rows.map((r) => r.id);
}

export interface PersonListRow {
  id: string;
  householdId: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: Date | null;
  address: string;
  onPublicAssistance: boolean;
}

const inOrder = <T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] => {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [r] : [];
  });
};

/** The rows of one page of persons (ids the policy allowed), in the order given. */
export async function loadPersonListRows(tx: Tx, municipalityCode: string, ids: readonly string[]): Promise<PersonListRow[]> {
  if (ids.length === 0) return [];
  const rows = await tx.$queryRaw<PersonListRow[]>`
    SELECT p.id, p."householdId", p."familyName", p."givenName", p."familyNameKana", p."givenNameKana", p."birthDate", h.address, h."onPublicAssistance"
      FROM "Person" p JOIN "Household" h ON h.id = p."householdId"
     WHERE p."municipalityCode" = ${municipalityCode} AND p.id = ANY(${[...ids]}::uuid[])`;
  return inOrder(ids, rows);
}

/** A household matching the filter, with its members the organisation may plausibly read. */
export interface HouseholdCandidate {
  id: string;
  personIds: string[];
}

export async function findHouseholdCandidates(tx: Tx, v: Viewer, f: ListFilter): Promise<HouseholdCandidate[]> {
  return tx.$queryRaw<HouseholdCandidate[]>`
    WITH visible AS (${visiblePersonsSql(v)}),
    hh AS (
      SELECT p."householdId" AS id, min(p."nameKanaKey") AS key, array_agg(p.id::text ORDER BY p."nameKanaKey", p.id) AS "personIds"
        FROM visible JOIN "Person" p ON p.id = visible.id
       WHERE p."municipalityCode" = ${v.municipalityCode} AND p."mergedIntoId" IS NULL${nameFilter(f)}
       GROUP BY p."householdId"
    )
    SELECT h.id, hh."personIds" FROM hh JOIN "Household" h ON h.id = hh.id
     WHERE h."municipalityCode" = ${v.municipalityCode}${caseFilter(f, Prisma.sql`h.id`)}
     ORDER BY hh.key, h.id
     LIMIT ${f.limit}`;
}

export interface HouseholdListRow {
  id: string;
  address: string;
  onPublicAssistance: boolean;
  memberCount: number;
  openCases: number;
}

export async function loadHouseholdListRows(tx: Tx, municipalityCode: string, ids: readonly string[]): Promise<HouseholdListRow[]> {
  if (ids.length === 0) return [];
  const rows = await tx.$queryRaw<(Omit<HouseholdListRow, 'memberCount' | 'openCases'> & { memberCount: bigint; openCases: bigint })[]>`
    SELECT h.id, h.address, h."onPublicAssistance",
           (SELECT count(*) FROM "Person" m WHERE m."householdId" = h.id AND m."mergedIntoId" IS NULL) AS "memberCount",
           (SELECT count(*) FROM "Case" c WHERE c."householdId" = h.id AND c.status <> 'closed') AS "openCases"
      FROM "Household" h
     WHERE h."municipalityCode" = ${municipalityCode} AND h.id = ANY(${[...ids]}::uuid[])`;
  return inOrder(ids, rows.map((r) => ({ ...r, memberCount: Number(r.memberCount), openCases: Number(r.openCases) })));
}

/** A case matching the filter and the person it is about (the policy decides on that person). */
export interface CaseCandidate {
  id: string;
  primaryPersonId: string;
}

export async function findCaseCandidates(tx: Tx, v: Viewer, f: ListFilter): Promise<CaseCandidate[]> {
  const where: Prisma.Sql[] = [Prisma.sql`c."municipalityCode" = ${v.municipalityCode}`];
  if (f.status) where.push(Prisma.sql`c.status = ${f.status}`);
  if (f.coordinatorUserId) where.push(Prisma.sql`c."coordinatorUserId" = ${f.coordinatorUserId}::uuid`);
  if (f.issueIds?.length) where.push(Prisma.sql`c."issueIds" && ${f.issueIds}::text[]`);
  if (f.organisationId) {
    where.push(Prisma.sql`(c."ownerOrganisationId" = ${f.organisationId}::uuid OR c."leadOrganisationId" = ${f.organisationId}::uuid
      OR EXISTS (SELECT 1 FROM "CaseParticipant" cp WHERE cp."caseId" = c.id AND cp."organisationId" = ${f.organisationId}::uuid))`);
  }
  return tx.$queryRaw<CaseCandidate[]>`
    WITH visible AS (${visiblePersonsSql(v)})
    SELECT c.id, c."primaryPersonId"
      FROM "Case" c JOIN visible ON visible.id = c."primaryPersonId" JOIN "Person" p ON p.id = c."primaryPersonId"
     WHERE ${Prisma.join(where, ' AND ')}${nameFilter(f)}
     ORDER BY p."nameKanaKey", c."openedAt" DESC, c.id
     LIMIT ${f.limit}`;
}

export interface CaseListRow {
  id: string;
  householdId: string;
  primaryPersonId: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  status: string;
  issueIds: string[];
  ownerOrganisationId: string;
  leadOrganisationId: string | null;
  coordinatorUserId: string | null;
  openedAt: Date;
}

export async function loadCaseListRows(tx: Tx, municipalityCode: string, ids: readonly string[]): Promise<CaseListRow[]> {
  if (ids.length === 0) return [];
  const rows = await tx.$queryRaw<CaseListRow[]>`
    SELECT c.id, c."householdId", c."primaryPersonId", p."familyName", p."givenName", p."familyNameKana", p."givenNameKana",
           c.status, c."issueIds", c."ownerOrganisationId", c."leadOrganisationId", c."coordinatorUserId", c."openedAt"
      FROM "Case" c JOIN "Person" p ON p.id = c."primaryPersonId"
     WHERE c."municipalityCode" = ${municipalityCode} AND c.id = ANY(${[...ids]}::uuid[])`;
  return inOrder(ids, rows);
}
