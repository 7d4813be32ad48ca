import { describe, expect, it } from 'vitest';
import { CONFIRMATION_MAX_AGE_DAYS, audienceLabels, placeKindLabels } from './catalogue.js';
import { distanceKm, sortByDistance } from './geo.js';
import { describeHours, isOpenAt, tokyoClock } from './hours.js';
import type { OpeningHours } from './hours.js';
import { checkPublicText } from './public-text.js';
import { ZScheduleRule, describeRule, matchesDayAndPeriod, occursOn, parseSchedule, periodsOf, weekdayOfIsoDate, weeklyTimetable } from './schedule.js';
import type { ScheduleRule } from './schedule.js';

const rule = (r: Partial<ScheduleRule> & Pick<ScheduleRule, 'frequency'>): ScheduleRule => ZScheduleRule.parse({ days: [], ...r });

// 南国市's weekly programme (seed 002): the rows 午前/午後 and the times the seed gives.
const nankoku = [
  { id: 'morito', name: 'MORITO ROOM（モリトルーム）', schedule: [rule({ frequency: 'weekly', days: ['mon'], start: '10:00', end: '16:00' })] },
  { id: 'cafe', name: 'カフェ就労（カフェ・ド・ポム）', schedule: [rule({ frequency: 'weekly', days: ['tue'], start: '08:45', end: '12:00' })] },
  { id: 'tsugumi', name: 'つぐみアカデミー', schedule: [rule({ frequency: 'weekly', days: ['wed'], period: 'morning' })] },
  { id: 'kobetsu', name: '個別支援', schedule: [rule({ frequency: 'weekly', days: ['thu'], period: 'morning' })] },
  { id: 'minna', name: 'みんなの居場所', schedule: [rule({ frequency: 'weekly', days: ['tue'], period: 'afternoon' })] },
  { id: 'dokkyo', name: '独居高齢者の集い', schedule: [rule({ frequency: 'weekly', days: ['wed', 'fri'], start: '14:00', end: '18:00' })] },
];

describe('schedules', () => {
  it('lays the 南国市 timetable on the 曜日 × 午前/午後 grid', () => {
    const grid = weeklyTimetable(nankoku);
    expect(grid.mon.morning.map((c) => c.id)).toEqual(['morito']);
    expect(grid.tue.morning[0]).toMatchObject({ id: 'cafe', time: '08:45～12:00' });
    expect(grid.tue.afternoon.map((c) => c.id)).toEqual(['minna']);
    expect(grid.wed.morning.map((c) => c.id)).toEqual(['tsugumi']);
    expect(grid.wed.afternoon.map((c) => c.id)).toEqual(['dokkyo']);
    expect(grid.fri.afternoon.map((c) => c.id)).toEqual(['dokkyo']);
    expect(grid.thu.morning[0]).toMatchObject({ id: 'kobetsu', time: null });
    expect(grid.sat.evening).toEqual([]);
  });

  it('derives 午前/午後/夜 from times', () => {
    expect(periodsOf(rule({ frequency: 'weekly', days: ['mon'], start: '10:00', end: '16:00' }))).toEqual(['morning', 'afternoon']);
    expect(periodsOf(rule({ frequency: 'weekly', days: ['mon'], start: '14:00', end: '18:00' }))).toEqual(['afternoon']);
    expect(periodsOf(rule({ frequency: 'weekly', days: ['mon'], start: '17:00', end: '20:00' }))).toEqual(['afternoon', 'evening']);
    expect(periodsOf(rule({ frequency: 'weekly', days: ['mon'], start: '19:00' }))).toEqual(['evening']);
    expect(periodsOf({ frequency: 'weekly', days: ['mon'] })).toEqual([]);
  });

  it('knows alternate weeks, nth weekdays and irregular dates', () => {
    const alt = rule({ frequency: 'alternate_weeks', days: ['mon'], anchorDate: '2026-11-02', start: '10:00' });
    expect(occursOn(alt, '2026-11-16')).toBe(true);
    expect(occursOn(alt, '2026-11-09')).toBe(false);
    expect(occursOn(alt, '2026-10-19')).toBe(true);
    expect(occursOn(alt, '2026-11-17')).toBe(false);
    const nth = rule({ frequency: 'monthly_nth', days: ['sat'], nth: [1, 3], period: 'morning' });
    expect(occursOn(nth, '2026-11-07')).toBe(true);
    expect(occursOn(nth, '2026-11-21')).toBe(true);
    expect(occursOn(nth, '2026-11-14')).toBe(false);
    const last = rule({ frequency: 'monthly_nth', days: ['fri'], nth: [-1], period: 'afternoon' });
    expect(occursOn(last, '2026-11-27')).toBe(true);
    expect(occursOn(last, '2026-11-20')).toBe(false);
    const dates = rule({ frequency: 'dates', dates: ['2026-12-05'], start: '10:00', end: '12:00' });
    expect(occursOn(dates, '2026-12-05')).toBe(true);
    expect(occursOn(rule({ frequency: 'weekly', days: ['sat'], start: '09:00' }), '2026-12-05')).toBe(true);
    expect(weeklyTimetable([{ id: 'x', name: 'x', schedule: [dates] }]).sat.morning).toEqual([]);
    expect(weekdayOfIsoDate('2026-11-23')).toBe('mon');
  });

  it('describes rules in Japanese', () => {
    expect(describeRule(rule({ frequency: 'weekly', days: ['fri', 'wed'], start: '14:00', end: '18:00' }))).toBe('毎週 水・金曜日 14:00～18:00');
    expect(describeRule(rule({ frequency: 'alternate_weeks', days: ['mon'], anchorDate: '2026-11-02', period: 'morning' }))).toBe('隔週 月曜日 午前');
    expect(describeRule(rule({ frequency: 'monthly_nth', days: ['sat'], nth: [1, -1], start: '10:00', note: '祝日は休み' }))).toBe('毎月 第1・最終 土曜日 10:00～ 祝日は休み');
    expect(describeRule(rule({ frequency: 'dates', dates: ['2026-04-05', '2026-05-10'], period: 'afternoon' }))).toBe('不定期 4月5日・5月10日 午後');
  });

  it('filters by day and period', () => {
    const s = nankoku[5]?.schedule ?? [];
    expect(matchesDayAndPeriod(s, 'wed', 'afternoon')).toBe(true);
    expect(matchesDayAndPeriod(s, 'wed', 'morning')).toBe(false);
    expect(matchesDayAndPeriod(s, undefined, undefined)).toBe(true);
    expect(matchesDayAndPeriod([rule({ frequency: 'dates', dates: ['2026-11-23'], period: 'morning' })], 'mon', 'morning')).toBe(true);
  });

  it('refuses incomplete rules with Japanese messages', () => {
    const bad = parseSchedule([{ frequency: 'weekly', days: [], start: '10:00' }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toBe('曜日を選んでください。');
    for (const r of [
      { frequency: 'monthly_nth', days: ['mon'], start: '10:00' },
      { frequency: 'alternate_weeks', days: ['mon'], start: '10:00' },
      { frequency: 'dates', start: '10:00' },
      { frequency: 'weekly', days: ['mon'] },
      { frequency: 'weekly', days: ['mon'], start: '10:00', end: '09:00' },
    ]) expect(parseSchedule([r]).ok).toBe(false);
    expect(parseSchedule([{ frequency: 'weekly', days: ['mon'], start: '10:00' }]).ok).toBe(true);
  });
});

describe('opening hours', () => {
  const hours: OpeningHours = {
    spans: [...(['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, open: '08:30', close: '17:15' })), { day: 'sat' as const, open: '09:00', close: '12:00' }],
    closedOnHolidays: true,
  };
  it('reads the Tokyo clock whatever the server zone', () => {
    expect(tokyoClock('2026-11-23T01:00:00Z')).toEqual({ isoDate: '2026-11-23', weekday: 'mon', time: '10:00' });
    expect(tokyoClock('2026-11-22T15:30:00Z')).toEqual({ isoDate: '2026-11-23', weekday: 'mon', time: '00:30' });
  });
  it('is open within a span, closed outside and on holidays', () => {
    expect(isOpenAt(hours, { isoDate: '2026-11-24', weekday: 'tue', time: '10:00' }, false)).toBe(true);
    expect(isOpenAt(hours, { isoDate: '2026-11-24', weekday: 'tue', time: '17:15' }, false)).toBe(false);
    expect(isOpenAt(hours, { isoDate: '2026-11-23', weekday: 'mon', time: '10:00' }, true)).toBe(false);
    expect(isOpenAt({ ...hours, closedOnHolidays: false }, { isoDate: '2026-11-23', weekday: 'mon', time: '10:00' }, true)).toBe(true);
    expect(isOpenAt(hours, { isoDate: '2026-11-29', weekday: 'sun', time: '10:00' }, false)).toBe(false);
  });
  it('describes hours grouping equal weekdays', () => {
    expect(describeHours(hours)).toEqual(['月～金 08:30～17:15', '土 09:00～12:00', '祝日は休み']);
    expect(describeHours({ spans: [{ day: 'mon', open: '09:00', close: '12:00' }, { day: 'mon', open: '13:00', close: '17:00' }, { day: 'tue', open: '09:00', close: '12:00' }, { day: 'thu', open: '09:00', close: '12:00' }], closedOnHolidays: false })).toEqual([
      '月 09:00～12:00、13:00～17:00',
      '火 09:00～12:00',
      '木 09:00～12:00',
    ]);
    expect(describeHours({ spans: [{ day: 'mon', open: '09:00', close: '12:00' }, { day: 'tue', open: '09:00', close: '12:00' }], closedOnHolidays: false })).toEqual(['月・火 09:00～12:00']);
  });
});

describe('distances', () => {
  const kochi = { lat: 33.5597, lng: 133.5311 };
  const nankoku = { lat: 33.5756, lng: 133.6414 };
  it('measures great-circle distance', () => {
    expect(distanceKm(kochi, nankoku)).toBeGreaterThan(10);
    expect(distanceKm(kochi, nankoku)).toBeLessThan(11);
    expect(distanceKm(kochi, kochi)).toBe(0);
  });
  it('sorts nearest first, unknown positions last in their order', () => {
    const items = [
      { id: 'a', lat: null, lng: null },
      { id: 'far', ...kochi },
      { id: 'b', lat: null, lng: null },
      { id: 'near', lat: 33.576, lng: 133.641 },
    ];
    expect(sortByDistance(items, nankoku).map((i) => i.id)).toEqual(['near', 'far', 'a', 'b']);
    expect(sortByDistance(items, nankoku)[0]?.distanceKm).toBe(0.1);
  });
});

describe('public text', () => {
  it('accepts ordinary Japanese with line breaks and emoji', () => {
    expect(checkPublicText('相談したいです。\n夜なら電話に出られます 🙂\r\n', { max: 100 })).toEqual({ ok: true, value: '相談したいです。\n夜なら電話に出られます 🙂\r\n' });
    expect(checkPublicText('<script>alert(1)</script>', { max: 100 }).ok).toBe(true);
  });
  it.each([
    ['a\u0000b', 'control'],
    ['a\u0007', 'control'],
    ['ab\u202Ec', 'bidi'],
    ['\u2066x', 'bidi'],
    ['hi\u{E0041}', 'invisible'],
    ['\uFFFE', 'invisible'],
    ['\uD800x', 'invisible'],
    ['x\uDC00', 'invisible'],
    ['   ', 'required'],
    ['あいうえおか', 'too_long'],
  ])('refuses %j (%s)', (text, problem) => {
    const r = checkPublicText(text, { max: 5, required: true, field: 'message' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.details).toMatchObject({ problem, field: 'message' });
      expect(r.error.message.length).toBeGreaterThan(5);
    }
  });
  it('counts characters, not UTF-16 units', () => {
    expect(checkPublicText('🙂🙂🙂', { max: 3 }).ok).toBe(true);
    expect(checkPublicText('x', { max: 5 }).ok && checkPublicText('', { max: 5 }).ok).toBe(true);
  });
});

describe('catalogue', () => {
  it('has the labels staff use', () => {
    expect(placeKindLabels.kodomo_shokudo).toBe('子ども食堂');
    expect(audienceLabels.hikikomori_experience).toBe('ひきこもり経験者');
    expect(CONFIRMATION_MAX_AGE_DAYS).toBe(180);
  });
});
