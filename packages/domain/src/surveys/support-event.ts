// 後方支援 calendar (issue #11 item 11; seed 002's 年間スケジュール): the kinds of event a prefecture holds
// for its municipalities, and a municipality's reply. Attendees are counted and named by role, never by person.

export const supportEventKinds = ['block_meeting', 'exchange_meeting', 'seminar', 'four_party', 'other'] as const;
export type SupportEventKind = (typeof supportEventKinds)[number];

export const supportEventKindLabels: Readonly<Record<SupportEventKind, string>> = {
  block_meeting: 'ブロック会議',
  exchange_meeting: '情報交換会',
  seminar: 'セミナー',
  four_party: '四者協議',
  other: 'その他',
};

export const attendanceReplies = ['pending', 'attending', 'absent'] as const;
export type AttendanceReply = (typeof attendanceReplies)[number];

export const attendanceReplyLabels: Readonly<Record<AttendanceReply, string>> = { pending: '未回答', attending: '出席', absent: '欠席' };

/** A reply's problem, if any: attending needs at least one attendee and the roles; absent has none. */
export function attendanceProblem(reply: Exclude<AttendanceReply, 'pending'>, attendees: number, roles: string): string | null {
  if (reply === 'absent') return attendees === 0 ? null : '欠席の場合、出席者数は0です。';
  if (attendees < 1) return '出席者数を1以上で入力してください。';
  if (!roles.trim()) return '出席者の所属・役職を入力してください（例: 福祉総務課 2名）。個人名は入力しないでください。';
  return null;
}
