// 重層的支援会議 / 支援会議 / other bodies (SPEC §4 C4, C5, C9). Municipality code in every where.
import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';

export async function ensureMeetingTypes(
  tx: Tx,
  types: readonly { key: string; municipalityCode: string; name: string; kind: string; frequency?: string | undefined; jointBodyIds?: readonly string[] | undefined; note?: string | undefined }[],
): Promise<number> {
  const { count } = await tx.meetingType.createMany({
    data: types.map((t) => ({ key: t.key, municipalityCode: t.municipalityCode, name: t.name, kind: t.kind, frequency: t.frequency ?? null, jointBodyIds: [...(t.jointBodyIds ?? [])], note: t.note ?? null })),
    skipDuplicates: true,
  });
  return count;
}

const typeSelect = { id: true, key: true, name: true, kind: true, frequency: true, jointBodyIds: true, note: true, retiredAt: true } as const;

export async function listMeetingTypes(tx: Tx, municipalityCode: string) {
  return tx.meetingType.findMany({ where: { municipalityCode }, select: typeSelect, orderBy: { name: 'asc' } });
}

export async function getMeetingType(tx: Tx, municipalityCode: string, id: string) {
  return tx.meetingType.findFirst({ where: { municipalityCode, id }, select: typeSelect });
}

export async function createMeetingRecord(
  tx: Tx,
  data: { municipalityCode: string; meetingTypeId: string; kind: string; title: string; scheduledAt: Date; place: string | null; jointBodyId: string | null; jointNote: string | null; chairUserId: string },
) {
  return tx.meeting.create({ data, select: { id: true } });
}

const meetingSelect = {
  id: true,
  municipalityCode: true,
  meetingTypeId: true,
  kind: true,
  title: true,
  scheduledAt: true,
  place: true,
  jointBodyId: true,
  jointNote: true,
  chairUserId: true,
  minutes: true,
  heldAt: true,
  version: true,
  meetingType: { select: { name: true } },
  members: { select: { id: true, userId: true, organisationId: true, undertakingSignedAt: true, attendance: true } },
  agendaItems: { select: { id: true, caseId: true, subjectKind: true, householdId: true, outreachSubjectId: true, subjectDescription: true, planVersion: true, personIds: true, basis: true, consentIds: true, notes: true, addedByUserId: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
  decisions: { select: { id: true, agendaItemId: true, caseId: true, decision: true, planVersion: true, roles: true, note: true, decidedAt: true, recordedAt: true }, orderBy: { decidedAt: 'asc' } },
} as const;

export type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

export async function getMeetingRecord(tx: Tx, municipalityCode: string, id: string): Promise<MeetingRow | null> {
  return tx.meeting.findFirst({ where: { municipalityCode, id }, select: meetingSelect });
}

/** Meetings of the municipality; with `memberUserId`, only those the user sits on. */
export async function listMeetingRecords(tx: Tx, municipalityCode: string, memberUserId?: string) {
  return tx.meeting.findMany({
    where: { municipalityCode, ...(memberUserId ? { members: { some: { userId: memberUserId } } } : {}) },
    select: { id: true, kind: true, title: true, scheduledAt: true, place: true, jointBodyId: true, heldAt: true, meetingType: { select: { name: true } }, _count: { select: { agendaItems: true, members: true } } },
    orderBy: { scheduledAt: 'desc' },
    take: 200,
  });
}

export async function addMeetingMember(tx: Tx, data: { municipalityCode: string; meetingId: string; userId: string; organisationId: string }): Promise<void> {
  await tx.meetingMember.createMany({ data: [data], skipDuplicates: true });
}

export async function signMeetingUndertaking(tx: Tx, municipalityCode: string, meetingId: string, userId: string, at: Date, text: string): Promise<boolean> {
  const { count } = await tx.meetingMember.updateMany({ where: { municipalityCode, meetingId, userId, undertakingSignedAt: null }, data: { undertakingSignedAt: at, undertakingText: text } });
  return count === 1;
}

export async function createAgendaItem(
  tx: Tx,
  data: {
    municipalityCode: string;
    meetingId: string;
    caseId: string | null;
    subjectKind: string;
    householdId: string | null;
    outreachSubjectId: string | null;
    subjectDescription: string | null;
    planVersion: number | null;
    personIds: string[];
    basis: string;
    consentIds: string[];
    notes: string | null;
    addedByUserId: string;
  },
) {
  return tx.agendaItem.create({ data, select: { id: true } });
}

export async function updateMeetingMinutes(tx: Tx, municipalityCode: string, meetingId: string, expectedVersion: number, minutes: string, heldAt: Date): Promise<boolean> {
  const { count } = await tx.meeting.updateMany({ where: { municipalityCode, id: meetingId, version: expectedVersion }, data: { minutes, heldAt, version: { increment: 1 } } });
  return count === 1;
}

export async function createMeetingDecision(
  tx: Tx,
  data: { municipalityCode: string; meetingId: string; agendaItemId: string; caseId: string | null; decision: string; planVersion: number | null; roles: { organisationId: string; role: string }[] | null; note: string | null; decidedAt: Date; recordedAt: Date; recordedByUserId: string },
) {
  const { roles, ...rest } = data;
  return tx.meetingDecisionRecord.create({ data: { ...rest, ...(roles ? { roles } : {}) }, select: { id: true } });
}

/** Decisions about a case, with the kind of meeting they were taken at (for the case's history). */
/** The next meeting not yet held with this case on its agenda; with `memberUserId`, only among those the user sits on. */
export async function nextMeetingOfCase(tx: Tx, municipalityCode: string, caseId: string, from: Date, memberUserId?: string) {
  return tx.meeting.findFirst({
    where: { municipalityCode, heldAt: null, scheduledAt: { gte: from }, agendaItems: { some: { caseId } }, ...(memberUserId ? { members: { some: { userId: memberUserId } } } : {}) },
    select: { id: true, title: true, scheduledAt: true },
    orderBy: { scheduledAt: 'asc' },
  });
}

export async function listDecisionsOfCase(tx: Tx, municipalityCode: string, caseId: string) {
  return tx.meetingDecisionRecord.findMany({
    where: { municipalityCode, caseId },
    select: { id: true, decision: true, planVersion: true, roles: true, note: true, decidedAt: true, recordedAt: true, meetingId: true, meeting: { select: { kind: true, title: true } } },
    orderBy: [{ decidedAt: 'asc' }, { recordedAt: 'asc' }],
  });
}

export async function getMunicipalUser(tx: Tx, municipalityCode: string, userId: string) {
  return tx.user.findFirst({ where: { municipalityCode, id: userId, disabledAt: null }, select: { id: true, displayName: true, role: true, organisationId: true } });
}

export async function listMunicipalUsers(tx: Tx, municipalityCode: string) {
  return tx.user.findMany({ where: { municipalityCode, disabledAt: null }, select: { id: true, displayName: true, role: true, organisationId: true }, orderBy: { displayName: 'asc' } });
}

/** Every live person of a household: a tabled case brings them all under C4/C12 (merged-away records are not persons). */
export async function listPersonsOfTabledHousehold(tx: Tx, municipalityCode: string, householdId: string) {
  return tx.person.findMany({ where: { municipalityCode, householdId, mergedIntoId: null }, select: { id: true, birthDate: true }, orderBy: { createdAt: 'asc' } });
}
