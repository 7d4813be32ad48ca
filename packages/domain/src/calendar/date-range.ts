import { z } from 'zod';

// Dates a record can hold: a real calendar date between 1900 and 2100. Anything else is a typing
// slip or a probe (0000-01-01, year −271821) and must be refused as input, never reach the database
// (PostgreSQL refuses year 0 and the API answered 500).
export const supportedDateRange = { from: '1900-01-01', to: '2100-12-31' } as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const earliest = Date.UTC(1900, 0, 1);
const latest = Date.UTC(2101, 0, 1) - 1;

export const dateRangeMessages = {
  format: '日付は 2026-04-01 の形で入力してください。',
  calendar: '存在しない日付です。',
  range: '日付は1900年1月1日から2100年12月31日までの間で入力してください。',
  instant: '日時を正しく入力してください。',
  instantRange: '日時は1900年から2100年までの間で入力してください。',
} as const;

export type DateProblem = 'format' | 'calendar' | 'range';

/** Why `value` is not a supported ISO date (YYYY-MM-DD), or null when it is one. */
export const isoDateProblem = (value: string): DateProblem | null => {
  const m = ISO_DATE.exec(value);
  if (!m) return 'format';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(year, month - 1, day);
  const d = new Date(time);
  // Date.UTC maps 0–99 to 1900–1999, so the year is compared as well.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return year < 100 ? 'range' : 'calendar';
  return time < earliest || time > latest ? 'range' : null;
};

/** True for a valid Date between 1900-01-01T00:00Z and the end of 2100 (UTC). */
export const isSupportedInstant = (value: Date): boolean => {
  const time = value.getTime();
  return !Number.isNaN(time) && time >= earliest && time <= latest;
};

/** An ISO calendar date (YYYY-MM-DD) in the supported range; `message` replaces the format message. */
export const isoDateSchema = (message: string = dateRangeMessages.format) =>
  z.string().superRefine((v, ctx) => {
    const problem = isoDateProblem(v);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem === 'format' ? message : dateRangeMessages[problem] });
  });

export const ZIsoDate = isoDateSchema();
