import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ageAt, isAtOrAfter } from '../calendar/tokyo-date.js';
import { purposes } from './types.js';
import type { AccessRequest, Consent, MeetingMembership } from './types.js';
import { roles } from '../roles.js';
import { decideAccess } from './decide-access.js';

// Small pools so that matches (same org, same person, same meeting) actually happen.
const orgs = ['o1', 'o2', 'o3', 'office'] as const;
const persons = ['p1', 'p2'] as const;
const meetings = ['m1', 'm2'] as const;
const munis = ['082031', '082040'] as const;
const BASE = Date.parse('2024-04-01T00:00:00+09:00');
const DAY = 86_400_000;
const instant = fc.integer({ min: 0, max: 120 }).map((d) => new Date(BASE + d * DAY).toISOString());

const consentArb: fc.Arbitrary<Consent> = fc.record(
  {
    id: fc.constantFrom('c1', 'c2', 'c3'),
    personId: fc.constantFrom(...persons),
    scope: fc.record({
      organisationIds: fc.subarray([...orgs]),
      purposes: fc.subarray([...purposes]),
      meetingIds: fc.option(fc.subarray([...meetings]), { nil: undefined }),
    }, { requiredKeys: ['organisationIds', 'purposes'] }),
    obtainedAt: instant,
    method: fc.constantFrom('written' as const, 'oral' as const),
    expiresAt: instant,
    withdrawnAt: instant,
    guardian: fc.record({ name: fc.constant('保護者'), relationship: fc.constant('母'), obtainedAt: instant }),
  },
  { requiredKeys: ['id', 'personId', 'scope', 'obtainedAt', 'method'] },
);

const membershipArb: fc.Arbitrary<MeetingMembership> = fc.record(
  {
    meetingId: fc.constantFrom(...meetings),
    kind: fc.constantFrom('jusoteki' as const, 'shien' as const, 'other' as const),
    undertakingSignedAt: instant,
    agendaPersonIds: fc.subarray([...persons]),
  },
  { requiredKeys: ['meetingId', 'kind', 'agendaPersonIds'] },
);

const requestArb: fc.Arbitrary<AccessRequest> = fc.record(
  {
    actor: fc.record({ userId: fc.constant('u'), role: fc.constantFrom(...roles), organisationId: fc.constantFrom(...orgs), municipalityCode: fc.constantFrom(...munis) }),
    subject: fc.record(
      {
        personId: fc.constantFrom(...persons),
        municipalityCode: fc.constantFrom(...munis),
        birthDate: fc.constantFrom('1950-01-01', '2008-06-15', '2015-02-02'),
        isChild: fc.boolean(),
        publicAssistanceOfficeId: fc.constant('office'),
      },
      { requiredKeys: ['personId', 'municipalityCode'] },
    ),
    action: fc.constantFrom('read' as const, 'write' as const),
    purpose: fc.constantFrom(...purposes),
    now: instant,
    origin: fc.oneof(
      fc.record({ kind: fc.constant('case_record' as const), caseId: fc.constantFrom('k1', 'k2'), recordedByOrganisationId: fc.constantFrom(...orgs) }, { requiredKeys: ['kind'] }),
      fc.record({ kind: fc.constant('support_meeting_material' as const), meetingId: fc.constantFrom(...meetings) }),
    ),
    meetingId: fc.constantFrom(...meetings),
    cases: fc.array(
      fc.record({ caseId: fc.constantFrom('k1', 'k2'), ownerOrganisationId: fc.constantFrom(...orgs), leadOrganisationId: fc.constantFrom(...orgs), involvedOrganisationIds: fc.subarray([...orgs]) }, { requiredKeys: ['caseId', 'ownerOrganisationId', 'involvedOrganisationIds'] }),
      { maxLength: 2 },
    ),
    consents: fc.array(consentArb, { maxLength: 3 }),
    memberships: fc.array(membershipArb, { maxLength: 2 }),
    emergency: fc.record({ reason: fc.constantFrom('', '  ', '生命の危険') }),
    protectionReferrals: fc.array(fc.record({ referralId: fc.constantFrom('r1', 'r2'), officeOrganisationId: fc.constantFrom(...orgs) }), { maxLength: 2 }),
  },
  { requiredKeys: ['actor', 'subject', 'action', 'purpose', 'now', 'origin', 'cases', 'consents', 'memberships'] },
);

const childAt = (req: AccessRequest): boolean =>
  req.subject.birthDate !== undefined ? ageAt(req.subject.birthDate, req.now) < 18 : req.subject.isChild === true;

/** An independent restatement of C1–C12: does the claimed basis really hold for this request? */
const basisHolds = (req: AccessRequest): boolean => {
  const d = decideAccess(req);
  if (!d.allowed) return true;
  if (req.actor.municipalityCode !== req.subject.municipalityCode || req.actor.role === 'prefectural_official') return false;
  const b = d.basis;
  if (req.origin.kind === 'support_meeting_material' && b.kind !== 'support_meeting') return false;
  switch (b.kind) {
    case 'own_case':
      return req.origin.kind === 'case_record' && (req.origin.recordedByOrganisationId === req.actor.organisationId || req.cases.some((c) => c.caseId === b.caseId && (c.ownerOrganisationId === req.actor.organisationId || c.leadOrganisationId === req.actor.organisationId)));
    case 'intake':
      return req.action === 'write' && req.purpose === 'intake';
    case 'consent': {
      const c = req.consents.find((x) => x.id === b.consentId && x.personId === req.subject.personId && isAtOrAfter(req.now, x.obtainedAt) && !(x.withdrawnAt !== undefined && isAtOrAfter(req.now, x.withdrawnAt)) && !(x.expiresAt !== undefined && isAtOrAfter(req.now, x.expiresAt)) && x.scope.organisationIds.includes(req.actor.organisationId) && x.scope.purposes.includes(req.purpose));
      return c !== undefined && (!childAt(req) || (c.guardian !== undefined && isAtOrAfter(req.now, c.guardian.obtainedAt)));
    }
    case 'support_meeting': {
      const m = req.memberships.find((x) => x.meetingId === b.meetingId);
      return req.origin.kind === 'support_meeting_material' && req.origin.meetingId === b.meetingId && m !== undefined && m.kind === 'shien' && m.undertakingSignedAt !== undefined && isAtOrAfter(req.now, m.undertakingSignedAt) && m.agendaPersonIds.includes(req.subject.personId);
    }
    case 'emergency':
      return req.emergency !== undefined && req.emergency.reason.trim() !== '' && b.reason !== '';
    case 'public_assistance_office':
      return req.subject.publicAssistanceOfficeId === req.actor.organisationId;
    case 'protection_referral':
      return (req.protectionReferrals ?? []).some((r) => r.referralId === b.referralId && r.officeOrganisationId === req.actor.organisationId) && ['referral', 'support', 'assessment', 'coordination'].includes(req.purpose);
    case 'audit':
      return req.actor.role === 'auditor' && req.action === 'read' && req.purpose === 'audit';
  }
};

describe('decideAccess properties', () => {
  test('the generator reaches every basis and many refusals (the properties below are not vacuous)', () => {
    const seen = new Set<string>();
    for (const req of fc.sample(requestArb, { numRuns: 5000, seed: 42 })) {
      const d = decideAccess(req);
      seen.add(d.allowed ? d.basis.kind : d.error.code);
    }
    for (const k of ['own_case', 'intake', 'consent', 'support_meeting', 'emergency', 'public_assistance_office', 'protection_referral', 'audit', 'OTHER_MUNICIPALITY', 'CONSENT_WITHDRAWN', 'UNDERTAKING_MISSING', 'GUARDIAN_CONSENT_REQUIRED']) {
      expect(seen).toContain(k);
    }
  });

  test.prop([requestArb], { numRuns: 3000 })('access is never granted without a basis that really holds', (req) => {
    expect(basisHolds(req)).toBe(true);
  });

  test.prop([requestArb], { numRuns: 1000 })('after withdrawal no access relies on the withdrawn consent', (req) => {
    const d = decideAccess(req);
    if (d.allowed && d.basis.kind === 'consent') {
      const id = d.basis.consentId;
      const relied = req.consents.filter((c) => c.id === id && c.personId === req.subject.personId);
      expect(relied.some((c) => c.withdrawnAt === undefined || !isAtOrAfter(req.now, c.withdrawnAt))).toBe(true);
    }
    // Withdrawing every consent of the person at or before `now` leaves no consent-based access at all.
    const withdrawn = { ...req, consents: req.consents.map((c) => ({ ...c, withdrawnAt: req.now })) };
    const after = decideAccess(withdrawn);
    expect(after.allowed && after.basis.kind === 'consent').toBe(false);
  });

  test.prop([requestArb, fc.option(instant, { nil: undefined })], { numRuns: 1000 })(
    'a 支援会議 member without an undertaking (on record before now) is always refused its material',
    (req, signed) => {
      const meetingId = 'm1';
      const membership = signed === undefined || !isAtOrAfter(req.now, signed)
        ? { meetingId, kind: 'shien' as const, agendaPersonIds: [req.subject.personId], ...(signed === undefined ? {} : { undertakingSignedAt: signed }) }
        : { meetingId, kind: 'shien' as const, agendaPersonIds: [req.subject.personId] };
      const d = decideAccess({ ...req, origin: { kind: 'support_meeting_material', meetingId }, memberships: [membership] });
      expect(d.allowed).toBe(false);
    },
  );

  test.prop([requestArb], { numRuns: 1000 })('another municipality is always refused', (req) => {
    const other = { ...req, subject: { ...req.subject, municipalityCode: req.actor.municipalityCode === '082031' ? '082040' : '082031' } };
    const d = decideAccess(other);
    expect(d.allowed ? 'allowed' : d.error.code).toBe('OTHER_MUNICIPALITY');
  });

  test.prop([requestArb], { numRuns: 1000 })('支援会議 material is reached only through the support_meeting basis', (req) => {
    const d = decideAccess({ ...req, origin: { kind: 'support_meeting_material', meetingId: 'm2' } });
    if (d.allowed) expect(d.basis).toEqual({ kind: 'support_meeting', meetingId: 'm2' });
  });
});
