import { z } from 'zod';
import { toDate } from '../calendar/tokyo-date.js';
import type { Instant } from '../calendar/tokyo-date.js';
import { ZClockTime, ZWeekday, weekdayLabels, weekdays } from './schedule.js';
import type { Weekday } from './schedule.js';

// Opening hours of a 相談窓口: per weekday (several spans a day allowed, e.g. a lunch break) and
// whether it closes on 祝日. Whether today is a holiday is a fact the caller supplies.

export const ZOpeningSpan = z
  .object({ day: ZWeekday, open: ZClockTime, close: ZClockTime })
  .refine((s) => s.close > s.open, { message: '終了時刻は開始時刻より後にしてください。', path: ['close'] });
export const ZOpeningHours = z.object({
  spans: z.array(ZOpeningSpan).max(28),
  closedOnHolidays: z.boolean(),
  note: z.string().max(200).optional(),
  /** hours as the source wrote them (an HSDS schedule with only a description), shown as written */
  text: z.string().max(1000).optional(),
});
export type OpeningHours = z.infer<typeof ZOpeningHours>;

export type TokyoClock = { readonly isoDate: string; readonly weekday: Weekday; readonly time: string };

const clockFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23' });

/** The date, weekday and HH:MM in Asia/Tokyo, whatever the server's zone. */
export const tokyoClock = (instant: Instant): TokyoClock => {
  const parts = clockFormat.formatToParts(toDate(instant));
  const part = (t: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === t)?.value ?? '';
  return {
    isoDate: `${part('year')}-${part('month')}-${part('day')}`,
    weekday: part('weekday').toLowerCase().slice(0, 3) as Weekday,
    time: `${part('hour')}:${part('minute')}`,
  };
};

/** いま開いています: a span of today contains the time, unless it is a holiday and the window closes then. */
export const isOpenAt = (hours: OpeningHours, clock: TokyoClock, isHoliday: boolean): boolean => {
  if (isHoliday && hours.closedOnHolidays) return false;
  return hours.spans.some((s) => s.day === clock.weekday && s.open <= clock.time && clock.time < s.close);
};

/** 月〜金 8:30～17:15 style lines, grouping weekdays with identical spans. */
export const describeHours = (hours: OpeningHours): string[] => {
  const byDay = new Map<Weekday, string>();
  for (const d of weekdays) {
    const spans = hours.spans.filter((s) => s.day === d).sort((a, b) => a.open.localeCompare(b.open));
    if (spans.length) byDay.set(d, spans.map((s) => `${s.open}～${s.close}`).join('、'));
  }
  const lines: string[] = hours.text ? [hours.text] : [];
  let run: Weekday[] = [];
  const flush = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) lines.push(`${run.length > 2 ? `${weekdayLabels[first]}～${weekdayLabels[last]}` : run.map((d) => weekdayLabels[d]).join('・')} ${byDay.get(first) ?? ''}`);
    run = [];
  };
  for (const d of weekdays) {
    const text = byDay.get(d);
    const prev = run[run.length - 1];
    if (text && prev && byDay.get(prev) === text) run.push(d);
    else {
      flush();
      if (text) run = [d];
    }
  }
  flush();
  if (hours.closedOnHolidays) lines.push('祝日は休み');
  return lines;
};
