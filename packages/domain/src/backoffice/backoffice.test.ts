import { describe, expect, it } from 'vitest';
import { computeGrant } from '../funding/compute-grant.js';
import { computeGrantSheet } from './grant-sheet.js';
import { issueFieldPairs, reportKeyLabel, reportRows } from './report-metrics.js';

describe('computeGrantSheet (issue #11 item 2)', () => {
  const coordination = { partId: 'coordination' as const, standardAmount: 12_000_000, expenditure: 11_234_567, totalCost: 11_500_000, otherIncome: 0 };
  const elderly = { partId: 'consult.elderly' as const, standardAmount: 30_000_000, expenditure: 31_000_000, totalCost: 31_000_000 };

  it('gives each line exactly what the calculator gives, and totals that add up to the base', () => {
    const sheet = computeGrantSheet(2023, [coordination, elderly]);
    if (!sheet.ok) throw new Error(sheet.error.message);
    const one = computeGrant({ ...coordination, fiscalYear: 2023 });
    if (!one.ok) throw new Error(one.error.message);
    expect(sheet.value.lines[0]).toEqual(one.value);
    const t = sheet.value.totals;
    expect(t.national + t.prefecture + t.premium + t.municipality).toBe(t.base);
    expect(t.base).toBe(11_234_567 + 30_000_000);
  });

  it('uses the fiscal year table: FY2022 has no prefectural share in 多機関協働, FY2023 has 1/4', () => {
    const r4 = computeGrantSheet(2022, [coordination]);
    const r5 = computeGrantSheet(2023, [coordination]);
    expect(r4.ok && r4.value.totals.prefecture).toBe(0);
    expect(r5.ok && r5.value.totals.prefecture).toBe(2_808_000);
  });

  it('refuses a part twice and names the part of a failing line', () => {
    expect(computeGrantSheet(2023, [coordination, coordination]).ok).toBe(false);
    const capped = computeGrantSheet(2023, [{ partId: 'consult.child', standardAmount: 1, expenditure: 1, totalCost: 1, rates: { national: '3/4' } }]);
    expect(!capped.ok && capped.error).toMatchObject({ code: 'RATE_ABOVE_CAP', details: { partId: 'consult.child' } });
  });
});

describe('実績報告 rows', () => {
  it('labels keys and shows single-number metrics as 0 when nothing happened', () => {
    const rows = reportRows([{ metric: 'consultations.channel', key: 'phone', value: 3 }]);
    expect(rows.find((r) => r.metric === 'consultations.channel')).toMatchObject({ keyLabel: '電話', value: 3 });
    expect(rows.find((r) => r.metric === 'coordination.new')).toMatchObject({ value: 0 });
    expect(rows.some((r) => r.metric === 'consultations.issue')).toBe(false);
    expect(reportKeyLabel('meetings.held', 'shien')).toBe('支援会議');
    expect(issueFieldPairs()).toContainEqual({ issue: 'household_finance', field: 'poverty' });
  });
});

describe('実績報告 key labels', () => {
  it('names every breakdown in Japanese and keeps a key it does not know as it is', () => {
    expect(reportKeyLabel('consultations.channel', 'phone')).toBe('電話');
    expect(reportKeyLabel('consultations.channel', 'carrier_pigeon')).toBe('carrier_pigeon');
    expect(reportKeyLabel('consultations.field', 'unknown_field')).toBe('unknown_field');
    expect(reportKeyLabel('consultations.issue', 'household_finance')).not.toBe('household_finance');
    expect(reportKeyLabel('consultations.issue', 'no_such_issue')).toBe('no_such_issue');
    expect(reportKeyLabel('meetings.cases', 'no_such_kind')).toBe('no_such_kind');
    expect(reportKeyLabel('register.places', 'no_such_place')).toBe('no_such_place');
    expect(reportKeyLabel('coordination.new', 'x')).toBe('x');
    expect(reportKeyLabel('meetings.held', '')).toBe('');
  });
});
