import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { partIds } from '../parts/catalogue.js';
import { computeGrant } from './compute-grant.js';
import { compare, floorTimes, fraction, parseFraction } from './fraction.js';
import { sharesFor } from './share-table.js';

const yen = fc.integer({ min: 0, max: 5_000_000_000 });
const input = fc.record({
  fiscalYear: fc.integer({ min: 2021, max: 2030 }),
  partId: fc.constantFrom(...partIds),
  standardAmount: yen,
  expenditure: yen,
  totalCost: yen,
  otherIncome: yen,
});

describe('computeGrant properties', () => {
  test.prop([input], { numRuns: 2000 })('shares add up to the base exactly: rounding never creates or loses a yen', (i) => {
    const r = computeGrant(i);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const g = r.value;
    expect(g.national + (g.nationalAdjustment ?? 0) + g.prefecture + (g.premium ?? 0) + g.municipality).toBe(g.base);
    expect(g.base).toBe(Math.max(0, Math.min(i.standardAmount, i.expenditure, i.totalCost - i.otherIncome)));
    expect(g.municipality).toBeGreaterThanOrEqual(0);
  });

  test.prop([input], { numRuns: 2000 })('every public share is a multiple of 1000 and within its cap', (i) => {
    const r = computeGrant(i);
    if (!r.ok) throw new Error(r.error.message);
    const g = r.value;
    for (const v of [g.national, g.prefecture, g.nationalAdjustment ?? 0]) expect(v % 1000).toBe(0);
    const shares = sharesFor(i.fiscalYear)?.shares[i.partId];
    expect(g.national).toBeLessThanOrEqual(floorTimes(g.base, shares?.national.ratio ?? fraction(0)));
    expect(g.prefecture).toBeLessThanOrEqual(floorTimes(g.base, shares?.prefecture?.ratio ?? fraction(0)));
    expect(g.base - g.national).toBeGreaterThanOrEqual(0);
  });

  test.prop([input, fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 12 })], { numRuns: 1000 })(
    'a requested rate above a cap is refused, at or below it accepted',
    (i, n, d) => {
      const part = 'consult.child' as const;
      const rate = `${n}/${d}`;
      const r = computeGrant({ ...i, partId: part, rates: { national: rate } });
      const cap = sharesFor(i.fiscalYear)?.shares[part].national.ratio ?? fraction(0);
      const above = compare(parseFraction(rate) ?? fraction(0), cap) > 0;
      expect(r.ok ? 'ok' : r.error.code).toBe(above ? 'RATE_ABOVE_CAP' : 'ok');
    },
  );
});
