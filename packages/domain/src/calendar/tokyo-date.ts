// Dates in Kasane are Japanese calendar dates: the fiscal year and ages turn over at midnight in Asia/Tokyo,
// whatever the server's time zone (CONVENTIONS.md "Data").
export type Instant = Date | string;

export type CalendarDate = { readonly year: number; readonly month: number; readonly day: number };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const tokyoParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** Turns a Date or ISO string into an instant; a date-only string means that day in Tokyo. */
export const toDate = (value: Instant): Date => {
  const d = typeof value === 'string' ? new Date(DATE_ONLY.test(value) ? `${value}T00:00:00+09:00` : value) : value;
  if (Number.isNaN(d.getTime())) throw new RangeError(`日付として読めません: ${String(value)}`);
  return d;
};

// Japan has kept UTC+9 all year since its last daylight saving time ended in 1951: from 1952 on, the
// Tokyo date is plain arithmetic (every access decision asks it); before, the time zone database decides.
const JST_MS = 9 * 3_600_000;
const FIXED_OFFSET_FROM = Date.UTC(1952, 0, 1);

export const tokyoDateOf = (value: Instant): CalendarDate => {
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m !== null) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  const date = toDate(value);
  if (date.getTime() >= FIXED_OFFSET_FROM) {
    const tokyo = new Date(date.getTime() + JST_MS);
    return { year: tokyo.getUTCFullYear(), month: tokyo.getUTCMonth() + 1, day: tokyo.getUTCDate() };
  }
  const parts = tokyoParts.formatToParts(date);
  const pick = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.filter((p) => p.type === type).map((p) => p.value).join(''));
  return { year: pick('year'), month: pick('month'), day: pick('day') };
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of the instant in Asia/Tokyo. */
export const toIsoDateTokyo = (value: Instant): string => {
  const { year, month, day } = tokyoDateOf(value);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
};

/** Completed years of age on the Tokyo date of `now`, counted by calendar birthday. */
export const ageAt = (birthDate: Instant, now: Instant): number => {
  const b = tokyoDateOf(birthDate);
  const n = tokyoDateOf(now);
  const beforeBirthday = n.month < b.month || (n.month === b.month && n.day < b.day);
  return n.year - b.year - (beforeBirthday ? 1 : 0);
};

/** Instants compared as points in time (ISO strings or Dates). */
export const isAtOrAfter = (a: Instant, b: Instant): boolean => toDate(a).getTime() >= toDate(b).getTime();
