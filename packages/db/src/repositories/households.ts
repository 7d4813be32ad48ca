import type { Tx } from '../scope.js';

/** The household, its members and everything recorded about it, for the 世帯まるごと view. */
/**
 * The household with its members, cases and referrals, and its newest consultations: `consultationLimit`
 * of them (a household can gather hundreds, issue #13), with the total and, per consulted person and
 * organisation, the issues of all of them — so the overview's fields stay whole without loading every row.
 */
export async function loadHouseholdOverview(tx: Tx, municipalityCode: string, householdId: string, consultationLimit = 50) {
  const household = await tx.household.findFirst({
    where: { municipalityCode, id: householdId },
    select: { id: true, address: true, postalCode: true, onPublicAssistance: true, publicAssistanceOfficeId: true, createdAt: true },
  });
  if (!household) return null;
  const [members, consultations, consultationGroups, cases, referrals] = await Promise.all([
    tx.person.findMany({
      where: { municipalityCode, householdId, mergedIntoId: null },
      select: { id: true, familyName: true, givenName: true, familyNameKana: true, givenNameKana: true, birthDate: true, relationship: true, phone: true, nameKanaKey: true },
      orderBy: [{ birthDate: 'asc' }, { nameKanaKey: 'asc' }],
    }),
    consultationLimit > 0
      ? tx.consultation.findMany({
          where: { municipalityCode, householdId },
          select: { id: true, personId: true, organisationId: true, receivedAt: true, channel: true, consulterType: true, issueIds: true, summary: true, triage: true },
          orderBy: [{ receivedAt: 'desc' }, { id: 'asc' }],
          take: consultationLimit,
        })
      : Promise.resolve([]),
    tx.$queryRaw<{ personId: string | null; organisationId: string; count: bigint; issueIds: string[] }[]>`
      SELECT c."personId"::text AS "personId", c."organisationId"::text AS "organisationId", count(DISTINCT c.id) AS count,
             coalesce(array_agg(DISTINCT i) FILTER (WHERE i IS NOT NULL), '{}') AS "issueIds"
        FROM "Consultation" c LEFT JOIN LATERAL unnest(c."issueIds") AS i ON true
       WHERE c."municipalityCode" = ${municipalityCode} AND c."householdId" = ${householdId}::uuid
       GROUP BY c."personId", c."organisationId"`,
    tx.case.findMany({
      where: { municipalityCode, householdId },
      select: { id: true, primaryPersonId: true, ownerOrganisationId: true, leadOrganisationId: true, coordinatorUserId: true, status: true, issueIds: true, openedAt: true, closedAt: true, participants: { select: { organisationId: true, role: true } } },
      orderBy: { openedAt: 'desc' },
    }),
    tx.protectionReferral.findMany({ where: { municipalityCode, householdId }, orderBy: { referredAt: 'desc' } }),
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
  const rows = await tx.$queryRaw<{ personId: string }[]>`
    SELECT p.id::text AS "personId" FROM "Person" p
     WHERE p."municipalityCode" = ${municipalityCode} AND p."createdByOrganisationId" = ${organisationId}::uuid AND p.id = ANY(${personIds}::uuid[])`;
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
