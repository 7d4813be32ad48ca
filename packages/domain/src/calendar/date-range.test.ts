import { describe, expect, it } from 'vitest';
import { ZIsoDate, dateRangeMessages, isSupportedInstant, isoDateProblem, isoDateSchema } from './date-range.js';

describe('supported dates', () => {
  it.each([
    ['2026-04-01', null],
    ['1900-01-01', null],
    ['2100-12-31', null],
    ['2024-02-29', null],
    ['2026-02-29', 'calendar'],
    ['2026-13-01', 'calendar'],
    ['2026-04-31', 'calendar'],
    ['0000-01-01', 'range'],
    ['0099-12-31', 'range'],
    ['1899-12-31', 'range'],
    ['2101-01-01', 'range'],
    ['9999-12-31', 'range'],
    ['-271821-04-20', 'format'],
    ['2026-4-1', 'format'],
    ['2026-04-01T00:00:00Z', 'format'],
    ['', 'format'],
  ])('%s → %s', (value, problem) => {
    expect(isoDateProblem(value)).toBe(problem);
  });

  it('refuses instants outside 1900–2100 and invalid dates', () => {
    expect(isSupportedInstant(new Date('2026-11-20T01:00:00Z'))).toBe(true);
    expect(isSupportedInstant(new Date('2100-12-31T23:59:59.999Z'))).toBe(true);
    expect(isSupportedInstant(new Date(-8.64e15))).toBe(false);
    expect(isSupportedInstant(new Date('0000-01-01T00:00:00Z'))).toBe(false);
    expect(isSupportedInstant(new Date(Number.NaN))).toBe(false);
  });

  it('says in Japanese what is wrong, the caller’s wording for the format', () => {
    expect(ZIsoDate.safeParse('2026-02-30').error?.issues[0]?.message).toBe(dateRangeMessages.calendar);
    expect(ZIsoDate.safeParse('0000-01-01').error?.issues[0]?.message).toBe(dateRangeMessages.range);
    expect(isoDateSchema('生年月日の形式').safeParse('x').error?.issues[0]?.message).toBe('生年月日の形式');
    expect(ZIsoDate.parse('2026-04-01')).toBe('2026-04-01');
  });
});
