import { describe, expect, it } from 'vitest';
import { checkConsentSigner, checkWithdrawalDay } from './consent-signer.js';

describe('the signer of a consent', () => {
  it.each([
    [{ kind: 'self' }, null],
    [{ kind: 'self', name: '無視される', relation: 'x' }, null],
    [{ kind: 'adult_guardian', name: '土浦 太郎', relation: '成年後見人（弁護士）' }, null],
    [{ kind: 'adult_guardian', name: ' ', relation: '長男' }, 'signerName'],
    [{ kind: 'representative', name: '土浦 一郎', relation: '' }, 'signerRelation'],
  ] as const)('%o → %s', (signer, field) => {
    const r = checkConsentSigner(signer);
    expect(r.ok ? null : r.error.details).toEqual(field ? { field } : null);
    if (r.ok && signer.kind === 'self') expect(r.value).toEqual({ kind: 'self' });
  });
});

describe('the day of a withdrawal', () => {
  const consent = { obtainedAt: '2026-10-01T01:00:00Z' };
  it.each([
    ['2026-11-29', true],
    ['2026-10-01', true],
    ['2026-09-30', false],
    ['2026-11-30', false],
  ])('%s → %s', (day, ok) => expect(checkWithdrawalDay(day, consent, '2026-11-29T03:00:00Z').ok).toBe(ok));
});
