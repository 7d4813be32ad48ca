import { z } from 'zod';
import { toIsoDateTokyo } from '../calendar/tokyo-date.js';
import type { Instant } from '../calendar/tokyo-date.js';
import type { MeetingKind } from '../access/types.js';
import { fail } from '../errors.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';

export const attendanceValues = ['present', 'absent', 'late'] as const;
export const ZAttendance = z.enum(attendanceValues);
export type Attendance = z.infer<typeof ZAttendance>;
export const attendanceLabels: Readonly<Record<Attendance, string>> = { present: '出席', absent: '欠席', late: '遅参' };

/** What a meeting discusses: a 支援会議 may take up someone who is not a case (法第106条の6, SPEC C5). */
export const agendaSubjectKinds = ['case', 'person', 'outreach', 'description'] as const;
export const ZAgendaSubjectKind = z.enum(agendaSubjectKinds);
export type AgendaSubjectKind = z.infer<typeof ZAgendaSubjectKind>;
export const agendaSubjectLabels: Readonly<Record<AgendaSubjectKind, string>> = {
  case: 'ケース',
  person: '世帯員など（ケースのない方）',
  outreach: 'アウトリーチの対象者',
  description: '氏名の分からない方（状況の記述）',
};

/** C4: a 重層的支援会議 (and any consent-based body) takes cases only; the rest go to a 支援会議. */
export const canDiscussSubject = (kind: MeetingKind, subject: AgendaSubjectKind): Result<AgendaSubjectKind> =>
  subject === 'case' || kind === 'shien'
    ? ok(subject)
    : fail(
        'SUPPORT_DECISION_REQUIRED',
        { alternative: 'shien', subject },
        '重層的支援会議などにはケース（支援決定済み、本人の同意あり）を諮ります。ケースのない方は支援会議（社会福祉法第106条の6）で検討してください。',
      );

/**
 * A decision is the meeting's: it bears the meeting's date, however much later it is typed in, and cannot
 * be entered before the meeting's day has come.
 */
export const decisionDate = (meeting: { readonly scheduledAt: Instant; readonly heldAt?: Instant | null }, now: Instant): Result<Instant> => {
  const held = meeting.heldAt ?? meeting.scheduledAt;
  if (toIsoDateTokyo(meeting.scheduledAt) > toIsoDateTokyo(now)) {
    return fail('VALIDATION', { field: 'meetingId' }, '開催日より前には会議の決定を記録できません。開催後に、会議で決まったことを記録してください。');
  }
  return ok(held);
};

/**
 * 法第106条の6第5項 binds everyone at a 支援会議: a guest who is not a user signs the undertaking on paper,
 * and is recorded present (or late) only once that paper is noted, dated no later than the meeting's day.
 */
export const checkGuestAttendance = (
  kind: MeetingKind,
  attendance: Attendance,
  guest: { readonly undertakingOnPaperOn?: string | null },
  meetingDay: string,
): Result<Attendance> => {
  if (kind !== 'shien' || attendance === 'absent') return ok(attendance);
  if (!guest.undertakingOnPaperOn) {
    return fail('UNDERTAKING_MISSING', { field: 'undertakingOnPaperOn' }, '支援会議の出席者には、守秘義務の誓約（書面）が必要です。誓約書を受け取った日を記録してから出席としてください。');
  }
  if (guest.undertakingOnPaperOn > meetingDay) {
    return fail('UNDERTAKING_MISSING', { field: 'undertakingOnPaperOn' }, '誓約書は会議の日までに受け取ったものである必要があります。');
  }
  return ok(attendance);
};
