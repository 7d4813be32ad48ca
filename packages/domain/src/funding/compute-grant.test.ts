import { describe, expect, it } from 'vitest';
import { partIds } from '../parts/catalogue.js';
import type { PartId } from '../parts/catalogue.js';
import { computeGrant, parseGrantArgs } from './compute-grant.js';
import type { GrantInput } from './compute-grant.js';

const grant = (input: GrantInput) => {
  const r = computeGrant(input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const code = (input: GrantInput): string => {
  const r = computeGrant(input);
  return r.ok ? 'ok' : r.error.code;
};

describe('computeGrant — the worked example of issue #3', () => {
  it('coordination FY2023: base 11,234,567 → 国 5,617,000 / 県 2,808,000 / 市 2,809,567', () => {
    const g = grant({ fiscalYear: 2023, partId: 'coordination', standardAmount: 12_000_000, expenditure: 11_234_567, totalCost: 11_500_000, otherIncome: 200_000 });
    expect(g).toMatchObject({ base: 11_234_567, baseLimitedBy: 'expenditure', national: 5_617_000, prefecture: 2_808_000, municipality: 2_809_567 });
    expect(g.fractions).toEqual({ national: '1/2', prefecture: '1/4', municipality: '1/4' });
  });
});

// Checked by hand with base 9,876,543 (expenditure is the least of the three).
const amounts = { standardAmount: 10_000_000, expenditure: 9_876_543, totalCost: 10_000_000, otherIncome: 0 };

type Row = [PartId, number, { national: number; prefecture: number; municipality: number; nationalAdjustment?: number; premium?: number }];
const fy2023: Row[] = [
  ['participation', 2023, { national: 4_938_000, prefecture: 2_469_000, municipality: 2_469_543 }],
  ['outreach', 2023, { national: 4_938_000, prefecture: 2_469_000, municipality: 2_469_543 }],
  ['coordination', 2023, { national: 4_938_000, prefecture: 2_469_000, municipality: 2_469_543 }],
  ['support_plan', 2023, { national: 4_938_000, prefecture: 2_469_000, municipality: 2_469_543 }],
  ['participation', 2022, { national: 7_407_000, prefecture: 0, municipality: 2_469_543 }],
  ['outreach', 2022, { national: 7_407_000, prefecture: 0, municipality: 2_469_543 }],
  ['coordination', 2022, { national: 7_407_000, prefecture: 0, municipality: 2_469_543 }],
  ['support_plan', 2022, { national: 7_407_000, prefecture: 0, municipality: 2_469_543 }],
  ['coordination', 2021, { national: 7_407_000, prefecture: 0, municipality: 2_469_543 }],
  ['consult.poverty', 2023, { national: 7_407_000, prefecture: 0, municipality: 2_469_543 }],
  ['consult.disability', 2023, { national: 4_938_000, prefecture: 2_469_000, municipality: 2_469_543 }],
  ['community.disability', 2022, { national: 4_938_000, prefecture: 2_469_000, municipality: 2_469_543 }],
  ['consult.child', 2023, { national: 6_584_000, prefecture: 1_646_000, municipality: 1_646_543 }],
  ['community.child', 2023, { national: 3_292_000, prefecture: 3_292_000, municipality: 3_292_543 }],
  ['community.poverty', 2023, { national: 4_938_000, prefecture: 0, municipality: 4_938_543 }],
  ['consult.elderly', 2023, { national: 3_802_000, prefecture: 1_901_000, premium: 2_271_604, municipality: 1_901_939 }],
  ['community.elderly_livelihood', 2022, { national: 3_802_000, prefecture: 1_901_000, premium: 2_271_604, municipality: 1_901_939 }],
  ['community.elderly_prevention', 2023, { national: 1_975_000, nationalAdjustment: 493_000, prefecture: 1_234_000, premium: 4_938_271, municipality: 1_236_272 }],
];

describe('computeGrant — every part, FY2021/2022 vs FY2023 (SPEC §5)', () => {
  it.each(fy2023)('%s FY%i', (partId, fiscalYear, expected) => {
    const g = grant({ fiscalYear, partId, ...amounts });
    expect(g).toMatchObject({ base: 9_876_543, ...expected });
    expect(g.national + (g.nationalAdjustment ?? 0) + g.prefecture + (g.premium ?? 0) + g.municipality).toBe(g.base);
  });

  it('covers every part of the catalogue', () => {
    expect(new Set(fy2023.map(([id]) => id))).toEqual(new Set(partIds));
  });

  it('FY2021 is computed with the FY2022 table; later years with the latest entry', () => {
    expect(grant({ fiscalYear: 2021, partId: 'outreach', ...amounts }).tableFromFiscalYear).toBe(2021);
    expect(grant({ fiscalYear: 2030, partId: 'outreach', ...amounts }).tableFromFiscalYear).toBe(2023);
  });

  it('shows the 介護 premium and its label separately', () => {
    expect(grant({ fiscalYear: 2023, partId: 'consult.elderly', ...amounts })).toMatchObject({ premiumLabel: '第1号保険料', fractions: { national: '77/200', prefecture: '77/400', premium: '23/100', municipality: '77/400' } });
  });

  it('介護予防: the 調整交付金 is settable; premiums take up the difference', () => {
    const g = grant({ fiscalYear: 2023, partId: 'community.elderly_prevention', ...amounts, adjustmentRate: '3/100' });
    expect(g).toMatchObject({ national: 1_975_000, nationalAdjustment: 296_000, prefecture: 1_234_000, premium: 5_135_802, municipality: 1_235_741 });
    expect(g.fractions).toMatchObject({ nationalAdjustment: '3/100', premium: '13/25', municipality: '1/8' });
  });
});

describe('computeGrant — the base (交付要綱)', () => {
  it('is the least of 基準額, expenditure and total cost − other income', () => {
    expect(grant({ fiscalYear: 2023, partId: 'coordination', standardAmount: 5_000_000, expenditure: 9_000_000, totalCost: 9_000_000, otherIncome: 0 })).toMatchObject({ base: 5_000_000, baseLimitedBy: 'standard' });
    expect(grant({ fiscalYear: 2023, partId: 'coordination', standardAmount: 9_000_000, expenditure: 9_000_000, totalCost: 8_000_000, otherIncome: 500_000 })).toMatchObject({ base: 7_500_000, baseLimitedBy: 'net_cost' });
  });

  it('is never negative when other income exceeds the cost', () => {
    expect(grant({ fiscalYear: 2023, partId: 'coordination', standardAmount: 1_000, expenditure: 1_000, totalCost: 1_000, otherIncome: 5_000 })).toMatchObject({ base: 0, national: 0, prefecture: 0, municipality: 0 });
  });

  it('other income defaults to 0', () => {
    expect(grant({ fiscalYear: 2023, partId: 'coordination', standardAmount: 4_000, expenditure: 4_000, totalCost: 4_000 }).base).toBe(4_000);
  });
});

describe('computeGrant — rates and caps (「以内」)', () => {
  const child = { fiscalYear: 2023, partId: 'consult.child' as const, ...amounts };
  it('a lower rate than the cap is allowed', () => {
    expect(grant({ ...child, rates: { national: '1/2', prefecture: '1/8' } })).toMatchObject({ national: 4_938_000, prefecture: 1_234_000, fractions: { municipality: '3/8' } });
  });
  it('a rate above the cap is an error', () => {
    expect(code({ ...child, rates: { national: '3/4' } })).toBe('RATE_ABOVE_CAP');
    expect(code({ ...child, rates: { prefecture: '1/5' } })).toBe('RATE_ABOVE_CAP');
  });
  it('a fixed share cannot be changed; an absent share stays absent', () => {
    expect(code({ ...amounts, fiscalYear: 2023, partId: 'consult.poverty', rates: { national: '1/2' } })).toBe('VALIDATION');
    expect(code({ ...amounts, fiscalYear: 2023, partId: 'consult.poverty', rates: { national: '3/4', prefecture: '0' } })).toBe('ok');
    expect(code({ ...amounts, fiscalYear: 2023, partId: 'consult.poverty', rates: { prefecture: '1/4' } })).toBe('VALIDATION');
  });
  it('調整交付金 only for 介護予防, and not beyond what premiums can absorb', () => {
    expect(code({ ...amounts, fiscalYear: 2023, partId: 'coordination', adjustmentRate: '5/100' })).toBe('VALIDATION');
    expect(code({ ...amounts, fiscalYear: 2023, partId: 'community.elderly_prevention', adjustmentRate: '60/100' })).toBe('RATE_ABOVE_CAP');
    expect(code({ ...amounts, fiscalYear: 2023, partId: 'community.elderly_prevention', adjustmentRate: '1/0' })).toBe('VALIDATION');
  });
  it('no floats: decimal rates and amounts are refused', () => {
    expect(code({ ...child, rates: { national: '0.5' } })).toBe('VALIDATION');
    expect(code({ ...child, rates: { national: '1/0' } })).toBe('VALIDATION');
    expect(code({ ...child, expenditure: 1000.5 })).toBe('VALIDATION');
    expect(code({ ...child, fiscalYear: 2020 })).toBe('VALIDATION');
  });
});

describe('parseGrantArgs (CLI)', () => {
  it('reads the example command line', () => {
    const r = parseGrantArgs(['--year', '2023', '--part', 'coordination', '--standard', '12000000', '--expenditure', '11234567', '--total', '11500000', '--income', '200000']);
    expect(r).toEqual({ ok: true, value: { fiscalYear: 2023, partId: 'coordination', standardAmount: 12_000_000, expenditure: 11_234_567, totalCost: 11_500_000, otherIncome: 200_000 } });
  });
  it('accepts --flag=value, grouped digits and rates', () => {
    const r = parseGrantArgs(['--year=2023', '--part=consult.child', '--standard=12,000,000', '--expenditure', '1_000_000', '--total', '1000000', '--national-rate', '1/2', '--prefecture-rate=1/8', '--adjustment-rate', '5/100']);
    expect(r.ok && r.value).toMatchObject({ standardAmount: 12_000_000, expenditure: 1_000_000, otherIncome: 0, rates: { national: '1/2', prefecture: '1/8' }, adjustmentRate: '5/100' });
  });
  it('refuses unknown flags, missing values and non-numbers in Japanese', () => {
    const unknown = parseGrantArgs(['--yaer', '2023']);
    expect(unknown.ok ? '' : unknown.error.message).toBe('不明な引数です: --yaer');
    const missing = parseGrantArgs(['--year']);
    expect(missing.ok ? '' : missing.error.code).toBe('VALIDATION');
    expect(parseGrantArgs(['--year', '--part', 'x']).ok).toBe(false);
    const nan = parseGrantArgs(['--year', '2023', '--part', 'coordination', '--standard', 'abc', '--expenditure', '1', '--total', '1']);
    expect(nan.ok ? [] : nan.error.details?.issues).toEqual([expect.objectContaining({ path: 'standardAmount' })]);
    expect(parseGrantArgs(['positional']).ok).toBe(false);
  });
  it('feeds computeGrant', () => {
    const r = parseGrantArgs(['--year', '2023', '--part', 'coordination', '--standard', '12000000', '--expenditure', '11234567', '--total', '11500000', '--income', '200000']);
    expect(r.ok && computeGrant(r.value)).toMatchObject({ ok: true, value: { municipality: 2_809_567 } });
  });
});
