import { describe, expect, it } from 'vitest';
import { fromHsdsSchedule, toHsdsSchedule } from './hsds-schedule.js';
import { ZScheduleRule } from './schedule.js';

const rules = [
  { frequency: 'weekly', days: ['wed', 'fri'], start: '14:00', end: '18:00' },
  { frequency: 'weekly', days: ['thu'], period: 'morning' },
  { frequency: 'alternate_weeks', days: ['mon'], anchorDate: '2026-11-02', start: '10:00', end: '12:00' },
  { frequency: 'monthly_nth', days: ['sat'], nth: [1, 3], start: '10:00', end: '12:00', note: '祝日は休み' },
  { frequency: 'monthly_nth', days: ['fri'], nth: [-1], period: 'afternoon' },
  { frequency: 'dates', dates: ['2026-12-05', '2027-01-09'], start: '13:00' },
].map((r) => ZScheduleRule.parse(r));

const rule = (i: number) => rules[i] as (typeof rules)[number];

describe('HSDS 3.0 schedules', () => {
  it.each(rules.map((r) => [r.frequency, r]))('round-trips a %s rule', (_f, rule) => {
    expect(fromHsdsSchedule(toHsdsSchedule(rule))).toEqual({ ok: true, value: rule });
  });
  it('writes RFC 5545 fields', () => {
    expect(toHsdsSchedule(rule(0))).toMatchObject({ freq: 'WEEKLY', interval: 1, byday: 'WE,FR', opens_at: '14:00:00', closes_at: '18:00:00' });
    expect(toHsdsSchedule(rule(3))).toMatchObject({ freq: 'MONTHLY', byday: '1SA,3SA' });
  });
  it('reads the example record of the specification', () => {
    expect(fromHsdsSchedule({ freq: 'WEEKLY', interval: 1, byday: 'TH,FR', opens_at: '10:00:00', closes_at: '18:00:00' })).toMatchObject({ ok: true, value: { frequency: 'weekly', days: ['thu', 'fri'], start: '10:00', end: '18:00' } });
  });
  it.each([
    [{ freq: 'YEARLY', byday: 'MO', opens_at: '10:00' }, 'freq'],
    [{ freq: 'WEEKLY', byday: 'XX', opens_at: '10:00' }, '曜日'],
    [{ freq: 'WEEKLY', interval: 3, byday: 'MO', opens_at: '10:00' }, 'interval'],
    [{ freq: 'MONTHLY', byday: 'MO', opens_at: '10:00' }, 'byday'],
    [{ freq: 'MONTHLY', opens_at: '10:00' }, 'byday'],
    [{ freq: 'WEEKLY', byday: 'MO' }, '開始時刻'],
  ])('refuses %j with a reason', (s, word) => {
    const r = fromHsdsSchedule(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(word);
  });
});
