import type { TFunction } from '../i18n/translator.js';
import type { ScheduleRuleOut } from './types.js';
import { weekdays } from './types.js';

const wareki = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const seireki = new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const english = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** An ISO date as residents expect it: 和暦 with 西暦 beside it in Japanese, the plain date in English. */
export function formatDate(isoDate: string, language: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  if (language === 'en') return english.format(d);
  return `${wareki.format(d)}（${seireki.format(d)}）`;
}

/** A date-time (receipt) in Tokyo. */
export function formatDateTime(iso: string, language: string): string {
  const d = new Date(iso);
  const time = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' }).format(d);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(d);
  return `${formatDate(date, language)} ${time}`;
}

/** One schedule rule in the reader's language: 毎週 水・金 14:00～18:00 / Every week Wed, Fri 14:00–18:00. */
export function ruleText(rule: ScheduleRuleOut, t: TFunction<'portal'>, language: string): string {
  const sep = language === 'en' ? ', ' : '・';
  const days = [...rule.days].sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b)).map((d) => t(`community.days.${d}`)).join(sep);
  const when = rule.start ? `${rule.start}～${rule.end ?? ''}` : rule.period ? t(`community.periods.${rule.period}`) : '';
  let head: string;
  if (rule.frequency === 'dates') head = `${t('community.frequency.dates')} ${(rule.dates ?? []).map((d) => formatDate(d, language)).join(sep)}`;
  else if (rule.frequency === 'monthly_nth') {
    const nth = nthText(rule.nth ?? [], t, language);
    head = `${t('community.frequency.monthly_nth', { nth })} ${days}`;
  } else head = `${t(`community.frequency.${rule.frequency}`)} ${days}`;
  return [head, when, rule.note ?? ''].filter(Boolean).join(' ');
}

/** 無料 only when a fee of 0 was given; no fee and no note is unknown (問い合わせ), never free. */
export function feeText(feeYen: number | null, note: string, t: TFunction<'portal'>): string {
  if (feeYen === null && !note) return t('community.places.feeUnknown');
  const base = feeYen === 0 ? t('community.places.free') : feeYen === null ? '' : t('community.places.yen', { yen: feeYen.toLocaleString('ja-JP') });
  return [base, note].filter(Boolean).join('（') + (base && note ? '）' : '');
}

/** The weeks of a monthly rule as residents read them: 第2・第4 / 2nd, 4th. */
export function nthText(nth: readonly number[], t: TFunction<'portal'>, language: string): string {
  return nth.map((n) => (n === -1 ? t('community.nthLast') : t('community.nth', { n }))).join(language === 'en' ? ', ' : '・');
}

/** Opening hours per weekday, consecutive days with the same hours grouped: 月～金 08:30～17:15. */
export function hoursLines(spans: readonly { day: (typeof weekdays)[number]; open: string; close: string }[], t: TFunction<'portal'>): string[] {
  const byDay = new Map(weekdays.map((d) => [d, spans.filter((s) => s.day === d).sort((a, b) => a.open.localeCompare(b.open)).map((s) => `${s.open}～${s.close}`).join(', ')]));
  const lines: string[] = [];
  let run: (typeof weekdays)[number][] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) lines.push(`${run.length > 2 ? `${t(`community.days.${first}`)}～${t(`community.days.${last}`)}` : run.map((d) => t(`community.days.${d}`)).join('・')} ${byDay.get(first) ?? ''}`);
    run = [];
  };
  for (const d of weekdays) {
    const text = byDay.get(d);
    const prev = run[run.length - 1];
    if (text && prev && byDay.get(prev) === text) run.push(d);
    else {
      flush();
      if (text) run = [d];
    }
  }
  flush();
  return lines;
}
