import { describe, expect, it } from 'vitest';
import { formatFiscalYear, formatFiscalYearWithSeireki } from '../src/lib/wareki.js';

describe('formatFiscalYear', () => {
  it.each([
    [2025, '令和7年度'],
    [2021, '令和3年度'],
    [2019, '令和元年度'],
    [2018, '平成30年度'],
  ])('%i → %s', (fy, expected) => {
    expect(formatFiscalYear(fy)).toBe(expected);
  });

  it('puts 西暦 beside 和暦', () => {
    expect(formatFiscalYearWithSeireki(2026)).toBe('令和8年度（2026年度）');
  });
});
