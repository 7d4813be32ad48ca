import { tokyoDateOf, toDate } from './tokyo-date.js';
import type { Instant } from './tokyo-date.js';

// 年度 runs April–March (地方自治法第208条); the boundary is midnight in Tokyo.
export const fiscalYearOf = (date: Instant): number => {
  const { year, month } = tokyoDateOf(date);
  return month >= 4 ? year : year - 1;
};

/** First and last day (ISO, Tokyo) of a fiscal year. */
export const fiscalYearRange = (fiscalYear: number): { readonly start: string; readonly end: string } => ({
  start: `${fiscalYear}-04-01`,
  end: `${fiscalYear + 1}-03-31`,
});

const warekiFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: 'Asia/Tokyo',
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/** 令和5年4月1日; the first year of an era is written 元年, as in official documents. */
export const formatWareki = (date: Instant): string => warekiFormat.format(toDate(date));

const eraYearOf = (date: Instant): { readonly era: string; readonly year: number } => {
  const parts = warekiFormat.formatToParts(toDate(date));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.filter((p) => p.type === type).map((p) => p.value).join('');
  const raw = part('year');
  return { era: part('era'), year: raw === '元' ? 1 : Number(raw) };
};

const yearLabel = (n: number): string => (n === 1 ? '元' : String(n));

/**
 * 令和5年度. When an era began during April–December of the fiscal year, the fiscal year is named in the new era
 * (FY2019 = 令和元年度, the usage after 2019-05-01); an era that began in January–March leaves the year in the
 * old era (FY1988 = 昭和63年度), because the new era's year 1 would end before the fiscal year did.
 */
export const formatFiscalYearJa = (fiscalYear: number): string => {
  const { start, end } = fiscalYearRange(fiscalYear);
  const atEnd = eraYearOf(end);
  const yearAtStartInEndEra = atEnd.year - 1;
  if (yearAtStartInEndEra >= 1) return `${atEnd.era}${yearLabel(yearAtStartInEndEra)}年度`;
  const atStart = eraYearOf(start);
  return `${atStart.era}${yearLabel(atStart.year)}年度`;
};
