import { z } from 'zod';
import { fail } from '../errors.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import { ZIsoDate } from '../calendar/date-range.js';

export { ZIsoDate };

// Weekly schedules of activities, rich enough for the 南国市 timetable (seed 002): weekdays with
// times, or only 午前/午後 when the source gives no time; alternate weeks; nth weekday of a month;
// irregular dates.

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const ZWeekday = z.enum(weekdays);
export type Weekday = z.infer<typeof ZWeekday>;
export const weekdayLabels: Readonly<Record<Weekday, string>> = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' };

export const dayPeriods = ['morning', 'afternoon', 'evening'] as const;
export const ZDayPeriod = z.enum(dayPeriods);
export type DayPeriod = z.infer<typeof ZDayPeriod>;
export const dayPeriodLabels: Readonly<Record<DayPeriod, string>> = { morning: '午前', afternoon: '午後', evening: '夜' };

export const ZClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '時刻は 09:30 の形で入力してください。');

export const scheduleFrequencies = ['weekly', 'alternate_weeks', 'monthly_nth', 'dates'] as const;

export const ZScheduleRule = z
  .object({
    frequency: z.enum(scheduleFrequencies),
    days: z.array(ZWeekday).max(7).default([]),
    /** monthly_nth: which occurrences in the month (1–5; -1 = the last) */
    nth: z.array(z.union([z.number().int().min(1).max(5), z.literal(-1)])).max(5).optional(),
    /** alternate_weeks: one date on which the activity runs */
    anchorDate: ZIsoDate.optional(),
    /** dates: irregular dates */
    dates: z.array(ZIsoDate).max(366).optional(),
    start: ZClockTime.optional(),
    end: ZClockTime.optional(),
    /** when the source gives only 午前/午後 */
    period: ZDayPeriod.optional(),
    note: z.string().max(200).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.frequency !== 'dates' && r.days.length === 0) ctx.addIssue({ code: 'custom', path: ['days'], message: '曜日を選んでください。' });
    if (r.frequency === 'monthly_nth' && !r.nth?.length) ctx.addIssue({ code: 'custom', path: ['nth'], message: '第何週かを選んでください。' });
    if (r.frequency === 'alternate_weeks' && !r.anchorDate) ctx.addIssue({ code: 'custom', path: ['anchorDate'], message: '隔週の基準日を入力してください。' });
    if (r.frequency === 'dates' && !r.dates?.length) ctx.addIssue({ code: 'custom', path: ['dates'], message: '日付を入力してください。' });
    if (!r.start && !r.period) ctx.addIssue({ code: 'custom', path: ['start'], message: '開始時刻か、午前・午後を入力してください。' });
    if (r.start && r.end && r.end <= r.start) ctx.addIssue({ code: 'custom', path: ['end'], message: '終了時刻は開始時刻より後にしてください。' });
  });
export type ScheduleRule = z.infer<typeof ZScheduleRule>;
export const ZSchedule = z.array(ZScheduleRule).max(20);

const weekdayIndex = (d: Weekday): number => weekdays.indexOf(d);

/** Day of the week of an ISO calendar date (no time zone involved). */
export const weekdayOfIsoDate = (isoDate: string): Weekday => {
  const dow = new Date(`${isoDate}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return weekdays[(dow + 6) % 7] as Weekday;
};

const dayNumber = (isoDate: string): number => Math.floor(new Date(`${isoDate}T00:00:00Z`).getTime() / 86_400_000);

/** Does the rule run on this calendar date? */
export const occursOn = (rule: ScheduleRule, isoDate: string): boolean => {
  if (rule.frequency === 'dates') return (rule.dates ?? []).includes(isoDate);
  const wd = weekdayOfIsoDate(isoDate);
  if (!rule.days.includes(wd)) return false;
  if (rule.frequency === 'weekly') return true;
  if (rule.frequency === 'alternate_weeks') {
    const weeks = Math.floor((dayNumber(isoDate) - dayNumber(rule.anchorDate ?? isoDate)) / 7);
    return Math.abs(weeks) % 2 === 0;
  }
  const day = Number(isoDate.slice(8, 10));
  const nthOfMonth = Math.ceil(day / 7);
  const [y, m] = [Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7))];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const isLast = day + 7 > daysInMonth;
  return (rule.nth ?? []).some((n) => n === nthOfMonth || (n === -1 && isLast));
};

/** The 午前/午後/夜 cells a rule fills on the weekly timetable (noon and 18:00 are the borders). */
export const periodsOf = (rule: ScheduleRule): DayPeriod[] => {
  if (!rule.start) return rule.period ? [rule.period] : [];
  const start = rule.start;
  const end = rule.end ?? start;
  const out: DayPeriod[] = [];
  if (start < '12:00') out.push('morning');
  if (end > '12:00' && start < '18:00') out.push('afternoon');
  if (end > '18:00' || start >= '18:00') out.push('evening');
  return out;
};

export type TimetableEntry = { readonly id: string; readonly name: string; readonly rule: ScheduleRule };
/** `nth`: the weeks of the month of a monthly_nth rule (第2・第4 → [2, 4]; -1 the last), empty otherwise. */
export type TimetableCell = { readonly id: string; readonly name: string; readonly time: string | null; readonly frequency: ScheduleRule['frequency']; readonly nth: number[] };
export type WeeklyTimetable = Readonly<Record<Weekday, Readonly<Record<DayPeriod, TimetableCell[]>>>>;

/** The weekly grid (曜日 × 午前/午後/夜) of recurring rules; irregular dates are not on it. */
export const weeklyTimetable = (items: readonly { id: string; name: string; schedule: readonly ScheduleRule[] }[]): WeeklyTimetable => {
  const grid = Object.fromEntries(weekdays.map((d) => [d, { morning: [], afternoon: [], evening: [] }])) as unknown as Record<Weekday, Record<DayPeriod, TimetableCell[]>>;
  for (const item of items) {
    for (const rule of item.schedule) {
      if (rule.frequency === 'dates') continue;
      for (const day of [...rule.days].sort((a, b) => weekdayIndex(a) - weekdayIndex(b))) {
        for (const p of periodsOf(rule)) grid[day][p].push({ id: item.id, name: item.name, time: timeRange(rule), frequency: rule.frequency, nth: rule.frequency === 'monthly_nth' ? [...(rule.nth ?? [])] : [] });
      }
    }
  }
  return grid;
};

export const timeRange = (rule: ScheduleRule): string | null => (rule.start ? `${rule.start}～${rule.end ?? ''}` : null);

/** 毎週 水・金 14:00～18:00 / 第1・第3 土 午前 / 隔週 月 / 不定期 4月5日・5月10日 */
export const describeRule = (rule: ScheduleRule): string => {
  const days = [...rule.days].sort((a, b) => weekdayIndex(a) - weekdayIndex(b)).map((d) => weekdayLabels[d]).join('・');
  const when = timeRange(rule) ?? (rule.period ? dayPeriodLabels[rule.period] : '');
  let head: string;
  switch (rule.frequency) {
    case 'weekly':
      head = `毎週 ${days}曜日`;
      break;
    case 'alternate_weeks':
      head = `隔週 ${days}曜日`;
      break;
    case 'monthly_nth':
      head = `毎月 ${(rule.nth ?? []).map((n) => (n === -1 ? '最終' : `第${n}`)).join('・')} ${days}曜日`;
      break;
    case 'dates':
      head = `不定期 ${(rule.dates ?? []).map((d) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`).join('・')}`;
      break;
  }
  return [head, when, rule.note ?? ''].filter(Boolean).join(' ');
};

/** Matches a filter of day and time of day: any rule on that weekday overlapping the period. */
export const matchesDayAndPeriod = (schedule: readonly ScheduleRule[], day: Weekday | undefined, period: DayPeriod | undefined): boolean =>
  schedule.some((r) => (day === undefined || (r.frequency === 'dates' ? (r.dates ?? []).some((d) => weekdayOfIsoDate(d) === day) : r.days.includes(day))) && (period === undefined || periodsOf(r).includes(period)));

/** Validates a schedule as typed by staff or imported, with Japanese messages. */
export const parseSchedule = (input: unknown): Result<ScheduleRule[]> => {
  const parsed = ZSchedule.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return fail('VALIDATION', { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) }, parsed.error.issues[0]?.message);
};
