import { describe, expect, it } from 'vitest';
import { consent, NOW, ORG } from '../../test/fixtures.js';
import { canPutOnAgenda, placeCaseOnAgenda } from './agenda.js';
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

describe('placeCaseOnAgenda: a tabled case brings its whole household (C4, C12)', () => {
  const tabled = { caseId: 'case-1', supportDecided: true, required: [{ personId: 'person-1', birthDate: '1950-01-01' }], others: [{ personId: 'person-2', birthDate: '1980-01-01' }, { personId: 'person-3', birthDate: '2015-01-01' }] };
  const son = consent({ id: 'consent-2', personId: 'person-2' });

  it('refuses the case when its primary person is not covered, whoever else consents, and points to the 支援会議', () => {
    const r = placeCaseOnAgenda('jusoteki', { ...tabled, required: [{ personId: 'person-1' }] }, [son], members, NOW);
    expect(r.ok ? 'ok' : r.error.code).toBe('CONSENT_REQUIRED');
    expect(r.ok ? '' : r.error.message).toContain('支援会議');
    expect(JSON.stringify(r.ok ? {} : r.error.details)).not.toContain('consentId');
  });

  it('names the covered and discusses the others without identifying data', () => {
    const r = placeCaseOnAgenda('jusoteki', tabled, [consent(), son], members, NOW);
    expect(r).toEqual({ ok: true, value: { kind: 'jusoteki', basis: 'consent', consentIds: ['consent-1', 'consent-2'], identifiedPersonIds: ['person-1', 'person-2'], anonymisedPersonIds: ['person-3'] } });
  });

  it('a 支援会議 takes whoever is tabled on the undertaking, with no one anonymised', () => {
    const r = placeCaseOnAgenda('shien', { ...tabled, supportDecided: false }, [], members, NOW);
    expect(r).toEqual({ ok: true, value: { kind: 'shien', basis: 'support_meeting', consentIds: [], identifiedPersonIds: ['person-1'], anonymisedPersonIds: [] } });
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
