// Who was there (出席・欠席・遅参) and the guests who are not users (issue #10 item 5). A 支援会議 guest is bound
// by 法第106条の6第5項 like a member: the paper undertaking is noted before the guest may be recorded present.
import { createMeetingGuest, listMeetingGuests, noteGuestUndertaking, setGuestAttendance, setMemberAttendance } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { attendanceLabels, checkDecisionDay, checkGuestAttendance, decisionDate, toIsoDateTokyo } from '@kasane/domain';
import type { Attendance } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError, domainError } from '../../errors.js';
import { auditAs } from '../audit-as.js';
import type { Meeting } from './agenda.js';

const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

export type GuestInput = { name: string; organisationName: string; roleNote?: string | undefined; undertakingOnPaperOn?: string | undefined };

export async function addGuest(tx: Tx, actor: StaffActor, m: Meeting, input: GuestInput, now: Date) {
  if (input.undertakingOnPaperOn) {
    const day = checkDecisionDay(input.undertakingOnPaperOn, now, 'undertakingOnPaperOn');
    if (!day.ok) throw domainError(day.error);
  }
  const g = await createMeetingGuest(tx, {
    municipalityCode: actor.municipalityCode,
    meetingId: m.id,
    name: input.name,
    organisationName: input.organisationName,
    roleNote: input.roleNote?.trim() ? input.roleNote.trim() : null,
    undertakingOnPaperOn: input.undertakingOnPaperOn ? dayOf(input.undertakingOnPaperOn) : null,
    undertakingNotedByUserId: input.undertakingOnPaperOn ? actor.userId : null,
    addedByUserId: actor.userId,
  });
  await auditAs(tx, actor, { action: 'write', recordType: 'MeetingGuest', recordId: g.id, legalBasis: m.kind === 'shien' ? 'support_meeting' : 'meeting_member', basisRef: m.id });
  return { id: g.id };
}

export async function noteUndertaking(tx: Tx, actor: StaffActor, m: Meeting, input: { guestId: string; on: string }, now: Date) {
  const day = checkDecisionDay(input.on, now, 'on');
  if (!day.ok) throw domainError(day.error);
  if (!(await noteGuestUndertaking(tx, actor.municipalityCode, m.id, input.guestId, dayOf(input.on), actor.userId))) throw apiError('NOT_FOUND');
  await auditAs(tx, actor, { action: 'write', recordType: 'MeetingGuestUndertaking', recordId: input.guestId, legalBasis: 'support_meeting', basisRef: m.id });
  return { guestId: input.guestId, on: input.on };
}

export type AttendanceInput = { members: { userId: string; attendance: Attendance }[]; guests: { guestId: string; attendance: Attendance }[] };

/** Attendance is recorded once the meeting's day has come, like its decisions. */
export async function recordAttendance(tx: Tx, actor: StaffActor, m: Meeting, input: AttendanceInput, now: Date) {
  const held = decisionDate(m, now);
  if (!held.ok) throw domainError({ ...held.error, message: '開催日より前には出欠を記録できません。' });
  const meetingDay = toIsoDateTokyo(m.scheduledAt);
  const guests = new Map((await listMeetingGuests(tx, actor.municipalityCode, m.id)).map((g) => [g.id, g]));
  for (const entry of input.members) {
    if (!m.members.some((x) => x.userId === entry.userId)) throw apiError('NOT_FOUND');
    await setMemberAttendance(tx, actor.municipalityCode, m.id, entry.userId, entry.attendance);
  }
  for (const entry of input.guests) {
    const g = guests.get(entry.guestId);
    if (!g) throw apiError('NOT_FOUND');
    const ok = checkGuestAttendance(m.kind, entry.attendance, { undertakingOnPaperOn: g.undertakingOnPaperOn ? toIsoDateTokyo(g.undertakingOnPaperOn) : null }, meetingDay);
    if (!ok.ok) throw domainError({ ...ok.error, details: { field: 'attendance', guestId: g.id } });
    await setGuestAttendance(tx, actor.municipalityCode, m.id, g.id, entry.attendance);
  }
  await auditAs(tx, actor, { action: 'write', recordType: 'MeetingAttendance', recordId: m.id, legalBasis: m.kind === 'shien' ? 'support_meeting' : 'meeting_member', basisRef: m.id });
  return { meetingId: m.id };
}

const label = (a: string | null) => (a ? (attendanceLabels[a as Attendance] ?? a) : null);

/** Guests as the members see them (the frame-only view shows none). */
export async function guestsOf(tx: Tx, actor: StaffActor, m: Meeting) {
  return (await listMeetingGuests(tx, actor.municipalityCode, m.id)).map((g) => ({
    id: g.id,
    name: g.name,
    organisationName: g.organisationName,
    roleNote: g.roleNote,
    undertakingOnPaperOn: g.undertakingOnPaperOn ? toIsoDateTokyo(g.undertakingOnPaperOn) : null,
    attendance: g.attendance,
    attendanceLabel: label(g.attendance),
  }));
}

export const attendanceLabelOf = label;
