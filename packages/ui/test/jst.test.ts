import { describe, expect, it } from 'vitest';
import { formatDateJst, formatDateTimeJst, formatDateTimeShortJst } from '../src/index.js';

// 15:30 UTC on 31 March is 00:30 on 1 April in Japan: the record belongs to 1 April on any terminal.
const lateEveningUtc = '2026-03-31T15:30:00Z';

describe('dates and times in Japan time', () => {
  it('dates a late-evening UTC instant on the next day in Japan', () => {
    expect(formatDateJst(lateEveningUtc)).toBe('2026/4/1');
    expect(formatDateJst(new Date(lateEveningUtc))).toBe('2026/4/1');
  });

  it('shows the time in Japan time', () => {
    expect(formatDateTimeJst(lateEveningUtc)).toBe('2026/4/1 0:30:00');
    expect(formatDateTimeShortJst(new Date(lateEveningUtc))).toBe('2026/04/01 0:30');
  });

  it('keeps a date-only value on its own day', () => {
    expect(formatDateJst('1944-05-10')).toBe('1944/5/10');
  });
});
