import { formatDisplayDate, formatDisplayDateTime, toIsoDateTokyo } from '@kasane/domain';

// The staff app's only date formatting (issue #10): every screen shows a date as 令和8年12月10日（2026年）
// and a date-time as 令和8年12月10日（2026年） 14:05, always in Japan time. Route files call these, never
// toLocaleDateString/toLocaleString (test/dates.test.ts enforces it).

type At = Date | string | null | undefined;

export const formatDate = (at: At): string => (at ? formatDisplayDate(at) : '—');

export const formatDateTime = (at: At): string => (at ? formatDisplayDateTime(at) : '—');

/** Counts and amounts with thousands separators. */
export const formatNumber = (n: number): string => n.toLocaleString('ja-JP');

/** Today in Japan as an input type=date value. */
export const todayInJapan = (now: Date = new Date()): string => toIsoDateTokyo(now);

/** An input type=date value is a calendar date in Japan: its midnight there, whatever the browser's zone. */
export const fromJapanDate = (value: string): Date => new Date(`${value}T00:00:00+09:00`);

/** An input type=datetime-local value is Japan time, whatever the browser's own zone. */
export const fromJapanLocal = (value: string): Date => new Date(`${value}:00+09:00`);

/** An instant as an input type=datetime-local value in Japan time. */
export const toJapanLocal = (at: Date | string): string => new Date(new Date(at).getTime() + 9 * 3_600_000).toISOString().slice(0, 16);
