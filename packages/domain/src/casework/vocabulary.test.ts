import { describe, expect, it } from 'vitest';
import { ageBand, formatWarekiDateTime, inverseRelation, kanaInitials, progressRecordRefusal, relationKinds } from './vocabulary.js';

describe('case record vocabulary', () => {
  it('inverts every relation, and twice is the same relation', () => {
    expect(inverseRelation('parent')).toBe('child');
    expect(inverseRelation('grandchild')).toBe('grandparent');
    expect(inverseRelation('spouse')).toBe('spouse');
    for (const k of relationKinds) expect(inverseRelation(inverseRelation(k))).toBe(k);
  });

  it('bands ages by decade in Japan time, without a birth date none', () => {
    expect(ageBand('1945-06-01', '2026-11-20T01:00:00Z')).toBe('80代');
    expect(ageBand('1976-11-21', '2026-11-20T15:30:00Z')).toBe('50代'); // 50th birthday in Tokyo already
    expect(ageBand('1976-11-22', '2026-11-20T15:30:00Z')).toBe('40代');
    expect(ageBand('2020-01-01', '2026-11-20T01:00:00Z')).toBe('10歳未満');
    expect(ageBand('1920-01-01', '2026-11-20T01:00:00Z')).toBe('100歳以上');
    expect(ageBand(null, '2026-11-20T01:00:00Z')).toBeNull();
  });

  it('takes the first letter of each reading', () => {
    expect(kanaInitials('ミホン', 'イチロウ')).toBe('ミ・イ');
    expect(kanaInitials('ミホン', '')).toBe('ミ');
  });
});

describe('支援経過記録 stages', () => {
  it('takes entries from intake on, not on a closed case', () => {
    expect(progressRecordRefusal('intake')).toBeNull();
    expect(progressRecordRefusal('monitoring')).toBeNull();
    expect(progressRecordRefusal('closed')).toContain('再開');
  });
});

describe('実施日時', () => {
  it('prints in Japan time with the era', () => {
    expect(formatWarekiDateTime(new Date('2026-11-20T01:05:00Z'))).toBe('令和8年11月20日 10:05');
    expect(formatWarekiDateTime(new Date('2026-11-20T15:30:00Z'))).toBe('令和8年11月21日 00:30');
  });
});
