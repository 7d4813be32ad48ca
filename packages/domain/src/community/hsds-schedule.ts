import { fail } from '../errors.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import { weekdays, ZScheduleRule } from './schedule.js';
import type { ScheduleRule, Weekday } from './schedule.js';

// Schedules in the Open Referral HSDS 3.0 shape (schedule.json: RFC 5545 freq/interval/byday with
// opens_at/closes_at), © Open Referral, CC BY-SA 4.0. Kasane's rules map both ways; 午前/午後 without
// times travel in `description` so an import of our own export round-trips.

export type HsdsSchedule = {
  id?: string;
  freq?: string | null;
  interval?: number | null;
  byday?: string | null;
  dtstart?: string | null;
  opens_at?: string | null;
  closes_at?: string | null;
  description?: string | null;
  notes?: string | null;
  bymonthday?: string | null;
};

const rfcDays: Readonly<Record<Weekday, string>> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
const fromRfc = new Map(weekdays.map((d) => [rfcDays[d], d]));
const PERIOD_TAG = /^kasane:period=(morning|afternoon|evening)$/;

const hhmm = (t: string | null | undefined): string | undefined => (t ? t.slice(0, 5) : undefined);

export const toHsdsSchedule = (rule: ScheduleRule): HsdsSchedule => {
  const times = { opens_at: rule.start ? `${rule.start}:00` : null, closes_at: rule.end ? `${rule.end}:00` : null };
  const description = rule.period && !rule.start ? `kasane:period=${rule.period}` : (rule.note ?? null);
  if (rule.frequency === 'dates') return { freq: null, byday: null, dtstart: rule.dates?.join(',') ?? null, ...times, description, notes: rule.note ?? null };
  const days = rule.days.map((d) => rfcDays[d]);
  if (rule.frequency === 'monthly_nth') {
    return { freq: 'MONTHLY', interval: 1, byday: (rule.nth ?? []).flatMap((n) => days.map((d) => `${n}${d}`)).join(','), ...times, description, notes: rule.note ?? null };
  }
  return { freq: 'WEEKLY', interval: rule.frequency === 'alternate_weeks' ? 2 : 1, byday: days.join(','), dtstart: rule.anchorDate ?? null, ...times, description, notes: rule.note ?? null };
};

/** Reads one HSDS schedule; refuses what Kasane cannot represent, with the reason. */
export const fromHsdsSchedule = (s: HsdsSchedule): Result<ScheduleRule> => {
  const period = PERIOD_TAG.exec(s.description ?? '')?.[1];
  const base = {
    ...(hhmm(s.opens_at) ? { start: hhmm(s.opens_at) } : {}),
    ...(hhmm(s.closes_at) ? { end: hhmm(s.closes_at) } : {}),
    ...(period ? { period } : {}),
    ...(s.notes ? { note: s.notes.slice(0, 200) } : {}),
  };
  let candidate: unknown;
  const freq = (s.freq ?? '').toUpperCase();
  const tokens = (s.byday ?? '').split(',').map((t) => t.trim().toUpperCase()).filter(Boolean);
  if (freq === '') {
    const dates = (s.dtstart ?? '').split(',').map((d) => d.trim()).filter(Boolean);
    candidate = { frequency: 'dates', dates, ...base };
  } else if (freq === 'WEEKLY') {
    const days = tokens.map((t) => fromRfc.get(t));
    if (days.some((d) => d === undefined)) return fail('VALIDATION', { byday: s.byday }, `曜日 (byday) が読めません: ${s.byday ?? ''}`);
    const interval = s.interval ?? 1;
    if (interval !== 1 && interval !== 2) return fail('VALIDATION', { interval }, `毎週・隔週以外の間隔 (interval=${interval}) には対応していません。`);
    candidate = { frequency: interval === 2 ? 'alternate_weeks' : 'weekly', days, ...(interval === 2 ? { anchorDate: s.dtstart?.slice(0, 10) } : {}), ...base };
  } else if (freq === 'MONTHLY') {
    const parsed = tokens.map((t) => /^(-1|[1-5])(MO|TU|WE|TH|FR|SA|SU)$/.exec(t));
    if (parsed.some((m) => m === null) || parsed.length === 0) return fail('VALIDATION', { byday: s.byday }, `第何週の曜日 (byday 例: 1SA,3SA) が読めません: ${s.byday ?? ''}`);
    const nth = [...new Set(parsed.map((m) => Number(m?.[1])))];
    const days = [...new Set(parsed.map((m) => fromRfc.get(m?.[2] ?? '')))];
    candidate = { frequency: 'monthly_nth', days, nth, ...base };
  } else {
    return fail('VALIDATION', { freq: s.freq }, `繰り返し (freq=${s.freq ?? ''}) には対応していません。WEEKLY か MONTHLY にしてください。`);
  }
  const r = ZScheduleRule.safeParse(candidate);
  return r.success ? ok(r.data) : fail('VALIDATION', { issues: r.error.issues.map((i) => i.message) }, r.error.issues[0]?.message);
};
