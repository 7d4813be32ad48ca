import { Prisma } from '../generated/prisma/client.js';
import { sqlRows } from '../raw-sql.js';
import type { Tx } from '../scope.js';

/** The household, its members and everything recorded about it, for the 世帯まるごと view. */
/**
 * The household with its members, cases and referrals, and its newest consultations: `consultationLimit`
 * of them (a household can gather hundreds, issue #13), with the total and, per consulted person and
 * organisation, the issues of all of them — so the overview's fields stay whole without loading every row.
 */
export async function loadHouseholdOverview(tx: Tx, municipalityCode: string, householdId: string, consultationLimit = 50) {
  // Prepared statements without the ORM (ADR 0035): the household page is among the most read.
  const [household] = await sqlRows<{ id: string; address: string; postalCode: string | null; onPublicAssistance: boolean; publicAssistanceOfficeId: string | null; createdAt: Date }>(
    tx,
    Prisma.sql`SELECT h.id, h.address, h."postalCode", h."onPublicAssistance", h."publicAssistanceOfficeId", h."createdAt"
                 FROM "Household" h WHERE h."municipalityCode" = ${municipalityCode} AND h.id = ${householdId}::uuid`,
    { prepared: true },
  );
  if (!household) return null;
  const [members, consultations, consultationGroups, cases, referrals] = await Promise.all([
    sqlRows<{ id: string; familyName: string; givenName: string; familyNameKana: string; givenNameKana: string; birthDate: Date | null; relationship: string | null; phone: string | null; nameKanaKey: string }>(
      tx,
      Prisma.sql`SELECT p.id, p."familyName", p."givenName", p."familyNameKana", p."givenNameKana", p."birthDate", p.relationship, p.phone, p."nameKanaKey"
                   FROM "Person" p WHERE p."municipalityCode" = ${municipalityCode} AND p."householdId" = ${householdId}::uuid AND p."mergedIntoId" IS NULL
                  ORDER BY p."birthDate", p."nameKanaKey"`,
      { prepared: true },
    ),
    consultationLimit > 0
      ? sqlRows<{ id: string; personId: string | null; organisationId: string; receivedAt: Date; channel: string; consulterType: string; issueIds: string[]; summary: string; triage: string | null }>(
          tx,
          Prisma.sql`SELECT c.id, c."personId", c."organisationId", c."receivedAt", c.channel, c."consulterType", c."issueIds", c.summary, c.triage
                       FROM "Consultation" c WHERE c."municipalityCode" = ${municipalityCode} AND c."householdId" = ${householdId}::uuid
                      ORDER BY c."receivedAt" DESC, c.id LIMIT ${consultationLimit}`,
          { prepared: true },
        )
      : Promise.resolve([]),
    sqlRows<{ personId: string | null; organisationId: string; count: bigint | number; issueIds: string[] }>(
      tx,
      Prisma.sql`
      SELECT c."personId"::text AS "personId", c."organisationId"::text AS "organisationId", count(DISTINCT c.id) AS count,
             coalesce(array_agg(DISTINCT i) FILTER (WHERE i IS NOT NULL), '{}') AS "issueIds"
        FROM "Consultation" c LEFT JOIN LATERAL unnest(c."issueIds") AS i ON true
       WHERE c."municipalityCode" = ${municipalityCode} AND c."householdId" = ${householdId}::uuid
       GROUP BY c."personId", c."organisationId"`,
      { prepared: true },
    ),
    sqlRows<{
      id: string;
      primaryPersonId: string;
      ownerOrganisationId: string;
      leadOrganisationId: string | null;
      coordinatorUserId: string | null;
      status: string;
      issueIds: string[];
      openedAt: Date;
      closedAt: Date | null;
      participants: { organisationId: string; role: string }[];
    }>(
      tx,
      Prisma.sql`SELECT c.id, c."primaryPersonId", c."ownerOrganisationId", c."leadOrganisationId", c."coordinatorUserId", c.status, c."issueIds", c."openedAt", c."closedAt",
                        coalesce((SELECT json_agg(json_build_object('organisationId', cp."organisationId", 'role', cp.role)) FROM "CaseParticipant" cp WHERE cp."caseId" = c.id), '[]') AS participants
                   FROM "Case" c WHERE c."municipalityCode" = ${municipalityCode} AND c."householdId" = ${householdId}::uuid
                  ORDER BY c."openedAt" DESC`,
      { prepared: true },
    ),
    sqlRows<{
      id: string;
      municipalityCode: string;
      householdId: string;
      personId: string | null;
      officeOrganisationId: string;
      urgent: boolean;
      reason: string;
      referredByUserId: string;
      referredByOrganisationId: string;
      referredAt: Date;
      acknowledgedAt: Date | null;
      acknowledgedByUserId: string | null;
    }>(
      tx,
      Prisma.sql`SELECT r.id, r."municipalityCode", r."householdId", r."personId", r."officeOrganisationId", r.urgent, r.reason, r."referredByUserId", r."referredByOrganisationId",
                        r."referredAt", r."acknowledgedAt", r."acknowledgedByUserId"
                   FROM "ProtectionReferral" r WHERE r."municipalityCode" = ${municipalityCode} AND r."householdId" = ${householdId}::uuid
                  ORDER BY r."referredAt" DESC`,
      { prepared: true },
    ),
  ]);
  return {
    household,
    members,
    consultations,
    consultationGroups: consultationGroups.map((g) => ({ personId: g.personId, organisationId: g.organisationId, count: Number(g.count), issueIds: g.issueIds })),
    cases,
    referrals,
  };
}

/** The household's members only (write checks need no records). */
export async function loadHouseholdMembers(tx: Tx, municipalityCode: string, householdId: string) {
  const household = await tx.household.findFirst({ where: { municipalityCode, id: householdId }, select: { id: true, onPublicAssistance: true, publicAssistanceOfficeId: true } });
  if (!household) return null;
  const members = await tx.person.findMany({ where: { municipalityCode, householdId, mergedIntoId: null }, select: { id: true }, orderBy: [{ birthDate: 'asc' }, { nameKanaKey: 'asc' }] });
  return { household, members };
}

/**
 * Of these persons, those `organisationId` itself recorded — created the Person — one indexed probe each.
 * A consultation it took about a person another organisation recorded does not make that identity its
 * own (issue #8): the SQL access predicate (access-sql.ts) reads the same rule.
 */
export async function personsRecordedBy(tx: Tx, municipalityCode: string, organisationId: string, personIds: string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await sqlRows<{ personId: string }>(
    tx,
    Prisma.sql`SELECT p.id::text AS "personId" FROM "Person" p
                WHERE p."municipalityCode" = ${municipalityCode} AND p."createdByOrganisationId" = ${organisationId}::uuid AND p.id = ANY(${personIds}::uuid[])`,
    { prepared: true },
  );
  return new Set(rows.map((r) => r.personId));
}

export async function setPublicAssistance(tx: Tx, municipalityCode: string, householdId: string, data: { onPublicAssistance: boolean; officeId: string | null }): Promise<boolean> {
  const { count } = await tx.household.updateMany({
    where: { municipalityCode, id: householdId },
    data: { onPublicAssistance: data.onPublicAssistance, publicAssistanceOfficeId: data.onPublicAssistance ? data.officeId : null },
  });
  return count === 1;
}

/** C10: the office becomes a participant of the household's open cases (kept if it already is one). */
export async function addOfficeToOpenCases(tx: Tx, municipalityCode: string, householdId: string, officeId: string): Promise<void> {
  const open = await tx.case.findMany({ where: { municipalityCode, householdId, closedAt: null }, select: { id: true } });
  if (open.length === 0) return;
  await tx.caseParticipant.createMany({
    data: open.map((c) => ({ caseId: c.id, organisationId: officeId, municipalityCode, role: 'public_assistance_office' })),
    skipDuplicates: true,
  });
}

/** C10: one row per change of the 被保護 flag (the table refuses updates and deletes to the app). */
export async function appendPublicAssistanceChange(
  tx: Tx,
  municipalityCode: string,
  data: { householdId: string; onPublicAssistance: boolean; officeOrganisationId: string | null; changedByUserId: string; changedByOrganisationId: string; changedAt: Date },
): Promise<void> {
  await tx.publicAssistanceChange.create({ data: { municipalityCode, ...data } });
}

export async function listPublicAssistanceChanges(tx: Tx, municipalityCode: string, householdId: string) {
  return tx.publicAssistanceChange.findMany({ where: { municipalityCode, householdId }, orderBy: { seq: 'desc' }, take: 100 });
}

export async function createProtectionReferral(
  tx: Tx,
  municipalityCode: string,
  data: { householdId: string; personId: string | null; officeOrganisationId: string; urgent: boolean; reason: string; referredByUserId: string; referredByOrganisationId: string; referredAt: Date },
): Promise<{ id: string }> {
  return tx.protectionReferral.create({ data: { municipalityCode, ...data }, select: { id: true } });
}

/** The 保護の実施機関's queue: urgent first, then oldest first. */
export async function listProtectionQueue(tx: Tx, municipalityCode: string, officeOrganisationId: string, includeAcknowledged: boolean) {
  return tx.protectionReferral.findMany({
    where: { municipalityCode, officeOrganisationId, ...(includeAcknowledged ? {} : { acknowledgedAt: null }) },
    orderBy: [{ urgent: 'desc' }, { referredAt: 'asc' }],
    take: 200,
  });
}

export async function acknowledgeProtectionReferral(tx: Tx, municipalityCode: string, id: string, officeOrganisationId: string, data: { at: Date; userId: string }): Promise<boolean> {
  const { count } = await tx.protectionReferral.updateMany({
    where: { municipalityCode, id, officeOrganisationId, acknowledgedAt: null },
    data: { acknowledgedAt: data.at, acknowledgedByUserId: data.userId },
  });
  return count === 1;
}

/** The organisation's own consultations received since `since`, newest first (ホーム: new intakes). */
export async function listRecentConsultationsOfOrganisation(tx: Tx, municipalityCode: string, organisationId: string, since: Date, take: number) {
  return tx.consultation.findMany({
    where: { municipalityCode, organisationId, receivedAt: { gte: since } },
    select: { id: true, personId: true, householdId: true, receivedAt: true, issueIds: true, summary: true, triage: true },
    orderBy: { receivedAt: 'desc' },
    take,
  });
}

export async function personNames(tx: Tx, municipalityCode: string, personIds: string[]) {
  return tx.person.findMany({ where: { municipalityCode, id: { in: personIds } }, select: { id: true, familyName: true, givenName: true, householdId: true } });
}
