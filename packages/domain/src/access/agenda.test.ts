import { describe, expect, it } from 'vitest';
import { consent, NOW, ORG } from '../../test/fixtures.js';
import { canPutOnAgenda } from './agenda.js';
import { checkConsent, consentCovers, isChildAt } from './consent.js';

const members = [ORG.coordinator, ORG.houkatsu];
const decided = { caseId: 'case-1', supportDecided: true, persons: [{ personId: 'person-1', birthDate: '1970-01-01' }] };

describe('canPutOnAgenda (C4, C5, C9)', () => {
  it('a 支援会議 takes any case, consent or not, decided or not (法第106条の6)', () => {
    const r = canPutOnAgenda('shien', { ...decided, supportDecided: false }, [], members, NOW);
    expect(r).toEqual({ ok: true, value: { kind: 'shien', basis: 'support_meeting', consentIds: [] } });
  });

  it('a 重層的支援会議 needs the 支援決定 first, and points to the 支援会議 route', () => {
    const r = canPutOnAgenda('jusoteki', { ...decided, supportDecided: false }, [consent()], members, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('SUPPORT_DECISION_REQUIRED');
      expect(r.error.message).toContain('支援会議');
      expect(r.error.details).toMatchObject({ alternative: 'shien' });
    }
  });

  it('a 重層的支援会議 needs consent covering every member organisation', () => {
    const narrow = consent({ scope: { organisationIds: [ORG.coordinator], purposes: ['meeting'] } });
    const r = canPutOnAgenda('jusoteki', decided, [narrow], members, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONSENT_REQUIRED');
      expect(r.error.message).toContain('支援会議');
      expect(r.error.details).toMatchObject({ missing: [{ personId: 'person-1', organisationId: ORG.houkatsu, code: 'CONSENT_SCOPE' }] });
    }
  });

  it('with covering consent the case goes on the agenda, citing the consents', () => {
    expect(canPutOnAgenda('jusoteki', decided, [consent()], members, NOW, 'meeting-x')).toEqual({ ok: true, value: { kind: 'jusoteki', basis: 'consent', consentIds: ['consent-1'] } });
  });

  it('every household member discussed needs their own consent (C12)', () => {
    const household = { ...decided, persons: [{ personId: 'person-1' }, { personId: 'person-2' }] };
    const r = canPutOnAgenda('jusoteki', household, [consent()], members, NOW);
    expect(r.ok ? 'ok' : r.error.code).toBe('CONSENT_REQUIRED');
  });

  it('a child on the agenda needs the guardian’s consent', () => {
    const child = { ...decided, persons: [{ personId: 'person-1', birthDate: '2012-01-01' }] };
    const r = canPutOnAgenda('jusoteki', child, [consent()], members, NOW);
    expect(r.ok ? 'ok' : r.error.code).toBe('GUARDIAN_CONSENT_REQUIRED');
  });

  it('an existing body (C9) needs no 支援決定 but still consent for identifiable data', () => {
    expect(canPutOnAgenda('other', { ...decided, supportDecided: false }, [consent()], members, NOW).ok).toBe(true);
    expect(canPutOnAgenda('other', decided, [], members, NOW).ok).toBe(false);
  });
});

describe('consentCovers / checkConsent', () => {
  it('answers for one organisation, purpose and moment', () => {
    expect(consentCovers(consent(), ORG.coordinator, 'coordination', NOW)).toBe(true);
    expect(consentCovers(consent(), ORG.npo, 'coordination', NOW)).toBe(false);
    expect(consentCovers(consent(), ORG.coordinator, 'statistics', NOW)).toBe(false);
    expect(consentCovers(consent({ withdrawnAt: '2024-05-01' }), ORG.coordinator, 'coordination', NOW)).toBe(false);
    expect(consentCovers(consent(), ORG.coordinator, 'coordination', NOW, { personId: 'someone-else' })).toBe(false);
  });

  it('explains a refusal in plain Japanese', () => {
    const r = checkConsent(consent({ expiresAt: '2024-05-01' }), { organisationId: ORG.coordinator, purpose: 'support', now: NOW });
    expect(r.ok ? '' : r.error.message).toBe('同意の有効期限が過ぎています。改めて同意を得てください。');
  });

  it('a person with neither birth date nor child flag is treated as an adult', () => {
    expect(isChildAt({}, NOW)).toBe(false);
  });
});
