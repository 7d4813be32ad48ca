// Server-side lists of persons, households and cases, decided in SQL (ADR 0011): the access policy's
// bases as one set (`allowedPersonsSql`), the filter, the count and the page in one statement — ids
// only, no personal data, exact totals with no bound. Then the rows of that one page — the only
// personal data read, and what the caller confirms with the policy and audits.
import { Prisma } from '../generated/prisma/client.js';
import { sqlRows } from '../raw-sql.js';
import type { Tx } from '../scope.js';
import { allowedPersonsSql } from './access-sql.js';
import type { AccessScope } from './access-sql.js';

export interface ListFilter {
  q?: { kanaKey: string; nameKey: string } | undefined;
  status?: string | undefined;
  organisationId?: string | undefined;
  issueIds?: string[] | undefined;
  coordinatorUserId?: string | undefined;
  skip: number;
  take: number;
}

/** `\`, `%` and `_` taken literally in a LIKE pattern (PostgreSQL's default escape character). */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/gu, (c) => `\\${c}`);

function nameFilter(f: ListFilter): Prisma.Sql {
  if (!f.q) return Prisma.empty;
  const kana = escapeLike(f.q.kanaKey);
  const name = escapeLike(f.q.nameKey);
  return Prisma.sql` AND (p."nameKanaKey" LIKE ${kana + '%'} OR p."nameKey" LIKE ${'%' + name + '%'})`;
}

/** Conditions on the household's cases (status, organisation, issue, coordinator) as an EXISTS. */
function caseFilter(f: ListFilter, householdColumn: Prisma.Sql): Prisma.Sql {
  const parts = caseConditions(f);
  if (parts.length === 0) return Prisma.empty;
  return Prisma.sql` AND EXISTS (SELECT 1 FROM "Case" c WHERE c."householdId" = ${householdColumn} AND ${Prisma.join(parts, ' AND ')})`;
}

function caseConditions(f: ListFilter): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (f.status) parts.push(Prisma.sql`c.status = ${f.status}`);
  if (f.coordinatorUserId) parts.push(Prisma.sql`c."coordinatorUserId" = ${f.coordinatorUserId}::uuid`);
  if (f.organisationId) {
    parts.push(Prisma.sql`(c."ownerOrganisationId" = ${f.organisationId}::uuid OR c."leadOrganisationId" = ${f.organisationId}::uuid
      OR EXISTS (SELECT 1 FROM "CaseParticipant" cp WHERE cp."caseId" = c.id AND cp."organisationId" = ${f.organisationId}::uuid))`);
  }
  if (f.issueIds?.length) parts.push(Prisma.sql`c."issueIds" && ${f.issueIds}::text[]`);
  return parts;
}

/** One page of ids and the exact number of rows, from a `matched(id, key...)` CTE body and its order. */
function paged(matched: Prisma.Sql, columns: Prisma.Sql, order: Prisma.Sql, f: ListFilter): Prisma.Sql {
  return Prisma.sql`
    WITH matched AS MATERIALIZED (${matched})
    SELECT t.total, pg.* FROM (SELECT count(*) AS total FROM matched) t
      LEFT JOIN LATERAL (SELECT ${columns} FROM matched ORDER BY ${order} OFFSET ${f.skip} LIMIT ${f.take}) pg ON true`;
}

export interface Page<T> {
  total: number;
  ids: T[];
}

function pageOf<T>(rows: ({ total: bigint | number } & Record<string, unknown>)[], pick: (r: Record<string, unknown>) => T | null): Page<T> {
  const total = Number(rows[0]?.total ?? 0);
  return { total, ids: rows.flatMap((r) => { const v = pick(r); return v === null ? [] : [v]; }) };
}

/** The SQL of the person list (exported for the bench's raw baseline: the same statement without the service). */
export function personPageSql(s: AccessScope, f: ListFilter): Prisma.Sql {
  return paged(
    Prisma.sql`SELECT p.id, p."nameKanaKey", p."createdByOrganisationId" = ${s.organisationId}::uuid AS "ownRecord"
      FROM (${allowedPersonsSql(s)}) allowed JOIN "Person" p ON p.id = allowed.id
     WHERE p."municipalityCode" = ${s.municipalityCode} AND p."mergedIntoId" IS NULL${nameFilter(f)}${caseFilter(f, Prisma.sql`p."householdId"`)}`,
    Prisma.sql`id, "ownRecord"`,
    Prisma.sql`"nameKanaKey", id`,
    f,
  );
}

/** Persons the actor may read matching the filter: the exact total and one page, in list order (kana key). */
export async function findPersonPage(tx: Tx, s: AccessScope, f: ListFilter): Promise<Page<{ id: string; ownRecord: boolean }>> {
  const rows = await sqlRows<{ total: bigint | number } & Record<string, unknown>>(tx, personPageSql(s, f));
  return pageOf(rows, (r) => (typeof r.id === 'string' ? { id: r.id, ownRecord: r.ownRecord === true } : null));
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
  const rows = await sqlRows<PersonListRow>(tx, Prisma.sql`
    SELECT p.id, p."householdId", p."familyName", p."givenName", p."familyNameKana", p."givenNameKana", p."birthDate", h.address, h."onPublicAssistance"
      FROM "Person" p JOIN "Household" h ON h.id = p."householdId"
     WHERE p."municipalityCode" = ${municipalityCode} AND p.id = ANY(${[...ids]}::uuid[])`, { prepared: true });
  return inOrder(ids, rows);
}

/** A household of the page and its members the actor may read (matching the filter). */
export interface HouseholdPageItem {
  id: string;
  members: { id: string; ownRecord: boolean }[];
}

/** Households with at least one member the actor may read: the exact total and one page. */
export async function findHouseholdPage(tx: Tx, s: AccessScope, f: ListFilter): Promise<Page<HouseholdPageItem>> {
  const rows = await sqlRows<{ total: bigint | number } & Record<string, unknown>>(
    tx,
    paged(
      Prisma.sql`SELECT h.id, hh.key, hh."personIds", hh."ownRecords" FROM (
          SELECT p."householdId" AS id, min(p."nameKanaKey") AS key,
                 array_agg(p.id::text ORDER BY p."nameKanaKey", p.id) AS "personIds",
                 array_agg(p."createdByOrganisationId" IS NOT DISTINCT FROM ${s.organisationId}::uuid ORDER BY p."nameKanaKey", p.id) AS "ownRecords"
            FROM (${allowedPersonsSql(s)}) allowed JOIN "Person" p ON p.id = allowed.id
           WHERE p."municipalityCode" = ${s.municipalityCode} AND p."mergedIntoId" IS NULL${nameFilter(f)}
           GROUP BY p."householdId") hh JOIN "Household" h ON h.id = hh.id
       WHERE h."municipalityCode" = ${s.municipalityCode}${caseFilter(f, Prisma.sql`h.id`)}`,
      Prisma.sql`id, "personIds", "ownRecords"`,
      Prisma.sql`key, id`,
      f,
    ),
  );
  return pageOf(rows, (r) => {
    if (typeof r.id !== 'string') return null;
    const ids = r.personIds as string[];
    const own = r.ownRecords as boolean[];
    return { id: r.id, members: ids.map((id, i) => ({ id, ownRecord: own[i] === true })) };
  });
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
  const rows = await sqlRows<Omit<HouseholdListRow, 'memberCount' | 'openCases'> & { memberCount: bigint | number; openCases: bigint | number }>(tx, Prisma.sql`
    SELECT h.id, h.address, h."onPublicAssistance",
           (SELECT count(*) FROM "Person" m WHERE m."householdId" = h.id AND m."mergedIntoId" IS NULL) AS "memberCount",
           (SELECT count(*) FROM "Case" c WHERE c."householdId" = h.id AND c.status <> 'closed') AS "openCases"
      FROM "Household" h
     WHERE h."municipalityCode" = ${municipalityCode} AND h.id = ANY(${[...ids]}::uuid[])`, { prepared: true });
  return inOrder(ids, rows.map((r) => ({ ...r, memberCount: Number(r.memberCount), openCases: Number(r.openCases) })));
}

/** A case of the page and the person it is about (the basis is that person's). */
export interface CasePageItem {
  id: string;
  primaryPersonId: string;
  ownRecord: boolean;
}

/** The SQL of the case list (exported for the bench's raw baseline). */
export function casePageSql(s: AccessScope, f: ListFilter): Prisma.Sql {
  const where = [Prisma.sql`c."municipalityCode" = ${s.municipalityCode}`, ...caseConditions(f)];
  return paged(
    Prisma.sql`SELECT c.id, c."primaryPersonId", p."nameKanaKey", c."openedAt", p."createdByOrganisationId" = ${s.organisationId}::uuid AS "ownRecord"
      FROM "Case" c JOIN (${allowedPersonsSql(s)}) allowed ON allowed.id = c."primaryPersonId" JOIN "Person" p ON p.id = c."primaryPersonId"
     WHERE ${Prisma.join(where, ' AND ')}${nameFilter(f)}`,
    Prisma.sql`id, "primaryPersonId", "ownRecord"`,
    Prisma.sql`"nameKanaKey", "openedAt" DESC, id`,
    f,
  );
}

/** Cases about a person the actor may read, matching the filter: the exact total and one page. */
export async function findCasePage(tx: Tx, s: AccessScope, f: ListFilter): Promise<Page<CasePageItem>> {
  const rows = await sqlRows<{ total: bigint | number } & Record<string, unknown>>(tx, casePageSql(s, f));
  return pageOf(rows, (r) => (typeof r.id === 'string' && typeof r.primaryPersonId === 'string' ? { id: r.id, primaryPersonId: r.primaryPersonId, ownRecord: r.ownRecord === true } : null));
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
  const rows = await sqlRows<CaseListRow>(tx, Prisma.sql`
    SELECT c.id, c."householdId", c."primaryPersonId", p."familyName", p."givenName", p."familyNameKana", p."givenNameKana",
           c.status, c."issueIds", c."ownerOrganisationId", c."leadOrganisationId", c."coordinatorUserId", c."openedAt"
      FROM "Case" c JOIN "Person" p ON p.id = c."primaryPersonId"
     WHERE c."municipalityCode" = ${municipalityCode} AND c.id = ANY(${[...ids]}::uuid[])`, { prepared: true });
  return inOrder(ids, rows);
}
