import { fail } from '../errors.js';
import type { PartId } from '../parts/catalogue.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import { computeGrant } from '../funding/compute-grant.js';
import type { GrantInput, GrantShares } from '../funding/compute-grant.js';

export type GrantSheetTotals = {
  readonly base: number;
  /** 国 including the 調整交付金 */
  readonly national: number;
  readonly prefecture: number;
  readonly premium: number;
  readonly municipality: number;
};

export type GrantSheet = { readonly fiscalYear: number; readonly lines: readonly GrantShares[]; readonly totals: GrantSheetTotals };

/**
 * The year's 交付金 sheet (issue #11 item 2): every part through the one calculator, so the screen, the
 * printed sheet and `pnpm kasane grant` give the same yen; totals are sums of whole-yen shares.
 */
export const computeGrantSheet = (fiscalYear: number, lines: readonly Omit<GrantInput, 'fiscalYear'>[]): Result<GrantSheet> => {
  const seen = new Set<PartId>();
  const computed: GrantShares[] = [];
  for (const line of lines) {
    if (seen.has(line.partId)) return fail('VALIDATION', { partId: line.partId }, '同じ事業が二度入力されています。');
    seen.add(line.partId);
    const shares = computeGrant({ ...line, fiscalYear });
    if (!shares.ok) return fail(shares.error.code, { ...shares.error.details, partId: line.partId }, shares.error.message);
    computed.push(shares.value);
  }
  const totals = computed.reduce<GrantSheetTotals>(
    (t, l) => ({
      base: t.base + l.base,
      national: t.national + l.national + (l.nationalAdjustment ?? 0),
      prefecture: t.prefecture + l.prefecture,
      premium: t.premium + (l.premium ?? 0),
      municipality: t.municipality + l.municipality,
    }),
    { base: 0, national: 0, prefecture: 0, premium: 0, municipality: 0 },
  );
  return ok({ fiscalYear, lines: computed, totals });
};
