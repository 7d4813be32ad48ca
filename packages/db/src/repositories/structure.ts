// 体制 by fiscal year (issue #11 item 1): who delivers each part, and the profile the prefecture compares.
// Municipality code in every where; both tables have row-level security.
import type { Tx } from '../scope.js';

export interface StructureDeliveryData {
  partId: string;
  mode: string;
  organisationId: string | null;
  contractFrom: Date | null;
  contractTo: Date | null;
  dedicatedStaff: number;
  concurrentStaff: number;
  qualifications: string[];
}

const deliverySelect = {
  id: true, fiscalYear: true, partId: true, mode: true, organisationId: true, contractFrom: true, contractTo: true, dedicatedStaff: true, concurrentStaff: true, qualifications: true,
} as const;

export async function listStructureDeliveries(tx: Tx, municipalityCode: string, fiscalYear: number) {
  return tx.structureDelivery.findMany({ where: { municipalityCode, fiscalYear }, select: deliverySelect, orderBy: [{ partId: 'asc' }, { mode: 'asc' }, { id: 'asc' }] });
}

export async function createStructureDelivery(tx: Tx, municipalityCode: string, fiscalYear: number, data: StructureDeliveryData) {
  return tx.structureDelivery.create({ data: { municipalityCode, fiscalYear, ...data }, select: deliverySelect });
}

export async function updateStructureDelivery(tx: Tx, municipalityCode: string, id: string, data: StructureDeliveryData, now: Date): Promise<boolean> {
  const r = await tx.structureDelivery.updateMany({ where: { municipalityCode, id }, data: { ...data, updatedAt: now } });
  return r.count === 1;
}

export async function getStructureDelivery(tx: Tx, municipalityCode: string, id: string) {
  return tx.structureDelivery.findFirst({ where: { municipalityCode, id }, select: deliverySelect });
}

export async function deleteStructureDelivery(tx: Tx, municipalityCode: string, id: string): Promise<boolean> {
  const r = await tx.structureDelivery.deleteMany({ where: { municipalityCode, id } });
  return r.count === 1;
}

/** A new fiscal year starts from the previous one's 体制: copies every row of `from` into an empty `to`. */
export async function copyStructureYear(tx: Tx, municipalityCode: string, from: number, to: number): Promise<number> {
  const rows = await listStructureDeliveries(tx, municipalityCode, from);
  const r = await tx.structureDelivery.createMany({ data: rows.map(({ id: _id, fiscalYear: _fy, ...row }) => ({ municipalityCode, fiscalYear: to, ...row })) });
  const profile = await getStructureProfile(tx, municipalityCode, from);
  if (profile) {
    const { fiscalYear: _fy, updatedAt: _at, ...rest } = profile;
    await tx.structureProfile.create({ data: { ...rest, municipalityCode, fiscalYear: to } });
  }
  return r.count;
}

export interface StructureProfileData {
  population: number | null;
  lead: string;
  coordinators: string;
  participationApproach: string;
  communityApproach: string;
  notes: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

const profileSelect = {
  fiscalYear: true, population: true, lead: true, coordinators: true, participationApproach: true, communityApproach: true, notes: true,
  contactName: true, contactPhone: true, contactEmail: true, updatedAt: true,
} as const;

export async function getStructureProfile(tx: Tx, municipalityCode: string, fiscalYear: number) {
  return tx.structureProfile.findUnique({ where: { municipalityCode_fiscalYear: { municipalityCode, fiscalYear } }, select: profileSelect });
}

export async function saveStructureProfile(tx: Tx, municipalityCode: string, fiscalYear: number, data: StructureProfileData, userId: string, now: Date) {
  const values = { ...data, updatedAt: now, updatedByUserId: userId };
  return tx.structureProfile.upsert({
    where: { municipalityCode_fiscalYear: { municipalityCode, fiscalYear } },
    create: { municipalityCode, fiscalYear, ...values },
    update: values,
    select: profileSelect,
  });
}

/** Per meeting type, the meetings held in [from, to) and the distinct cases (households when no case) discussed. */
export async function countMeetingUse(tx: Tx, municipalityCode: string, from: Date, to: Date): Promise<Map<string, { held: number; cases: number }>> {
  const rows = await tx.$queryRaw<{ meetingTypeId: string; held: bigint; cases: bigint }[]>`
    SELECT m."meetingTypeId", count(DISTINCT m.id) AS held, count(DISTINCT coalesce(a."caseId", a."householdId")) AS cases
    FROM "Meeting" m LEFT JOIN "AgendaItem" a ON a."meetingId" = m.id AND a."municipalityCode" = m."municipalityCode"
    WHERE m."municipalityCode" = ${municipalityCode} AND m."heldAt" >= ${from} AND m."heldAt" < ${to}
    GROUP BY m."meetingTypeId"`;
  return new Map(rows.map((r) => [r.meetingTypeId, { held: Number(r.held), cases: Number(r.cases) }]));
}
