import { describe, expect, it } from 'vitest';
import { consent, KOGA, NOW, ORG, request, shienMembership, TSUCHIURA } from '../../test/fixtures.js';
import { AUDIT_GROUND, decideAccess } from './decide-access.js';
import type { AccessDecision } from './decide-access.js';

const refusedWith = (d: AccessDecision): string => (d.allowed ? `allowed:${d.basis.kind}` : d.error.code);

describe('decideAccess — 生活保護 (seed 004, C10)', () => {
  const onAssistance = { personId: 'person-1', municipalityCode: TSUCHIURA, birthDate: '1965-03-03', publicAssistanceOfficeId: ORG.welfareOffice };

  it('the 保護の実施機関 keeps its own access to the household it protects', () => {
    const d = decideAccess(request({ actor: { userId: 'cw-1', role: 'consultation_worker', organisationId: ORG.welfareOffice, municipalityCode: TSUCHIURA }, subject: onAssistance, cases: [] }));
    expect(d).toEqual({ allowed: true, basis: { kind: 'public_assistance_office', organisationId: ORG.welfareOffice } });
  });

  it('「保護の実施機関から多機関協働事業者につなぐ」: the coordinator sees nothing until the person wishes it', () => {
    const before = decideAccess(request({ subject: onAssistance, cases: [] }));
    expect(refusedWith(before)).toBe('CONSENT_REQUIRED');
    const wished = consent({ scope: { organisationIds: [ORG.coordinator, ORG.welfareOffice], purposes: ['coordination'] } });
    const after = decideAccess(request({ subject: onAssistance, cases: [], consents: [wished] }));
    expect(after).toEqual({ allowed: true, basis: { kind: 'consent', consentId: 'consent-1' } });
  });
});

describe('decideAccess — an urgent referral to the 保護の実施機関 (C10)', () => {
  const office = { userId: 'cw-1', role: 'consultation_worker' as const, organisationId: ORG.welfareOffice, municipalityCode: TSUCHIURA };
  const referred = { protectionReferrals: [{ referralId: 'ref-1', officeOrganisationId: ORG.welfareOffice }] };

  it('the office the household was referred to reads it to act, on the referral', () => {
    for (const purpose of ['referral', 'support', 'assessment', 'coordination'] as const) {
      expect(decideAccess(request({ actor: office, purpose, cases: [], ...referred }))).toEqual({ allowed: true, basis: { kind: 'protection_referral', referralId: 'ref-1' } });
    }
  });

  it('not for meetings, statistics or anything else, and not for another organisation', () => {
    for (const purpose of ['meeting', 'statistics', 'participation', 'outreach'] as const) {
      expect(refusedWith(decideAccess(request({ actor: office, purpose, cases: [], ...referred })))).not.toBe('allowed:protection_referral');
    }
    expect(refusedWith(decideAccess(request({ purpose: 'referral', cases: [], ...referred })))).toBe('CONSENT_REQUIRED');
  });
});

describe('decideAccess — consent scope and time (C3, C6, C7)', () => {
  it('a consent naming the organisation and purpose is a basis', () => {
    expect(decideAccess(request({ consents: [consent()] }))).toEqual({ allowed: true, basis: { kind: 'consent', consentId: 'consent-1' } });
  });

  it('a consent scoped to another organisation is refused', () => {
    const d = decideAccess(request({ consents: [consent({ scope: { organisationIds: [ORG.houkatsu], purposes: ['coordination'] } })] }));
    expect(refusedWith(d)).toBe('CONSENT_SCOPE');
  });

  it('a consent scoped to another purpose is refused', () => {
    const d = decideAccess(request({ purpose: 'referral', consents: [consent()] }));
    expect(refusedWith(d)).toBe('CONSENT_SCOPE');
    expect(d.allowed ? undefined : d.error.message).toContain('利用目的');
  });

  it('an expired consent is refused at and after its expiry, allowed before', () => {
    const c = consent({ expiresAt: '2024-06-01T00:00:00+09:00' });
    expect(refusedWith(decideAccess(request({ consents: [c] })))).toBe('CONSENT_EXPIRED');
    expect(refusedWith(decideAccess(request({ consents: [c], now: '2024-05-31T23:59:59+09:00' })))).toBe('allowed:consent');
    expect(refusedWith(decideAccess(request({ consents: [c], now: '2024-06-01T00:00:00+09:00' })))).toBe('CONSENT_EXPIRED');
  });

  it('a withdrawn consent: allowed before the moment of withdrawal, refused at and after it (C6)', () => {
    const c = consent({ withdrawnAt: '2024-05-15T12:00:00+09:00' });
    expect(refusedWith(decideAccess(request({ consents: [c], now: '2024-05-15T11:59:59+09:00' })))).toBe('allowed:consent');
    expect(refusedWith(decideAccess(request({ consents: [c], now: '2024-05-15T12:00:00+09:00' })))).toBe('CONSENT_WITHDRAWN');
    expect(refusedWith(decideAccess(request({ consents: [c] })))).toBe('CONSENT_WITHDRAWN');
  });

  it('a consent not yet obtained at the moment of access is no basis', () => {
    expect(refusedWith(decideAccess(request({ consents: [consent({ obtainedAt: '2024-07-01' })] })))).toBe('CONSENT_REQUIRED');
  });

  it('names the nearest miss: withdrawn before out-of-scope', () => {
    const d = decideAccess(request({ consents: [consent({ id: 'a', scope: { organisationIds: [ORG.npo], purposes: ['support'] } }), consent({ id: 'b', withdrawnAt: '2024-05-01' })] }));
    expect(refusedWith(d)).toBe('CONSENT_WITHDRAWN');
  });

  it('a valid consent wins over a withdrawn one', () => {
    const d = decideAccess(request({ consents: [consent({ id: 'old', withdrawnAt: '2024-05-01' }), consent({ id: 'new', obtainedAt: '2024-05-10' })] }));
    expect(d).toEqual({ allowed: true, basis: { kind: 'consent', consentId: 'new' } });
  });

  it('a consent limited to named meetings covers only those meetings', () => {
    const c = consent({ scope: { organisationIds: [ORG.coordinator], purposes: ['meeting'], meetingIds: ['jusoteki-2024-06'] } });
    expect(refusedWith(decideAccess(request({ purpose: 'meeting', meetingId: 'jusoteki-2024-06', consents: [c] })))).toBe('allowed:consent');
    expect(refusedWith(decideAccess(request({ purpose: 'meeting', meetingId: 'jusoteki-2024-08', consents: [c] })))).toBe('CONSENT_SCOPE');
    expect(refusedWith(decideAccess(request({ purpose: 'meeting', consents: [c] })))).toBe('CONSENT_SCOPE');
  });

  it('a 重層的支援会議 member without a covering consent is refused: the case belongs in a 支援会議 (C4)', () => {
    const d = decideAccess(request({ purpose: 'meeting', meetingId: 'j1', memberships: [{ meetingId: 'j1', kind: 'jusoteki', undertakingSignedAt: '2024-01-01', agendaPersonIds: ['person-1'] }] }));
    expect(refusedWith(d)).toBe('CONSENT_REQUIRED');
  });
});

describe('decideAccess — children (C2) and households (C12)', () => {
  const child = { personId: 'child-1', municipalityCode: TSUCHIURA, birthDate: '2010-05-01' };
  const childConsent = consent({ id: 'c-child', personId: 'child-1' });

  it('a child (under 18 at the moment of access) needs the guardian’s consent', () => {
    expect(refusedWith(decideAccess(request({ subject: child, consents: [childConsent] })))).toBe('GUARDIAN_CONSENT_REQUIRED');
  });

  it('with the guardian’s consent (and the child’s view recorded) the consent is a basis', () => {
    const withGuardian = { ...childConsent, guardian: { name: '保護者 花子', relationship: '母', obtainedAt: '2024-04-10', childView: '先生になら話してよい' } };
    expect(decideAccess(request({ subject: child, consents: [withGuardian] }))).toEqual({ allowed: true, basis: { kind: 'consent', consentId: 'c-child' } });
  });

  it('a guardian consent dated after the access does not count yet', () => {
    const late = { ...childConsent, guardian: { name: '保護者', relationship: '父', obtainedAt: '2024-07-01' } };
    expect(refusedWith(decideAccess(request({ subject: child, consents: [late] })))).toBe('GUARDIAN_CONSENT_REQUIRED');
  });

  it('age is judged at `now`: the day before the 18th birthday is still a child, the birthday is not', () => {
    const teen = { personId: 'child-1', municipalityCode: TSUCHIURA, birthDate: '2006-06-02' };
    expect(refusedWith(decideAccess(request({ subject: teen, consents: [childConsent] })))).toBe('GUARDIAN_CONSENT_REQUIRED');
    expect(refusedWith(decideAccess(request({ subject: teen, consents: [childConsent], now: '2024-06-02T00:00:00+09:00' })))).toBe('allowed:consent');
  });

  it('without a birth date the isChild flag decides', () => {
    const flagged = { personId: 'child-1', municipalityCode: TSUCHIURA, isChild: true };
    expect(refusedWith(decideAccess(request({ subject: flagged, consents: [childConsent] })))).toBe('GUARDIAN_CONSENT_REQUIRED');
  });

  it('8050: the parent’s consent never covers the child (C12)', () => {
    const parentConsent = consent({ id: 'c-parent', personId: 'parent-80' });
    const d = decideAccess(request({ subject: { personId: 'child-50', municipalityCode: TSUCHIURA, birthDate: '1974-02-02' }, consents: [parentConsent] }));
    expect(refusedWith(d)).toBe('CONSENT_REQUIRED');
    expect(d.allowed ? undefined : d.error.details).toMatchObject({ rule: 'C12' });
  });
});

describe('decideAccess — 支援会議 (法第106条の6, C5)', () => {
  const material = { kind: 'support_meeting_material' as const, meetingId: 'meeting-scrumnet-2024-06' };

  it('a member with an undertaking sees material on a person on the agenda — without any consent', () => {
    const d = decideAccess(request({ origin: material, purpose: 'support', memberships: [shienMembership()] }));
    expect(d).toEqual({ allowed: true, basis: { kind: 'support_meeting', meetingId: 'meeting-scrumnet-2024-06' } });
  });

  it('a member may add to the meeting record', () => {
    expect(refusedWith(decideAccess(request({ origin: material, action: 'write', purpose: 'meeting', memberships: [shienMembership()] })))).toBe('allowed:support_meeting');
  });

  it('no undertaking on record: refused', () => {
    const { undertakingSignedAt: _u, ...noUndertaking } = shienMembership();
    expect(refusedWith(decideAccess(request({ origin: material, memberships: [noUndertaking] })))).toBe('UNDERTAKING_MISSING');
  });

  it('an undertaking signed after the moment of access does not count', () => {
    expect(refusedWith(decideAccess(request({ origin: material, memberships: [shienMembership({ undertakingSignedAt: '2024-06-02' })] })))).toBe('UNDERTAKING_MISSING');
  });

  it('not a member of that meeting: refused', () => {
    expect(refusedWith(decideAccess(request({ origin: material, memberships: [shienMembership({ meetingId: 'other-meeting' })] })))).toBe('NOT_A_MEMBER');
  });

  it('a person not on that meeting’s agenda: refused', () => {
    expect(refusedWith(decideAccess(request({ origin: material, memberships: [shienMembership({ agendaPersonIds: ['person-2'] })] })))).toBe('NOT_ON_AGENDA');
  });

  it('only for support: no statistics, no referral out of the meeting', () => {
    expect(refusedWith(decideAccess(request({ origin: material, purpose: 'statistics', memberships: [shienMembership()] })))).toBe('SUPPORT_MEETING_MATERIAL');
    expect(refusedWith(decideAccess(request({ origin: material, purpose: 'referral', memberships: [shienMembership()] })))).toBe('SUPPORT_MEETING_MATERIAL');
  });

  it('支援会議 material is never reachable under a consent, an own case or an emergency', () => {
    const d = decideAccess(
      request({
        origin: material,
        consents: [consent()],
        cases: [{ caseId: 'case-1', ownerOrganisationId: ORG.coordinator, involvedOrganisationIds: [] }],
        emergency: { reason: '自殺をほのめかしている' },
      }),
    );
    expect(refusedWith(d)).toBe('NOT_A_MEMBER');
  });

  it('a membership of a meeting of another kind does not open 支援会議 material', () => {
    expect(refusedWith(decideAccess(request({ origin: material, memberships: [shienMembership({ kind: 'jusoteki' })] })))).toBe('SUPPORT_MEETING_MATERIAL');
  });

  it('membership of a 支援会議 does not open the case record itself', () => {
    expect(refusedWith(decideAccess(request({ memberships: [shienMembership()] })))).toBe('CONSENT_REQUIRED');
  });
});

describe('decideAccess — own case, intake, emergency, roles and tenancy', () => {
  it('the organisation owning or leading the case, or having written the record, needs no other basis', () => {
    const owner = request({ cases: [{ caseId: 'case-1', ownerOrganisationId: ORG.coordinator, involvedOrganisationIds: [] }] });
    expect(decideAccess(owner)).toEqual({ allowed: true, basis: { kind: 'own_case', caseId: 'case-1' } });
    const lead = request({ cases: [{ caseId: 'case-1', ownerOrganisationId: ORG.houkatsu, leadOrganisationId: ORG.coordinator, involvedOrganisationIds: [] }] });
    expect(refusedWith(decideAccess(lead))).toBe('allowed:own_case');
    expect(decideAccess(request({ origin: { kind: 'case_record', recordedByOrganisationId: ORG.coordinator } }))).toEqual({ allowed: true, basis: { kind: 'own_case' } });
    expect(decideAccess(request({ origin: { kind: 'case_record', caseId: 'case-9', recordedByOrganisationId: ORG.coordinator } }))).toEqual({ allowed: true, basis: { kind: 'own_case', caseId: 'case-9' } });
  });

  it('owning another case of the person does not open this case’s record', () => {
    const d = decideAccess(request({ origin: { kind: 'case_record', caseId: 'case-2' }, cases: [{ caseId: 'case-1', ownerOrganisationId: ORG.coordinator, involvedOrganisationIds: [] }, { caseId: 'case-2', ownerOrganisationId: ORG.houkatsu, involvedOrganisationIds: [] }] }));
    expect(refusedWith(d)).toBe('CONSENT_REQUIRED');
  });

  it('an involved organisation relies on consent, not on involvement (C3, C6)', () => {
    expect(refusedWith(decideAccess(request()))).toBe('CONSENT_REQUIRED');
  });

  it('any window records any intake (C1)', () => {
    expect(decideAccess(request({ action: 'write', purpose: 'intake', cases: [] }))).toEqual({ allowed: true, basis: { kind: 'intake' } });
  });

  it('an emergency without a reason is refused; with one it is a basis (C3)', () => {
    expect(refusedWith(decideAccess(request({ emergency: { reason: '' } })))).toBe('EMERGENCY_REASON_REQUIRED');
    expect(refusedWith(decideAccess(request({ emergency: { reason: '　 ' } })))).toBe('EMERGENCY_REASON_REQUIRED');
    expect(decideAccess(request({ emergency: { reason: ' 本人が意識不明で搬送された ' } }))).toEqual({ allowed: true, basis: { kind: 'emergency', reason: '本人が意識不明で搬送された' } });
  });

  it('another municipality is refused, whatever else holds', () => {
    const d = decideAccess(
      request({
        actor: { userId: 'u', role: 'coordinator', organisationId: ORG.coordinator, municipalityCode: KOGA },
        consents: [consent()],
        cases: [{ caseId: 'case-1', ownerOrganisationId: ORG.coordinator, involvedOrganisationIds: [] }],
        emergency: { reason: '緊急' },
      }),
    );
    expect(refusedWith(d)).toBe('OTHER_MUNICIPALITY');
  });

  it('prefectural officials never see a person (SPEC §1)', () => {
    expect(refusedWith(decideAccess(request({ actor: { userId: 'p', role: 'prefectural_official', organisationId: 'pref-ibaraki', municipalityCode: TSUCHIURA }, consents: [consent()] })))).toBe('ROLE_FORBIDDEN');
  });

  it('an auditor reads for audit only, citing the legal ground, and never 支援会議 material', () => {
    const auditor = { userId: 'a', role: 'auditor' as const, organisationId: 'org-audit', municipalityCode: TSUCHIURA };
    expect(decideAccess(request({ actor: auditor, purpose: 'audit' }))).toEqual({ allowed: true, basis: { kind: 'audit', ground: AUDIT_GROUND } });
    expect(refusedWith(decideAccess(request({ actor: auditor, purpose: 'audit', action: 'write' })))).toBe('ROLE_FORBIDDEN');
    expect(refusedWith(decideAccess(request({ actor: auditor, purpose: 'support' })))).toBe('ROLE_FORBIDDEN');
    expect(refusedWith(decideAccess(request({ actor: auditor, purpose: 'audit', origin: { kind: 'support_meeting_material', meetingId: 'm' } })))).toBe('NOT_A_MEMBER');
  });

  it('accepts Date objects for `now`', () => {
    expect(refusedWith(decideAccess(request({ now: new Date(NOW), consents: [consent()] })))).toBe('allowed:consent');
  });
});
