import { ageAt, isAtOrAfter } from '../calendar/tokyo-date.js';
import type { Instant } from '../calendar/tokyo-date.js';
import { fail } from '../errors.js';
import type { DomainError, DomainErrorCode } from '../errors.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import type { Consent, Purpose, SubjectPerson } from './types.js';

/** 民法第4条 / 児童福祉法第4条: a person under 18 at the moment in question is a child. */
export const CHILD_AGE_LIMIT = 18;

export const isChildAt = (person: Pick<SubjectPerson, 'birthDate' | 'isChild'>, now: Instant): boolean =>
  person.birthDate !== undefined ? ageAt(person.birthDate, now) < CHILD_AGE_LIMIT : person.isChild === true;

export type ConsentCheck = {
  readonly organisationId: string;
  readonly purpose: Purpose;
  readonly now: Instant;
  /** The person whose data is concerned; a consent of anyone else never covers them (C12). */
  readonly personId?: string;
  readonly meetingId?: string;
  readonly personIsChild?: boolean;
};

/** Why a consent does or does not cover one organisation and purpose at `now` (C2, C6, C7, C12). */
export const checkConsent = (consent: Consent, check: ConsentCheck): Result<Consent> => {
  const details = { consentId: consent.id };
  if (check.personId !== undefined && consent.personId !== check.personId) {
    // C12: an 8050 parent's consent, or a young carer's parent's, says nothing about the other person.
    return fail('CONSENT_REQUIRED', { ...details, rule: 'C12' }, '同意は一人ひとりのものです。世帯の他の方の同意では、この方の情報は共有できません。');
  }
  if (!isAtOrAfter(check.now, consent.obtainedAt)) return fail('CONSENT_REQUIRED', details);
  // C6: a withdrawal takes effect at its own moment; what was shared before it stays lawful.
  if (consent.withdrawnAt !== undefined && isAtOrAfter(check.now, consent.withdrawnAt)) return fail('CONSENT_WITHDRAWN', details);
  // C7: the consent valid at the moment of access is the one that counts.
  if (consent.expiresAt !== undefined && isAtOrAfter(check.now, consent.expiresAt)) return fail('CONSENT_EXPIRED', details);
  if (!consent.scope.organisationIds.includes(check.organisationId)) {
    return fail('CONSENT_SCOPE', { ...details, organisationId: check.organisationId }, '同意の共有先にこの機関が含まれていません。');
  }
  if (!consent.scope.purposes.includes(check.purpose)) {
    return fail('CONSENT_SCOPE', { ...details, purpose: check.purpose }, '同意の利用目的にこの目的が含まれていません。');
  }
  const meetings = consent.scope.meetingIds;
  if (check.purpose === 'meeting' && meetings !== undefined && (check.meetingId === undefined || !meetings.includes(check.meetingId))) {
    return fail('CONSENT_SCOPE', { ...details, meetingId: check.meetingId }, '同意の対象にこの会議が含まれていません。');
  }
  // C2: for a child the guardian's consent is what makes the consent valid.
  if (check.personIsChild === true && (consent.guardian === undefined || !isAtOrAfter(check.now, consent.guardian.obtainedAt))) {
    return fail('GUARDIAN_CONSENT_REQUIRED', details);
  }
  return ok(consent);
};

export const consentCovers = (
  consent: Consent,
  organisationId: string,
  purpose: Purpose,
  now: Instant,
  options: Pick<ConsentCheck, 'personId' | 'meetingId' | 'personIsChild'> = {},
): boolean => checkConsent(consent, { organisationId, purpose, now, ...options }).ok;

// When no consent covers, tell staff about the nearest miss: a missing guardian is closer to usable than a
// withdrawn consent, which is closer than one that never named this organisation.
const missPriority: readonly DomainErrorCode[] = ['GUARDIAN_CONSENT_REQUIRED', 'CONSENT_WITHDRAWN', 'CONSENT_EXPIRED', 'CONSENT_SCOPE', 'CONSENT_REQUIRED'];


/** The first consent of `personId` covering the check, or the most telling refusal. */
export const findCoveringConsent = (consents: readonly Consent[], check: ConsentCheck & { readonly personId: string }): Result<Consent> => {
  const own = consents.filter((c) => c.personId === check.personId);
  const misses: DomainError[] = [];
  for (const consent of own) {
    const result = checkConsent(consent, check);
    if (result.ok) return result;
    misses.push(result.error);
  }
  if (misses.length === 0) {
    if (consents.length > 0) {
      return fail('CONSENT_REQUIRED', { personId: check.personId, rule: 'C12' }, '同意は一人ひとりのものです。世帯の他の方の同意では、この方の情報は共有できません。');
    }
    return fail('CONSENT_REQUIRED', { personId: check.personId });
  }
  const rank = (e: DomainError): number => missPriority.indexOf(e.code);
  const best = misses.reduce((a, b) => (rank(b) < rank(a) ? b : a));
  return { ok: false, error: best };
};
