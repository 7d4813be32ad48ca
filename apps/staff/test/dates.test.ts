import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, fromJapanDate, fromJapanLocal, toJapanLocal, todayInJapan } from '../src/dates.js';

describe('the staff app date helper', () => {
  it('shows dates in 和暦 with the 西暦 year and date-times in Japan time', () => {
    expect(formatDate('2026-12-10')).toBe('令和8年12月10日（2026年）');
    expect(formatDate(new Date('2026-12-09T15:30:00Z'))).toBe('令和8年12月10日（2026年）');
    expect(formatDateTime(new Date('2026-12-10T05:05:00Z'))).toBe('令和8年12月10日（2026年） 14:05');
    expect(formatDate(null)).toBe('—');
  });

  it('takes entered dates and date-times as Japan time, never shifted by the browser zone', () => {
    expect(fromJapanDate('2026-04-01').toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(fromJapanLocal('2026-04-01T00:30').toISOString()).toBe('2026-03-31T15:30:00.000Z');
    expect(toJapanLocal('2026-03-31T15:30:00.000Z')).toBe('2026-04-01T00:30');
    expect(todayInJapan(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
  });
});

const routes = join(__dirname, '../src/routes');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));

describe('one date format in every staff screen', () => {
  it('no route file formats a date itself', () => {
    const own = /\.toLocale(Date|Time)?String\(|\bformat(DateJst|DateTimeJst|DateTimeShortJst|Wareki|WarekiDateTime)\b|toISOString\(\)\.slice\(0, 10\)/;
    const offenders = files(routes).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (own.test(line) ? [`${relative(routes, f)}:${i + 1}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});
