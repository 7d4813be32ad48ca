import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalYearOf, fiscalYearRange, formatFiscalYearJa, formatWareki } from './fiscal-year.js';
import { ageAt, isAtOrAfter, toDate, toIsoDateTokyo, tokyoDateOf } from './tokyo-date.js';
import { formatDisplayDate, formatDisplayDateTime } from './display.js';

describe('年度 in Asia/Tokyo', () => {
  it('turns over on 1 April, at midnight in Tokyo', () => {
    expect(fiscalYearOf('2024-03-31')).toBe(2023);
    expect(fiscalYearOf('2024-04-01')).toBe(2024);
    // 2024-03-31T15:00Z is already 1 April in Tokyo.
    expect(fiscalYearOf('2024-03-31T15:00:00Z')).toBe(2024);
    expect(fiscalYearOf(new Date('2024-03-31T14:59:59Z'))).toBe(2023);
  });
  it('gives the range of a fiscal year', () => {
    expect(fiscalYearRange(2023)).toEqual({ start: '2023-04-01', end: '2024-03-31' });
  });
  it('refuses an unreadable date', () => {
    expect(() => fiscalYearOf('not a date')).toThrow(RangeError);
  });
});

describe('和暦', () => {
  it('formats a date as 令和', () => {
    expect(formatWareki('2023-04-01')).toBe('令和5年4月1日');
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWareki('2019-04-30T15:30:00Z')).toBe('令和元年5月1日');
    expect(formatWareki(new Date('2021-04-01T00:00:00+09:00'))).toBe('令和3年4月1日');
  });
  it('names fiscal years as in official documents', () => {
    expect(formatFiscalYearJa(2023)).toBe('令和5年度');
    expect(formatFiscalYearJa(2021)).toBe('令和3年度');
    expect(formatFiscalYearJa(2019)).toBe('令和元年度');
    expect(formatFiscalYearJa(2018)).toBe('平成30年度');
    expect(formatFiscalYearJa(1988)).toBe('昭和63年度');
    expect(formatFiscalYearJa(1989)).toBe('平成元年度');
  });
});

describe('Tokyo dates and ages', () => {
  it('reads date-only strings as Tokyo calendar dates', () => {
    expect(tokyoDateOf('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(toIsoDateTokyo('2024-06-30T20:00:00Z')).toBe('2024-07-01');
    expect(toDate('2024-04-01').toISOString()).toBe('2024-03-31T15:00:00.000Z');
  });
  it('counts age by calendar birthday', () => {
    expect(ageAt('2006-06-02', '2024-06-01')).toBe(17);
    expect(ageAt('2006-06-02', '2024-06-02')).toBe(18);
    expect(ageAt('2006-05-02', '2024-06-01')).toBe(18);
  });
  it('compares instants', () => {
    expect(isAtOrAfter('2024-06-01T00:00:00+09:00', '2024-05-31T15:00:00Z')).toBe(true);
    expect(isAtOrAfter('2024-05-31', '2024-06-01')).toBe(false);
  });
});

describe('display format', () => {
  it('writes a date in 和暦 with the 西暦 year, as its day in Japan', () => {
    expect(formatDisplayDate('2026-12-10')).toBe('令和8年12月10日（2026年）');
    expect(formatDisplayDate('2019-05-01')).toBe('令和元年5月1日（2019年）');
    // 23:30 UTC on 31 March is 1 April in Japan
    expect(formatDisplayDate(new Date('2026-03-31T23:30:00Z'))).toBe('令和8年4月1日（2026年）');
    expect(formatDisplayDate(new Date('2026-12-31T15:00:00Z'))).toBe('令和9年1月1日（2027年）');
  });

  it('adds the Japan time on 24 hours', () => {
    expect(formatDisplayDateTime(new Date('2026-12-10T05:05:00Z'))).toBe('令和8年12月10日（2026年） 14:05');
    expect(formatDisplayDateTime('2026-12-09T15:00:00.000Z')).toBe('令和8年12月10日（2026年） 00:00');
  });
});

describe('the Tokyo date without the time zone database', () => {
  const viaIntl = (d: Date) => {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(d);
    const pick = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    return { year: pick('year'), month: pick('month'), day: pick('day') };
  };

  it('is the date the time zone database gives for every instant from 1952 on', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1952-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        expect(tokyoDateOf(d)).toEqual(viaIntl(d));
      }),
      { numRuns: 2000 },
    );
  });

  it('asks the time zone database before 1952, when Japan kept summer time (1948–1951)', () => {
    // 14:30 UTC on 9 May 1949 was 00:30 on 10 May under summer time (UTC+10), not 23:30 on the 9th.
    const summer = new Date('1949-05-09T14:30:00Z');
    expect(tokyoDateOf(summer)).toEqual(viaIntl(summer));
    expect(tokyoDateOf(new Date('1930-06-01T15:00:00Z'))).toEqual({ year: 1930, month: 6, day: 2 });
  });
});
