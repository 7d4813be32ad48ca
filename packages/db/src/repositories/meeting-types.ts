// A municipality's own meeting types (SPEC §4, seed 003): defined, edited, retired by the municipality.
// Municipality code in every where; MeetingType is a tenant table with row-level security.
import type { Tx } from '../scope.js';

const typeWithUsageSelect = {
  id: true,
  key: true,
  name: true,
  kind: true,
  frequency: true,
  jointBodyIds: true,
  note: true,
  retiredAt: true,
  _count: { select: { meetings: true } },
} as const;

function withUsage<T extends { _count: { meetings: number } }>(row: T): Omit<T, '_count'> & { meetingCount: number } {
  const { _count, ...rest } = row;
  return { ...rest, meetingCount: _count.meetings };
}

/** Every type of the municipality, retired ones included, with the number of meetings set with each. */
export async function listMeetingTypesWithUsage(tx: Tx, municipalityCode: string) {
  const rows = await tx.meetingType.findMany({ where: { municipalityCode }, select: typeWithUsageSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  return rows.map(withUsage);
}

export type MeetingTypeWithUsage = Awaited<ReturnType<typeof listMeetingTypesWithUsage>>[number];

export async function getMeetingTypeWithUsage(tx: Tx, municipalityCode: string, id: string): Promise<MeetingTypeWithUsage | null> {
  const row = await tx.meetingType.findFirst({ where: { municipalityCode, id }, select: typeWithUsageSelect });
  return row ? withUsage(row) : null;
}

export type MeetingTypeData = { name: string; kind: string; frequency: string | null; note: string | null };

export async function createMeetingType(tx: Tx, data: MeetingTypeData & { municipalityCode: string; key: string; jointBodyIds?: readonly string[] }) {
  const { jointBodyIds, ...rest } = data;
  return tx.meetingType.create({ data: { ...rest, jointBodyIds: [...(jointBodyIds ?? [])] }, select: { id: true, key: true, name: true } });
}

export async function updateMeetingType(tx: Tx, municipalityCode: string, id: string, data: MeetingTypeData): Promise<boolean> {
  const { count } = await tx.meetingType.updateMany({ where: { municipalityCode, id }, data });
  return count === 1;
}

/** `at` retires the type; null puts it back into use. */
export async function setMeetingTypeRetired(tx: Tx, municipalityCode: string, id: string, at: Date | null): Promise<boolean> {
  const { count } = await tx.meetingType.updateMany({ where: { municipalityCode, id }, data: { retiredAt: at } });
  return count === 1;
}

/** Deletes a type no meeting points at (the caller checks; the foreign key refuses otherwise). */
export async function deleteMeetingType(tx: Tx, municipalityCode: string, id: string): Promise<boolean> {
  const { count } = await tx.meetingType.deleteMany({ where: { municipalityCode, id, meetings: { none: {} } } });
  return count === 1;
}
