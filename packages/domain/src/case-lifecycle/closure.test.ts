import { describe, expect, it } from 'vitest';
import { checkClosure, checkDecisionDay } from './closure.js';
import { transition } from './transition.js';
import { initialCaseState } from './states.js';

const now = '2026-11-29T03:00:00Z';

describe('終結 needs a reason and a day', () => {
  it.each([
    [{ reason: 'goals_met', reasonText: '就労が定着した', closedOn: '2026-11-29' }, null],
    [{ reason: 'other', reasonText: '  ', closedOn: '2026-11-29' }, 'reasonText'],
    [{ reason: 'moved_away', reasonText: '県外へ転出', closedOn: '2026-11-30' }, 'closedOn'],
  ] as const)('%o → %s', (draft, field) => {
    const r = checkClosure(draft, now);
    expect(r.ok ? null : r.error.details).toEqual(field ? { field } : null);
  });
});

describe('支援決定 is dated on the day decided', () => {
  it('refuses a future day', () => {
    expect(checkDecisionDay('2026-11-28', now).ok).toBe(true);
    expect(checkDecisionDay('2026-11-30', now).ok).toBe(false);
  });
  it('keeps the day given in the case state, else today (Tokyo)', () => {
    const consented = { ...initialCaseState(), status: 'consented' as const, consentId: 'c1' };
    const dated = transition(consented, { type: 'decide_support', decidedOn: '2026-11-25' }, { now, personId: 'p' });
    expect(dated.ok && dated.value.supportDecidedAt).toBe('2026-11-25');
    const today = transition(consented, { type: 'decide_support' }, { now: '2026-11-29T16:00:00Z', personId: 'p' });
    expect(today.ok && today.value.supportDecidedAt).toBe('2026-11-30');
  });
});
