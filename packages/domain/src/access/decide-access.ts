import { isAtOrAfter } from '../calendar/tokyo-date.js';
import { domainError } from '../errors.js';
import type { DomainError, DomainErrorCode } from '../errors.js';
import { findCoveringConsent, isChildAt } from './consent.js';
import type { AccessBasis, AccessRequest, Purpose } from './types.js';

export type AccessDecision =
  | { readonly allowed: true; readonly basis: AccessBasis }
  | { readonly allowed: false; readonly error: DomainError };

const allow = (basis: AccessBasis): AccessDecision => ({ allowed: true, basis });
const deny = (code: DomainErrorCode, details?: Record<string, unknown>, message?: string): AccessDecision => ({
  allowed: false,
  error: domainError(code, details, message),
});

// C5: what a 支援会議 shares is for the support of the person it concerns, nothing else (no referral, no statistics).
const supportPurposes: readonly Purpose[] = ['coordination', 'support', 'assessment', 'meeting', 'outreach', 'participation'];

const referralPurposes: readonly Purpose[] = ['referral', 'support', 'assessment', 'coordination'];

// An auditor reads under 個人情報保護法第69条第1項 (法令に基づく場合) for the checks of 地方自治法第199条 and
// the 安全管理措置 of 個人情報保護法第66条: read only, own municipality only, and never 支援会議 material.
export const AUDIT_GROUND = '個人情報の保護に関する法律第69条第1項（法令に基づく場合）・第66条（安全管理措置）、地方自治法第199条（監査）';

const decideSupportMeetingMaterial = (req: AccessRequest, meetingId: string): AccessDecision => {
  const membership = req.memberships.find((m) => m.meetingId === meetingId);
  if (membership === undefined) return deny('NOT_A_MEMBER', { meetingId });
  if (membership.kind !== 'shien') return deny('SUPPORT_MEETING_MATERIAL', { meetingId, kind: membership.kind });
  // 法第106条の6第5項: the confidentiality duty is what replaces consent, so it must be on record first.
  if (membership.undertakingSignedAt === undefined || !isAtOrAfter(req.now, membership.undertakingSignedAt)) {
    return deny('UNDERTAKING_MISSING', { meetingId });
  }
  if (!membership.agendaPersonIds.includes(req.subject.personId)) return deny('NOT_ON_AGENDA', { meetingId, personId: req.subject.personId });
  if (!supportPurposes.includes(req.purpose)) return deny('SUPPORT_MEETING_MATERIAL', { meetingId, purpose: req.purpose });
  return allow({ kind: 'support_meeting', meetingId });
};

const decideAudit = (req: AccessRequest): AccessDecision => {
  if (req.action !== 'read' || req.purpose !== 'audit') {
    return deny('ROLE_FORBIDDEN', { role: req.actor.role }, '監査担当は、監査のための閲覧だけができます。');
  }
  return allow({ kind: 'audit', ground: AUDIT_GROUND });
};

/**
 * May this actor read or write this piece of personal data about one person, and on which legal basis?
 * Every allowed decision names its basis so the audit log and the disclosure ledger can record it (C8, C11).
 */
export const decideAccess = (req: AccessRequest): AccessDecision => {
  const { actor, subject, origin } = req;
  // Tenancy: each municipality's data and 個人情報保護 rules are its own (C8); no basis crosses that line.
  if (actor.municipalityCode !== subject.municipalityCode) {
    return deny('OTHER_MUNICIPALITY', { actorMunicipality: actor.municipalityCode, subjectMunicipality: subject.municipalityCode });
  }
  // SPEC §1: the prefecture sees aggregates only, never a person.
  if (actor.role === 'prefectural_official') {
    return deny('ROLE_FORBIDDEN', { role: actor.role }, '都道府県は個人の情報を扱いません（集計のみ）。');
  }
  // C5: 支援会議 material is reachable only as a member of that meeting — never by consent, own case or emergency.
  if (origin.kind === 'support_meeting_material') return decideSupportMeetingMaterial(req, origin.meetingId);
  if (actor.role === 'auditor') return decideAudit(req);

  // C1: any window records any consultation; the new record is the actor's own.
  if (req.action === 'write' && req.purpose === 'intake') return allow({ kind: 'intake' });

  // An organisation's own records, and cases it owns or leads, involve no disclosure to anyone.
  if (origin.recordedByOrganisationId === actor.organisationId) {
    return allow(origin.caseId === undefined ? { kind: 'own_case' } : { kind: 'own_case', caseId: origin.caseId });
  }
  const cases = origin.caseId === undefined ? req.cases : req.cases.filter((c) => c.caseId === origin.caseId);
  const own = cases.find((c) => c.ownerOrganisationId === actor.organisationId || c.leadOrganisationId === actor.organisationId);
  if (own !== undefined) return allow({ kind: 'own_case', caseId: own.caseId });

  // C10: for a household on 生活保護 the 保護の実施機関 stays central and keeps its own statutory access.
  if (subject.publicAssistanceOfficeId !== undefined && subject.publicAssistanceOfficeId === actor.organisationId) {
    return allow({ kind: 'public_assistance_office', organisationId: actor.organisationId });
  }
  // C10: an urgent need for protection passed to a 保護の実施機関 is that office's to act on (生活保護法第19条・第25条),
  // for its own work with the person — not for meetings, statistics or passing on.
  const referral = (req.protectionReferrals ?? []).find((r) => r.officeOrganisationId === actor.organisationId);
  if (referral !== undefined && referralPurposes.includes(req.purpose)) return allow({ kind: 'protection_referral', referralId: referral.referralId });

  // C3, C7, C12, C2: this person's own consent, valid now, naming this organisation and purpose.
  const covering = findCoveringConsent(req.consents, {
    personId: subject.personId,
    organisationId: actor.organisationId,
    purpose: req.purpose,
    now: req.now,
    personIsChild: isChildAt(subject, req.now),
    ...(req.meetingId === undefined ? {} : { meetingId: req.meetingId }),
  });
  if (covering.ok) return allow({ kind: 'consent', consentId: covering.value.id });

  // C3: the emergency exception (risk to life or body) exists only with a recorded reason, reviewed afterwards.
  if (req.emergency !== undefined) {
    const reason = req.emergency.reason.trim();
    if (reason === '') return deny('EMERGENCY_REASON_REQUIRED');
    return allow({ kind: 'emergency', reason });
  }
  return { allowed: false, error: covering.error };
};
