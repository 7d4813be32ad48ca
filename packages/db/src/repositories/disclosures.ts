import { disclosureDayKey, startOfTokyoDay } from '@kasane/domain';
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
 * through a list does not bury the ledger a person will ask to see.
 */
export async function appendDisclosures(tx: Tx, municipalityCode: string, entries: DisclosureRecord[]): Promise<void> {
  if (entries.length === 0) return;
  const since = new Date(Math.min(...entries.map((e) => startOfTokyoDay(e.disclosedAt).getTime())));
  const existing = await tx.disclosureEntry.findMany({
    where: {
      municipalityCode,
      personId: { in: [...new Set(entries.map((e) => e.personId))] },
      recipientOrganisationId: { in: [...new Set(entries.map((e) => e.recipientOrganisationId))] },
      disclosedAt: { gte: since },
    },
    select: { personId: true, recipientOrganisationId: true, legalBasis: true, basisRef: true, disclosedAt: true },
  });
  const seen = new Set(existing.map(disclosureDayKey));
  const fresh = entries.filter((e) => {
    const key = disclosureDayKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (fresh.length > 0) await tx.disclosureEntry.createMany({ data: fresh.map((e) => ({ municipalityCode, ...e })) });
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
