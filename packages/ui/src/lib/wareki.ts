// 和暦 for display (STACK.md): the ICU Japanese calendar, not a hand-kept era table.
const eraFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'Asia/Tokyo' });

function eraYear(date: Date): { era: string; year: number } {
  const parts = eraFormat.formatToParts(date);
  const era = parts.find((p) => p.type === 'era')?.value ?? '';
  const yearPart = parts.find((p) => p.type === 'year')?.value ?? '';
  // ICU prints the first year of an era as 元 in some versions, as 1 in others.
  const year = yearPart === '元' ? 1 : Number.parseInt(yearPart, 10);
  return { era, year };
}

/**
 * 年度 (April–March) in 和暦: 2025 → 令和7年度. The year is read at the end of the fiscal year's
 * first half, so 2019年度 (which began in 平成31年 April) reads 令和元年度 as officials write it.
 */
export function formatFiscalYear(fiscalYear: number): string {
  const { era, year } = eraYear(new Date(Date.UTC(fiscalYear, 8, 30, 3)));
  if (!era || Number.isNaN(year)) return `${fiscalYear}年度`;
  return `${era}${year === 1 ? '元' : String(year)}年度`;
}

/** 令和7年度（2025年度） — 和暦 beside 西暦 where people expect both. */
export function formatFiscalYearWithSeireki(fiscalYear: number): string {
  return `${formatFiscalYear(fiscalYear)}（${fiscalYear}年度）`;
}
