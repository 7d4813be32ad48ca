import { describe, expect, it } from 'vitest';
import { checkConsentDraft } from './consent-rules.js';

const base = { organisationIds: ['o1'], purposes: ['coordination' as const], obtainedAt: '2026-11-20' };

describe('checkConsentDraft', () => {
  it('accepts an adult’s consent', () => {
    expect(checkConsentDraft(base, { birthDate: '1980-01-01' }).ok).toBe(true);
    expect(checkConsentDraft(base, {}).ok).toBe(true);
  });
  it('needs an organisation and a purpose', () => {
    expect(checkConsentDraft({ ...base, organisationIds: [] }, {})).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'organisationIds' } } });
    expect(checkConsentDraft({ ...base, purposes: [] }, {})).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'purposes' } } });
  });
  it('refuses an expiry before the start', () => {
    expect(checkConsentDraft({ ...base, expiresAt: '2026-11-19' }, {})).toMatchObject({ ok: false, error: { details: { field: 'expiresAt' } } });
    expect(checkConsentDraft({ ...base, expiresAt: '2027-11-19' }, {}).ok).toBe(true);
  });
  it('needs the guardian for a child (C2)', () => {
    const child = { birthDate: '2011-07-21' };
    expect(checkConsentDraft(base, child)).toMatchObject({ ok: false, error: { code: 'GUARDIAN_CONSENT_REQUIRED' } });
    expect(checkConsentDraft({ ...base, guardian: { name: ' ', relationship: '母' } }, child).ok).toBe(false);
    expect(checkConsentDraft({ ...base, guardian: { name: '花子', relationship: '母', childView: '学校に行きたい' } }, child).ok).toBe(true);
  });
});
