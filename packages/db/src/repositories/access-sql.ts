// The access policy (`decideAccess` in packages/domain) as set-based SQL, for lists: which persons an
// actor may read, for one purpose, at one moment — so a list is filtered, counted and paged in the
// database with exact totals (ADR 0011). `decideAccess` stays the reference: a property test
// (packages/api/test/access-sql.prop.test.ts) proves both agree on random data, actor by person.
// Bases, in decideAccess's order: own record (the Person row created by the actor's organisation),
// own case (a case of the person's household owned or led by the organisation), 保護の実施機関 (C10),
// a covering consent (C3, C6, C7, C12, C2), the auditor's 監査 read; 支援会議 material only to members
// with an undertaking (C5). An emergency is no list basis: it is one named person with a recorded reason.
import { Prisma } from '../generated/prisma/client.js';

export interface AccessScope {
  municipalityCode: string;
  organisationId: string;
  role: string;
  purpose: string;
  now: Date;
  /** the meeting served, when purpose is 'meeting' (a consent limited to meetings covers only those) */
  meetingId?: string | undefined;
}

const nothing = Prisma.sql`SELECT NULL::uuid AS id WHERE false`;

/** The Tokyo calendar date 18 years before `now`: born after it, a person is a child (民法第4条, C2). */
export function childCutoff(now: Date): string {
  // Asia/Tokyo is UTC+9 all year (no daylight saving since 1951), as ageAt in the domain reads it.
  const tokyo = new Date(now.getTime() + 9 * 3_600_000);
  const y = tokyo.getUTCFullYear() - 18;
  const m = tokyo.getUTCMonth() + 1;
  let d = tokyo.getUTCDate();
  // 29 February in a year without it: a person born on 1 March of that year is not yet 18.
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) d = 28;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `AND <column> IN (<ids>)` when the caller asks about a few persons only (the search's top rows). */
const restrict = (column: Prisma.Sql, within: Prisma.Sql | undefined): Prisma.Sql => (within ? Prisma.sql` AND ${column} IN (${within})` : Prisma.empty);

/** Persons with a consent of their own covering the organisation, purpose (and meeting) now. */
export function consentedPersonsSql(s: AccessScope, within?: Prisma.Sql): Prisma.Sql {
  const meeting =
    s.purpose !== 'meeting'
      ? Prisma.empty
      : s.meetingId === undefined
        ? Prisma.sql` AND cardinality(k."meetingIds") = 0`
        : Prisma.sql` AND (cardinality(k."meetingIds") = 0 OR ${s.meetingId} = ANY(k."meetingIds"))`;
  return Prisma.sql`
    SELECT k."personId" AS id FROM "Consent" k JOIN "Person" q ON q.id = k."personId"
     WHERE k."municipalityCode" = ${s.municipalityCode} AND q."municipalityCode" = ${s.municipalityCode}
       AND ${s.organisationId} = ANY(k."organisationIds") AND ${s.purpose} = ANY(k.purposes)
       AND k."obtainedAt" <= ${s.now} AND (k."withdrawnAt" IS NULL OR k."withdrawnAt" > ${s.now}) AND (k."expiresAt" IS NULL OR k."expiresAt" > ${s.now})${meeting}
       AND (q."birthDate" IS NULL OR q."birthDate" <= ${childCutoff(s.now)}::date OR coalesce(k."guardianName", '') <> '')${restrict(Prisma.sql`k."personId"`, within)}`;
}

/** Persons of households on 生活保護 whose 保護の実施機関 is the organisation (C10). */
export function publicAssistancePersonsSql(s: AccessScope, within?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT q.id FROM "Household" h JOIN "Person" q ON q."householdId" = h.id
     WHERE h."municipalityCode" = ${s.municipalityCode} AND q."municipalityCode" = ${s.municipalityCode}
       AND h."onPublicAssistance" AND h."publicAssistanceOfficeId" = ${s.organisationId}::uuid${restrict(Prisma.sql`q.id`, within)}`;
}

// C10: the purposes an urgent referral to a 保護の実施機関 serves — decideAccess's `referralPurposes`.
const referralPurposes = ['referral', 'support', 'assessment', 'coordination'];

/** Persons of households referred to the organisation as a 保護の実施機関, for the purposes a referral serves (C10). */
export function referredPersonsSql(s: AccessScope, within?: Prisma.Sql): Prisma.Sql {
  if (!referralPurposes.includes(s.purpose)) return nothing;
  return Prisma.sql`
    SELECT q.id FROM "ProtectionReferral" r JOIN "Person" q ON q."householdId" = r."householdId"
     WHERE r."municipalityCode" = ${s.municipalityCode} AND q."municipalityCode" = ${s.municipalityCode}
       AND r."officeOrganisationId" = ${s.organisationId}::uuid${restrict(Prisma.sql`q.id`, within)}`;
}

const readsPersons = (s: AccessScope): 'none' | 'all' | 'bases' => {
  // SPEC §1: the prefecture sees aggregates only; the auditor reads everything, for the audit only.
  if (s.role === 'prefectural_official') return 'none';
  if (s.role === 'auditor') return s.purpose === 'audit' ? 'all' : 'none';
  return 'bases';
};

/**
 * Ids (column `id`) of the persons whose identity and case record the actor may read for the purpose
 * (decideAccess with origin `case_record`, the identity recorded by the organisation that created the person).
 * `within`, a subquery of person ids, only narrows the answer to those persons (a search's top rows).
 */
export function allowedPersonsSql(s: AccessScope, within?: Prisma.Sql): Prisma.Sql {
  const mode = readsPersons(s);
  if (mode === 'none') return nothing;
  if (mode === 'all') return Prisma.sql`SELECT q.id FROM "Person" q WHERE q."municipalityCode" = ${s.municipalityCode}${restrict(Prisma.sql`q.id`, within)}`;
  return Prisma.sql`
    SELECT q.id FROM "Person" q WHERE q."municipalityCode" = ${s.municipalityCode} AND q."createdByOrganisationId" = ${s.organisationId}::uuid${restrict(Prisma.sql`q.id`, within)}
    UNION
    SELECT q.id FROM "Case" c JOIN "Person" q ON q."householdId" = c."householdId"
     WHERE c."municipalityCode" = ${s.municipalityCode} AND q."municipalityCode" = ${s.municipalityCode}
       AND (c."ownerOrganisationId" = ${s.organisationId}::uuid OR c."leadOrganisationId" = ${s.organisationId}::uuid)${restrict(Prisma.sql`q.id`, within)}
    UNION ${publicAssistancePersonsSql(s, within)}
    UNION ${referredPersonsSql(s, within)}
    UNION ${consentedPersonsSql(s, within)}`;
}

/**
 * A boolean condition on a case row aliased `c`: may the actor read this case's record (decideAccess
 * with origin `case_record` and this case's id: owning or leading another case of the household does not count).
 */
export function caseRecordAllowedSql(s: AccessScope): Prisma.Sql {
  const mode = readsPersons(s);
  if (mode === 'none') return Prisma.sql`false`;
  if (mode === 'all') return Prisma.sql`c."municipalityCode" = ${s.municipalityCode}`;
  return Prisma.sql`(c."municipalityCode" = ${s.municipalityCode} AND (c."ownerOrganisationId" = ${s.organisationId}::uuid OR c."leadOrganisationId" = ${s.organisationId}::uuid
    OR c."primaryPersonId" IN (${publicAssistancePersonsSql(s)} UNION ${referredPersonsSql(s)} UNION ${consentedPersonsSql(s)})))`;
}

// C5: what a 支援会議 shares serves the support of the person it concerns — the same list as decideAccess.
const supportPurposes = ['coordination', 'support', 'assessment', 'meeting', 'outreach', 'participation'];

/**
 * Persons whose 支援会議 material of `meetingId` the user may read: a member of that 支援会議 whose
 * confidentiality undertaking (法第106条の6第5項) is on record by `now`, the person on its agenda.
 */
export function meetingMaterialPersonsSql(s: AccessScope & { userId: string; meetingId: string }): Prisma.Sql {
  if (s.role === 'prefectural_official' || !supportPurposes.includes(s.purpose)) return nothing;
  return Prisma.sql`
    SELECT DISTINCT q.id FROM "MeetingMember" mm
      JOIN "Meeting" m ON m.id = mm."meetingId"
      JOIN "AgendaItem" a ON a."meetingId" = m.id
      JOIN "Person" q ON q.id::text = ANY(a."personIds")
     WHERE mm."municipalityCode" = ${s.municipalityCode} AND m."municipalityCode" = ${s.municipalityCode} AND q."municipalityCode" = ${s.municipalityCode}
       AND mm."meetingId" = ${s.meetingId}::uuid AND mm."userId" = ${s.userId}::uuid AND m.kind = 'shien'
       AND mm."undertakingSignedAt" IS NOT NULL AND mm."undertakingSignedAt" <= ${s.now}`;
}
