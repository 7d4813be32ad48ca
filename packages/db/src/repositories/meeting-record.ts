// Guests, attendance and closures (issue #10 items 5 and 9). Every function takes the tenant key.
import type { Tx } from '../scope.js';

export async function listMeetingGuests(tx: Tx, municipalityCode: string, meetingId: string) {
  return tx.meetingGuest.findMany({
    where: { municipalityCode, meetingId },
    select: { id: true, name: true, organisationName: true, roleNote: true, undertakingOnPaperOn: true, attendance: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  });
}

export async function createMeetingGuest(
  tx: Tx,
  data: { municipalityCode: string; meetingId: string; name: string; organisationName: string; roleNote: string | null; undertakingOnPaperOn: Date | null; undertakingNotedByUserId: string | null; addedByUserId: string },
) {
  return tx.meetingGuest.create({ data, select: { id: true } });
}

export async function noteGuestUndertaking(tx: Tx, municipalityCode: string, meetingId: string, guestId: string, on: Date, userId: string): Promise<boolean> {
  const { count } = await tx.meetingGuest.updateMany({ where: { municipalityCode, meetingId, id: guestId }, data: { undertakingOnPaperOn: on, undertakingNotedByUserId: userId } });
  return count === 1;
}

export async function setMemberAttendance(tx: Tx, municipalityCode: string, meetingId: string, userId: string, attendance: string): Promise<boolean> {
  const { count } = await tx.meetingMember.updateMany({ where: { municipalityCode, meetingId, userId }, data: { attendance } });
  return count === 1;
}

export async function setGuestAttendance(tx: Tx, municipalityCode: string, meetingId: string, guestId: string, attendance: string): Promise<boolean> {
  const { count } = await tx.meetingGuest.updateMany({ where: { municipalityCode, meetingId, id: guestId }, data: { attendance } });
  return count === 1;
}

export async function createCaseClosure(tx: Tx, data: { municipalityCode: string; caseId: string; reason: string; reasonText: string; closedOn: Date; recordedByUserId: string }) {
  return tx.caseClosure.create({ data, select: { id: true } });
}

export async function listCaseClosures(tx: Tx, municipalityCode: string, caseId: string) {
  return tx.caseClosure.findMany({ where: { municipalityCode, caseId }, select: { id: true, reason: true, reasonText: true, closedOn: true, recordedAt: true }, orderBy: { recordedAt: 'asc' } });
}
