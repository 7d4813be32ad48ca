import { z } from 'zod';
import { fail } from '../errors.js';
import { at } from '../internal/at.js';
import { ZPartId } from '../parts/catalogue.js';
import type { PartId } from '../parts/catalogue.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import { compare, equals, floorTimes, floorToThousand, formatFraction, ONE, parseFraction, sub, sum, ZERO } from './fraction.js';
import type { Fraction } from './fraction.js';
import { FIRST_FISCAL_YEAR, sharesFor } from './share-table.js';
import type { Share } from './share-table.js';

/** Whole yen, never negative (CONVENTIONS.md "Money is integer yen"). zod's int() also keeps it a safe integer. */
export const ZYen = z.number().int().nonnegative();
export const ZRateText = z.string().regex(/^\s*\d+\s*(\/\s*\d+\s*)?$/, '割合は「1/2」のような分数で入力してください。');

export const ZGrantInput = z.object({
  fiscalYear: z.number().int().min(FIRST_FISCAL_YEAR, '重層的支援体制整備事業は令和3年度（2021年度）からです。').max(9999),
  partId: ZPartId,
  /** 基準額 */
  standardAmount: ZYen,
  /** 対象経費の実支出額 */
  expenditure: ZYen,
  /** 総事業費 */
  totalCost: ZYen,
  /** 寄付金その他の収入額 */
  otherIncome: ZYen.default(0),
  /** Actual rates for 「以内」 shares; without them the cap applies. */
  rates: z.object({ national: ZRateText.optional(), prefecture: ZRateText.optional() }).optional(),
  /** 介護予防の調整交付金 rate for this municipality (default 5/100). */
  adjustmentRate: ZRateText.optional(),
});
export type GrantInput = z.input<typeof ZGrantInput>;
export type TGrantInput = z.infer<typeof ZGrantInput>;

export type GrantShares = {
  readonly fiscalYear: number;
  readonly tableFromFiscalYear: number;
  readonly partId: PartId;
  readonly base: number;
  /** Which of the three amounts set the base. */
  readonly baseLimitedBy: 'standard' | 'expenditure' | 'net_cost';
  readonly national: number;
  readonly nationalAdjustment?: number;
  readonly prefecture: number;
  readonly premium?: number;
  readonly premiumLabel?: string;
  readonly municipality: number;
  /** The ratios used, as "num/den" text; municipality's is nominal (it also absorbs the rounding). */
  readonly fractions: {
    readonly national: string;
    readonly nationalAdjustment?: string;
    readonly prefecture: string;
    readonly premium?: string;
    readonly municipality: string;
  };
};

const zodIssues = (error: z.ZodError): Record<string, unknown> => ({
  issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
});

const shareLabel = { national: '国', prefecture: '都道府県', nationalAdjustment: '調整交付金' } as const;

/** The rate to use for one share: the fixed ratio, or the requested rate up to the cap (「以内」). */
const resolveRate = (name: 'national' | 'prefecture', share: Share | undefined, requested: string | undefined): Result<Fraction> => {
  if (requested === undefined) return ok(share?.ratio ?? ZERO);
  const rate = parseFraction(requested);
  if (rate === undefined) return fail('VALIDATION', { share: name, rate: requested }, '割合は「1/2」のような分数で入力してください（分母は0以外）。');
  if (share === undefined) {
    return equals(rate, ZERO) ? ok(ZERO) : fail('VALIDATION', { share: name }, `この事業には${shareLabel[name]}の負担はありません。`);
  }
  if (share.kind === 'fixed' && !equals(rate, share.ratio)) {
    return fail('VALIDATION', { share: name, fixed: formatFraction(share.ratio) }, `この事業の${shareLabel[name]}の負担割合は ${formatFraction(share.ratio)} と決まっています。`);
  }
  if (compare(rate, share.ratio) > 0) {
    return fail('RATE_ABOVE_CAP', { share: name, cap: formatFraction(share.ratio), rate: formatFraction(rate) }, `${shareLabel[name]}の負担割合は ${formatFraction(share.ratio)} 以内です。`);
  }
  return ok(rate);
};

/**
 * 交付金 for one part (法第106条の8・第106条の9, SPEC §5): base = the least of 基準額, expenditure and
 * total cost − other income; each public share is floor(base × ratio) cut to the thousand yen; the municipality
 * takes the remainder, so the parts add up to the base to the yen.
 */
export const computeGrant = (raw: GrantInput): Result<GrantShares> => {
  const parsed = ZGrantInput.safeParse(raw);
  if (!parsed.success) return fail('VALIDATION', zodIssues(parsed.error));
  const input = parsed.data;
  const entry = sharesFor(input.fiscalYear);
  /* c8 ignore next */
  if (entry === undefined) return fail('VALIDATION', { fiscalYear: input.fiscalYear });
  const shares = entry.shares[input.partId];

  const national = resolveRate('national', shares.national, input.rates?.national);
  if (!national.ok) return national;
  const prefecture = resolveRate('prefecture', shares.prefecture, input.rates?.prefecture);
  if (!prefecture.ok) return prefecture;

  let adjustment: Fraction | undefined;
  if (shares.nationalAdjustment === undefined) {
    if (input.adjustmentRate !== undefined) return fail('VALIDATION', { share: 'nationalAdjustment' }, '調整交付金は地域介護予防活動支援事業だけにあります。');
  } else {
    const requested = input.adjustmentRate === undefined ? shares.nationalAdjustment.defaultRatio : parseFraction(input.adjustmentRate);
    if (requested === undefined) return fail('VALIDATION', { share: 'nationalAdjustment', rate: input.adjustmentRate }, '割合は「5/100」のような分数で入力してください（分母は0以外）。');
    if (compare(requested, shares.nationalAdjustment.max) > 0) {
      return fail('RATE_ABOVE_CAP', { share: 'nationalAdjustment', cap: formatFraction(shares.nationalAdjustment.max), rate: formatFraction(requested) });
    }
    adjustment = requested;
  }

  const netCost = input.totalCost - input.otherIncome;
  const base = Math.max(0, Math.min(input.standardAmount, input.expenditure, netCost));
  const baseLimitedBy = base === input.standardAmount ? 'standard' : base === input.expenditure ? 'expenditure' : 'net_cost';

  const nationalYen = floorToThousand(floorTimes(base, national.value));
  const prefectureYen = floorToThousand(floorTimes(base, prefecture.value));
  const adjustmentPart = adjustment === undefined ? undefined : { ratio: adjustment, yen: floorToThousand(floorTimes(base, adjustment)) };
  const publicRatio = sum([national.value, prefecture.value, adjustmentPart?.ratio ?? ZERO]);

  // 介護保険 parts: the municipality's general-account share is fixed by law and premiums pay the rest; the
  // premium is shown separately and the municipality (whose accounts hold both) absorbs the rounding.
  const insurance = shares.insurance;
  const premiumPart =
    insurance === undefined
      ? undefined
      : (() => {
          const ratio = sub(sub(ONE, publicRatio), insurance.municipality);
          return { ratio, yen: floorTimes(base, ratio), label: insurance.premiumLabel, municipalityRatio: insurance.municipality };
        })();
  const municipality = base - nationalYen - (adjustmentPart?.yen ?? 0) - prefectureYen - (premiumPart?.yen ?? 0);
  const municipalityRatio = premiumPart?.municipalityRatio ?? sub(ONE, publicRatio);

  return ok({
    fiscalYear: input.fiscalYear,
    tableFromFiscalYear: entry.fromFiscalYear,
    partId: input.partId,
    base,
    baseLimitedBy,
    national: nationalYen,
    ...(adjustmentPart === undefined ? {} : { nationalAdjustment: adjustmentPart.yen }),
    prefecture: prefectureYen,
    ...(premiumPart === undefined ? {} : { premium: premiumPart.yen, premiumLabel: premiumPart.label }),
    municipality,
    fractions: {
      national: formatFraction(national.value),
      ...(adjustmentPart === undefined ? {} : { nationalAdjustment: formatFraction(adjustmentPart.ratio) }),
      prefecture: formatFraction(prefecture.value),
      ...(premiumPart === undefined ? {} : { premium: formatFraction(premiumPart.ratio) }),
      municipality: formatFraction(municipalityRatio),
    },
  });
};

const flagToField: Readonly<Record<string, { readonly field: string; readonly numeric: boolean; readonly rate?: 'national' | 'prefecture' }>> = {
  year: { field: 'fiscalYear', numeric: true },
  part: { field: 'partId', numeric: false },
  standard: { field: 'standardAmount', numeric: true },
  expenditure: { field: 'expenditure', numeric: true },
  total: { field: 'totalCost', numeric: true },
  income: { field: 'otherIncome', numeric: true },
  'national-rate': { field: 'national', numeric: false, rate: 'national' },
  'prefecture-rate': { field: 'prefecture', numeric: false, rate: 'prefecture' },
  'adjustment-rate': { field: 'adjustmentRate', numeric: false },
};

/** `--year 2023 --part coordination --standard 12,000,000 …` (also `--flag=value`) into a validated GrantInput. */
export const parseGrantArgs = (argv: readonly string[]): Result<TGrantInput> => {
  const raw: Record<string, unknown> = {};
  const rates: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = at(argv, i);
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    const spec = m === null ? undefined : flagToField[at(m, 1)];
    if (m === null || spec === undefined) return fail('VALIDATION', { argument: arg }, `不明な引数です: ${arg}`);
    let value = m[2];
    if (value === undefined) {
      value = argv[i + 1];
      i += 1;
    }
    if (value === undefined || value.startsWith('--')) return fail('VALIDATION', { argument: arg }, `${arg} に値がありません。`);
    if (spec.rate !== undefined) {
      rates[spec.rate] = value;
    } else if (spec.numeric) {
      const digits = value.replace(/[,_]/g, '');
      raw[spec.field] = /^\d+$/.test(digits) ? Number(digits) : value;
    } else {
      raw[spec.field] = value;
    }
  }
  if (Object.keys(rates).length > 0) raw.rates = rates;
  const parsed = ZGrantInput.safeParse(raw);
  return parsed.success ? ok(parsed.data) : fail('VALIDATION', zodIssues(parsed.error));
};
