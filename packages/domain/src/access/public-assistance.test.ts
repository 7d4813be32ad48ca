import { describe, expect, it } from 'vitest';
import { mayChangePublicAssistance } from './public-assistance.js';

const office = 'office-1';
const other = 'office-2';
const actor = (role: string, organisationId: string) => ({ role, organisationId });

describe('mayChangePublicAssistance (C10)', () => {
  it.each([
    ['the coordinator sets a flag', actor('coordinator', 'city'), null, office, true],
    ['the coordinator clears it', actor('coordinator', 'city'), office, null, true],
    ['the office clears its own', actor('consultation_worker', office), office, null, true],
    ['the office changes its own to another office', actor('consultation_worker', office), office, other, true],
    ['the office sets itself on an unflagged household', actor('consultation_worker', office), null, office, true],
    ['a consent holder clears it', actor('outreach_worker', 'shakyo'), office, null, false],
    ['the case owner sets it', actor('consultation_worker', 'houkatsu'), null, office, false],
    ['another office takes a flagged household over', actor('consultation_worker', other), office, other, false],
    ['the administrator clears it', actor('municipal_admin', 'city'), office, null, false],
    ['an office sets a different office', actor('consultation_worker', office), null, other, false],
    ['anyone but the coordinator clears an unflagged household', actor('consultation_worker', office), null, null, false],
  ] as const)('%s → %s', (_label, a, currentOfficeId, newOfficeId, allowed) => {
    const r = mayChangePublicAssistance({ actor: a, currentOfficeId, newOfficeId });
    expect(r.ok).toBe(allowed);
    if (!r.ok) {
      expect(r.error.code).toBe('ROLE_FORBIDDEN');
      expect(r.error.message).toMatch(/保護の実施機関/);
    }
  });
});
