import { Prisma } from '../generated/prisma/client.js';
import { sqlRows } from '../raw-sql.js';
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
  /** C10: referrals of the person's household to a 保護の実施機関 (生活保護 is decided per household, 生活保護法第10条). */
  protectionReferrals: { referralId: string; officeOrganisationId: string }[];
}

export async function loadPersonAccessFacts(tx: Tx, municipalityCode: string, personId: string): Promise<PersonAccessFacts | null> {
  const person = await tx.person.findFirst({
    where: { municipalityCode, id: personId },
    select: { id: true, municipalityCode: true, householdId: true, birthDate: true, household: { select: { onPublicAssistance: true, publicAssistanceOfficeId: true } } },
  });
  if (!person) return null;
  // A case is the household's: every member is on it (SPEC §3 世帯まるごと), each with their own consent (C12).
  const [cases, consents, referrals] = await Promise.all([
    tx.case.findMany({
      where: { municipalityCode, householdId: person.householdId },
      select: { id: true, ownerOrganisationId: true, leadOrganisationId: true, status: true, participants: { select: { organisationId: true } } },
    }),
    tx.consent.findMany({
      where: { municipalityCode, personId },
      select: { id: true, personId: true, organisationIds: true, purposes: true, method: true, obtainedAt: true, obtainedByUserId: true, expiresAt: true, withdrawnAt: true, guardianName: true, guardianRelationship: true, childView: true, meetingIds: true },
    }),
    tx.protectionReferral.findMany({ where: { municipalityCode, householdId: person.householdId }, select: { id: true, officeOrganisationId: true } }),
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
    protectionReferrals: referrals.map((r) => ({ referralId: r.id, officeOrganisationId: r.officeOrganisationId })),
  };
}

/** A meeting the actor sits on, as the access policy reads it (C4, C5). */
export interface MembershipFacts {
  meetingId: string;
  kind: string;
  undertakingSignedAt: Date | null;
  agendaPersonIds: string[];
}

interface FactsJson {
  person: { id: string; municipalityCode: string; householdId: string; birthDate: string | null; publicAssistanceOfficeId: string | null } | null;
  cases: PersonAccessFacts['cases'];
  consents: (Omit<PersonAccessFacts['consents'][number], 'obtainedAt' | 'expiresAt' | 'withdrawnAt'> & { obtainedAt: string; expiresAt: string | null; withdrawnAt: string | null })[];
  protectionReferrals: PersonAccessFacts['protectionReferrals'];
  memberships: (Omit<MembershipFacts, 'undertakingSignedAt'> & { undertakingSignedAt: string | null })[];
  recordedByReader?: boolean;
  grant?: { id: string; reason: string; openedAt: string; expiresAt: string } | null;
}

/** What one reader brings to a read of one person (person.get): their organisation, the moment. */
export interface ReaderFacts {
  organisationId: string;
  now: Date;
}

/** The reader's side of the facts: whether their organisation recorded the person, their open emergency grant. */
export interface ReaderContext {
  recordedByReader: boolean;
  grant: { id: string; reason: string; openedAt: Date; expiresAt: Date } | null;
}

const dateOrNull = (v: string | null): Date | null => (v === null ? null : new Date(v));

/** The user's meeting memberships as a JSON array (C4, C5): the agenda's persons of each meeting. */
const membershipsJsonSql = (municipalityCode: string, userId: string) => Prisma.sql`coalesce((
        SELECT json_agg(json_build_object('meetingId', mm."meetingId", 'kind', m.kind, 'undertakingSignedAt', mm."undertakingSignedAt",
                 'agendaPersonIds', coalesce((SELECT array_agg(DISTINCT x) FROM "AgendaItem" a CROSS JOIN unnest(a."personIds") x WHERE a."meetingId" = m.id), '{}')))
          FROM "MeetingMember" mm JOIN "Meeting" m ON m.id = mm."meetingId"
         WHERE mm."municipalityCode" = ${municipalityCode} AND mm."userId" = ${userId}::uuid), '[]')`;

/** The meetings the user sits on, in one statement (every list asks it). */
export async function loadMeetingMembershipsOfUser(tx: Tx, municipalityCode: string, userId: string): Promise<MembershipFacts[]> {
  const [row] = await sqlRows<{ memberships: FactsJson['memberships'] }>(tx, Prisma.sql`SELECT ${membershipsJsonSql(municipalityCode, userId)} AS memberships`, { prepared: true });
  return (row?.memberships ?? []).map((m) => ({ ...m, undertakingSignedAt: dateOrNull(m.undertakingSignedAt) }));
}

/**
 * The hot path's form of `loadPersonAccessFacts` plus the user's meeting memberships: one statement
 * returning JSON instead of eight queries (ADR 0024). Same rows, same filters; JSON dates are ISO
 * strings (timestamptz with its offset, date as YYYY-MM-DD = UTC midnight as Prisma reads it).
 */
export async function loadPersonAccessContext(
  tx: Tx,
  municipalityCode: string,
  personId: string,
  userId: string,
  reader?: ReaderFacts,
): Promise<{ facts: PersonAccessFacts | null; memberships: MembershipFacts[]; reader: ReaderContext | null }> {
  // With a reader, the same statement says whether their organisation recorded the person (identity
  // origin) and finds their newest open emergency grant for the person (C3).
  const readerFields = reader
    ? Prisma.sql`,
      'recordedByReader', EXISTS (SELECT 1 FROM p WHERE p."createdByOrganisationId" = ${reader.organisationId}::uuid),
      'grant', (SELECT json_build_object('id', g.id, 'reason', g.reason, 'openedAt', g."openedAt", 'expiresAt', g."expiresAt") FROM "EmergencyAccess" g
                 WHERE g."municipalityCode" = ${municipalityCode} AND g."userId" = ${userId}::uuid AND g."personId" = ${personId}::uuid
                   AND g."openedAt" <= ${reader.now} AND g."expiresAt" > ${reader.now}
                 ORDER BY g."openedAt" DESC LIMIT 1)`
    : Prisma.empty;
  const rows = await sqlRows<{ facts: FactsJson }>(tx, Prisma.sql`
    WITH p AS (
      SELECT p.id, p."municipalityCode", p."householdId", p."birthDate", p."createdByOrganisationId",
             CASE WHEN h."onPublicAssistance" THEN h."publicAssistanceOfficeId" END AS "publicAssistanceOfficeId"
        FROM "Person" p JOIN "Household" h ON h.id = p."householdId"
       WHERE p."municipalityCode" = ${municipalityCode} AND p.id = ${personId}::uuid
    )
    SELECT json_build_object(
      'person', (SELECT json_build_object('id', p.id, 'municipalityCode', p."municipalityCode", 'householdId', p."householdId", 'birthDate', p."birthDate",
                                          'publicAssistanceOfficeId', p."publicAssistanceOfficeId") FROM p),
      'cases', coalesce((
        SELECT json_agg(json_build_object('caseId', c.id, 'ownerOrganisationId', c."ownerOrganisationId", 'leadOrganisationId', c."leadOrganisationId", 'status', c.status,
                 'involvedOrganisationIds', coalesce((SELECT array_agg(cp."organisationId") FROM "CaseParticipant" cp WHERE cp."caseId" = c.id), '{}')))
          FROM "Case" c JOIN p ON c."householdId" = p."householdId" WHERE c."municipalityCode" = ${municipalityCode}), '[]'),
      'consents', coalesce((
        SELECT json_agg(json_build_object('id', k.id, 'personId', k."personId", 'organisationIds', k."organisationIds", 'purposes', k.purposes, 'method', k.method,
                 'obtainedAt', k."obtainedAt", 'obtainedByUserId', k."obtainedByUserId", 'expiresAt', k."expiresAt", 'withdrawnAt', k."withdrawnAt",
                 'guardianName', k."guardianName", 'guardianRelationship', k."guardianRelationship", 'childView', k."childView", 'meetingIds', k."meetingIds"))
          FROM "Consent" k JOIN p ON k."personId" = p.id WHERE k."municipalityCode" = ${municipalityCode}), '[]'),
      'protectionReferrals', coalesce((
        SELECT json_agg(json_build_object('referralId', r.id, 'officeOrganisationId', r."officeOrganisationId"))
          FROM "ProtectionReferral" r JOIN p ON r."householdId" = p."householdId" WHERE r."municipalityCode" = ${municipalityCode}), '[]'),
      'memberships', ${membershipsJsonSql(municipalityCode, userId)}${readerFields}
    ) AS facts`, { prepared: true });
  const json = rows[0]?.facts;
  if (!json) throw new Error('access facts: no row');
  const memberships = json.memberships.map((m) => ({ ...m, undertakingSignedAt: dateOrNull(m.undertakingSignedAt) }));
  const readerContext: ReaderContext | null = reader
    ? {
        recordedByReader: json.recordedByReader === true,
        grant: json.grant ? { ...json.grant, openedAt: new Date(json.grant.openedAt), expiresAt: new Date(json.grant.expiresAt) } : null,
      }
    : null;
  if (!json.person) return { facts: null, memberships, reader: readerContext };
  return {
    reader: readerContext,
    facts: {
      person: { ...json.person, birthDate: dateOrNull(json.person.birthDate) },
      cases: json.cases,
      consents: json.consents.map((k) => ({ ...k, obtainedAt: new Date(k.obtainedAt), expiresAt: dateOrNull(k.expiresAt), withdrawnAt: dateOrNull(k.withdrawnAt) })),
      protectionReferrals: json.protectionReferrals,
    },
    memberships,
  };
}

type ConsentFacts = PersonAccessFacts['consents'][number];
type CaseFacts = PersonAccessFacts['cases'][number];

/**
 * The same facts for many persons in three set-based queries (ids as one array parameter), grouped
 * by key: lists decide over every candidate row, so this must stay linear in the number of persons.
 */
export async function loadPersonAccessFactsMany(tx: Tx, municipalityCode: string, personIds: string[]): Promise<Map<string, PersonAccessFacts>> {
  const out = new Map<string, PersonAccessFacts>();
  if (personIds.length === 0) return out;
  const ids = [...new Set(personIds)];
  const persons = await sqlRows<{ id: string; municipalityCode: string; householdId: string; birthDate: Date | null; publicAssistanceOfficeId: string | null }>(tx, Prisma.sql`
    SELECT p.id::text AS id, p."municipalityCode", p."householdId"::text AS "householdId", p."birthDate",
           CASE WHEN h."onPublicAssistance" THEN h."publicAssistanceOfficeId"::text END AS "publicAssistanceOfficeId"
      FROM "Person" p JOIN "Household" h ON h.id = p."householdId"
     WHERE p."municipalityCode" = ${municipalityCode} AND p.id = ANY(${ids}::uuid[])`, { prepared: true });
  const householdIds = [...new Set(persons.map((p) => p.householdId))];
  const [cases, consents, referrals] = await Promise.all([
    sqlRows<CaseFacts & { householdId: string }>(tx, Prisma.sql`
      SELECT c.id::text AS "caseId", c."householdId"::text AS "householdId", c."ownerOrganisationId"::text AS "ownerOrganisationId", c."leadOrganisationId"::text AS "leadOrganisationId", c.status,
             coalesce((SELECT array_agg(cp."organisationId"::text) FROM "CaseParticipant" cp WHERE cp."caseId" = c.id), '{}') AS "involvedOrganisationIds"
        FROM "Case" c
       WHERE c."municipalityCode" = ${municipalityCode} AND c."householdId" = ANY(${householdIds}::uuid[])`, { prepared: true }),
    sqlRows<ConsentFacts>(tx, Prisma.sql`
      SELECT k.id::text AS id, k."personId"::text AS "personId", k."organisationIds", k.purposes, k.method, k."obtainedAt", k."obtainedByUserId"::text AS "obtainedByUserId", k."expiresAt", k."withdrawnAt",
             k."guardianName", k."guardianRelationship", k."childView", k."meetingIds"
        FROM "Consent" k
       WHERE k."municipalityCode" = ${municipalityCode} AND k."personId" = ANY(${ids}::uuid[])`, { prepared: true }),
    sqlRows<{ referralId: string; officeOrganisationId: string; householdId: string }>(tx, Prisma.sql`
      SELECT r.id::text AS "referralId", r."officeOrganisationId"::text AS "officeOrganisationId", r."householdId"::text AS "householdId"
        FROM "ProtectionReferral" r
       WHERE r."municipalityCode" = ${municipalityCode} AND r."householdId" = ANY(${householdIds}::uuid[])`, { prepared: true }),
  ]);
  const casesOf = new Map<string, CaseFacts[]>();
  for (const { householdId, ...c } of cases) {
    const list = casesOf.get(householdId);
    if (list) list.push(c);
    else casesOf.set(householdId, [c]);
  }
  const consentsOf = new Map<string, ConsentFacts[]>();
  for (const k of consents) {
    const list = consentsOf.get(k.personId);
    if (list) list.push(k);
    else consentsOf.set(k.personId, [k]);
  }
  const referralsOf = new Map<string, PersonAccessFacts['protectionReferrals']>();
  for (const { householdId, ...r } of referrals) referralsOf.set(householdId, [...(referralsOf.get(householdId) ?? []), r]);
  for (const person of persons) {
    out.set(person.id, { person, cases: casesOf.get(person.householdId) ?? [], consents: consentsOf.get(person.id) ?? [], protectionReferrals: referralsOf.get(person.householdId) ?? [] });
  }
  return out;
}
