// The prefecture's records and its reads of its municipalities' 体制 (issue #11). Every function takes the
// prefecture code or codes already checked to be the prefecture's own; row-level security repeats it.
import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';

export async function listStatusChanges(tx: Tx, municipalityCodes: string[]) {
  return tx.programStatusChange.findMany({
    where: { municipalityCode: { in: municipalityCodes } },
    select: { municipalityCode: true, fiscalYear: true, status: true, source: true, sourceDate: true, changedAt: true },
    orderBy: [{ municipalityCode: 'asc' }, { fiscalYear: 'asc' }, { changedAt: 'asc' }],
  });
}

export async function addStatusChange(tx: Tx, data: { municipalityCode: string; fiscalYear: number; status: string; source: string; sourceDate: Date; changedAt: Date; changedByUserId: string }) {
  await tx.programStatusChange.create({ data });
}

export async function listStatisticsReleases(tx: Tx, prefectureCode: string) {
  return tx.statisticsRelease.findMany({ where: { prefectureCode }, select: { fiscalYear: true, publishedAt: true, threshold: true, municipalityCodes: true }, orderBy: { fiscalYear: 'asc' } });
}

export async function getStatisticsRelease(tx: Tx, prefectureCode: string, fiscalYear: number) {
  return tx.statisticsRelease.findUnique({ where: { prefectureCode_fiscalYear: { prefectureCode, fiscalYear } }, select: { fiscalYear: true, publishedAt: true, threshold: true, municipalityCodes: true, tables: true } });
}

export async function createStatisticsRelease(tx: Tx, data: { prefectureCode: string; fiscalYear: number; threshold: number; publishedAt: Date; publishedByUserId: string; municipalityCodes: string[]; tables: unknown }) {
  await tx.statisticsRelease.create({ data: { ...data, tables: data.tables as Prisma.InputJsonValue } });
}

export async function listStructureOf(tx: Tx, municipalityCodes: string[], fiscalYear: number) {
  const [deliveries, profiles, organisations] = await Promise.all([
    tx.structureDelivery.findMany({ where: { municipalityCode: { in: municipalityCodes }, fiscalYear }, select: { municipalityCode: true, partId: true, mode: true, organisationId: true, dedicatedStaff: true, concurrentStaff: true, qualifications: true }, orderBy: [{ partId: 'asc' }, { mode: 'asc' }] }),
    tx.structureProfile.findMany({ where: { municipalityCode: { in: municipalityCodes }, fiscalYear } }),
    // names only, through the owner: the prefecture's role may not read Organisation (ADR 0019)
    tx.$queryRaw<{ id: string; name: string }[]>`SELECT id::text AS id, name FROM kasane_prefecture_organisation_names(${municipalityCodes}::text[])`,
  ]);
  return { deliveries, profiles, organisations };
}

/** Each municipality's latest profile that names a contact (担当), for the prefecture's daily work. */
export async function listContactsOfPrefecture(tx: Tx, prefectureCode: string) {
  const rows = await tx.$queryRaw<{ municipalityCode: string; fiscalYear: number; contactName: string; contactPhone: string; contactEmail: string; updatedAt: Date }[]>`
    SELECT DISTINCT ON ("municipalityCode") "municipalityCode", "fiscalYear", "contactName", "contactPhone", "contactEmail", "updatedAt"
    FROM "StructureProfile"
    WHERE left("municipalityCode", 2) = left(${prefectureCode}, 2) AND ("contactName" <> '' OR "contactPhone" <> '' OR "contactEmail" <> '')
    ORDER BY "municipalityCode", "fiscalYear" DESC`;
  return rows;
}
