import { describe, expect, it } from 'vitest';
import { canDiscussSubject, checkGuestAttendance, decisionDate } from './record.js';

describe('what a meeting may discuss', () => {
  it.each([
    ['shien', 'person', true],
    ['shien', 'outreach', true],
    ['shien', 'description', true],
    ['shien', 'case', true],
    ['jusoteki', 'case', true],
    ['jusoteki', 'person', false],
    ['jusoteki', 'outreach', false],
    ['other', 'description', false],
  ] as const)('%s × %s → %s', (kind, subject, allowed) => {
    const r = canDiscussSubject(kind, subject);
    expect(r.ok).toBe(allowed);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'SUPPORT_DECISION_REQUIRED', details: { alternative: 'shien' } });
  });
});

describe('decisionDate', () => {
  const meeting = { scheduledAt: '2026-12-10T05:00:00Z' };
  it('is the meeting’s, typed in later', () => {
    expect(decisionDate(meeting, '2026-12-14T01:00:00Z')).toEqual({ ok: true, value: '2026-12-10T05:00:00Z' });
    expect(decisionDate({ ...meeting, heldAt: '2026-12-10T06:00:00Z' }, '2026-12-14T01:00:00Z')).toEqual({ ok: true, value: '2026-12-10T06:00:00Z' });
  });
  it('is allowed on the meeting’s own day (Tokyo) and refused before it', () => {
    expect(decisionDate(meeting, '2026-12-09T15:00:00Z').ok).toBe(true);
    const r = decisionDate(meeting, '2026-11-29T01:00:00Z');
    expect(r.ok ? null : r.error.code).toBe('VALIDATION');
  });
});

describe('a 支援会議 guest is present only on a noted undertaking', () => {
  it.each([
    ['shien', 'present', null, 'UNDERTAKING_MISSING'],
    ['shien', 'late', null, 'UNDERTAKING_MISSING'],
    ['shien', 'present', '2026-12-11', 'UNDERTAKING_MISSING'],
    ['shien', 'present', '2026-12-10', null],
    ['shien', 'absent', null, null],
    ['jusoteki', 'present', null, null],
  ] as const)('%s %s undertaking %s → %s', (kind, attendance, on, code) => {
    const r = checkGuestAttendance(kind, attendance, { undertakingOnPaperOn: on }, '2026-12-10');
    expect(r.ok ? null : r.error.code).toBe(code);
  });
});
