import { disclosureDayKey, startOfTokyoDay } from '@kasane/domain';
import { Prisma } from '../generated/prisma/client.js';
import { sqlRows } from '../raw-sql.js';
import type { Tx } from '../scope.js';

export interface DisclosureRecord {
  personId: string;
  recipientOrganisationId: string;
  actorUserId: string;
  recordType: string;
  recordId: string;
  purpose: string;
  legalBasis: string;
  basisRef: string | null;
  disclosedAt: Date;
}

/**
 * C11, in the transaction of the access it records: one row per organisation × person × basis × day in
 * Japan (`disclosureDayKey`) — the first disclosure of the day stands for the rest, so a worker paging
 * through a list does not bury the ledger a person will ask to see. One statement without the ORM
 * (ADR 0035): the batch, first of each key, inserted where no row of that key and day exists.
 */
export async function appendDisclosures(tx: Tx, municipalityCode: string, entries: DisclosureRecord[]): Promise<void> {
  const seen = new Set<string>();
  const fresh = entries.filter((e) => {
    const key = disclosureDayKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (fresh.length === 0) return;
  const rows = fresh.map((e) => ({ ...e, basisRef: e.basisRef ?? null, dayStart: startOfTokyoDay(e.disclosedAt) }));
  await sqlRows(tx, Prisma.sql`
    INSERT INTO "DisclosureEntry" (id, "municipalityCode", "personId", "recipientOrganisationId", "actorUserId", "recordType", "recordId", purpose, "legalBasis", "basisRef", "disclosedAt")
    SELECT gen_random_uuid(), ${municipalityCode}, e."personId", e."recipientOrganisationId", e."actorUserId", e."recordType", e."recordId", e.purpose, e."legalBasis", e."basisRef", e."disclosedAt"
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS e("personId" uuid, "recipientOrganisationId" uuid, "actorUserId" uuid, "recordType" text, "recordId" text,
                                                                  purpose text, "legalBasis" text, "basisRef" text, "disclosedAt" timestamptz, "dayStart" timestamptz)
     WHERE NOT EXISTS (
       SELECT 1 FROM "DisclosureEntry" d
        WHERE d."municipalityCode" = ${municipalityCode} AND d."personId" = e."personId" AND d."recipientOrganisationId" = e."recipientOrganisationId"
          AND d."legalBasis" = e."legalBasis" AND coalesce(d."basisRef", '') = coalesce(e."basisRef", '')
          AND d."disclosedAt" >= e."dayStart" AND d."disclosedAt" < e."dayStart" + interval '1 day')`, { prepared: true });
}

export async function listDisclosuresOfPerson(tx: Tx, municipalityCode: string, personId: string, page: { skip: number; take: number }) {
  const where = { municipalityCode, personId };
  const [items, total] = await Promise.all([
    tx.disclosureEntry.findMany({ where, orderBy: [{ disclosedAt: 'desc' }, { id: 'asc' }], skip: page.skip, take: page.take }),
    tx.disclosureEntry.count({ where }),
  ]);
  return { items, total };
}

/** Everything held on one person, for a disclosure request (個人情報保護法 第76条以下). */
export async function loadPersonExport(tx: Tx, municipalityCode: string, personId: string) {
  const person = await tx.person.findFirst({ where: { municipalityCode, id: personId }, include: { household: true } });
  if (!person) return null;
  const [consultations, cases, consents, disclosures, merges, referrals] = await Promise.all([
    tx.consultation.findMany({ where: { municipalityCode, personId }, orderBy: { receivedAt: 'asc' } }),
    tx.case.findMany({ where: { municipalityCode, householdId: person.householdId }, include: { participants: true }, orderBy: { openedAt: 'asc' } }),
    tx.consent.findMany({ where: { municipalityCode, personId }, orderBy: { obtainedAt: 'asc' } }),
    tx.disclosureEntry.findMany({ where: { municipalityCode, personId }, orderBy: { disclosedAt: 'asc' } }),
    tx.personMerge.findMany({ where: { municipalityCode, OR: [{ survivorId: personId }, { mergedId: personId }] } }),
    tx.protectionReferral.findMany({ where: { municipalityCode, householdId: person.householdId } }),
  ]);
  return { person, consultations, cases, consents, disclosures, merges, referrals };
}
