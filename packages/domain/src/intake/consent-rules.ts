import { ageAt, toDate } from '../calendar/tokyo-date.js';
import type { Instant } from '../calendar/tokyo-date.js';
import { CHILD_AGE_LIMIT } from '../access/consent.js';
import { fail } from '../errors.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import type { Purpose } from '../access/types.js';

export type ConsentDraft = {
  readonly organisationIds: readonly string[];
  readonly purposes: readonly Purpose[];
  readonly obtainedAt: Instant;
  readonly expiresAt?: Instant;
  readonly guardian?: { readonly name: string; readonly relationship: string; readonly childView?: string };
};

/**
 * Whether a consent may be recorded as drafted (C2, C7): it names at least one organisation and
 * purpose, does not expire before it starts, and for a child (under 18 when obtained) it is the
 * guardian's consent, with the guardian's name and relationship.
 */
export const checkConsentDraft = (draft: ConsentDraft, subject: { readonly birthDate?: Instant }): Result<ConsentDraft> => {
  if (draft.organisationIds.length === 0) return fail('VALIDATION', { field: 'organisationIds' }, '共有先の機関を一つ以上選んでください。');
  if (draft.purposes.length === 0) return fail('VALIDATION', { field: 'purposes' }, '利用目的を一つ以上選んでください。');
  if (draft.expiresAt !== undefined && toDate(draft.expiresAt).getTime() <= toDate(draft.obtainedAt).getTime()) {
    return fail('VALIDATION', { field: 'expiresAt' }, '有効期限は同意を得た日より後にしてください。');
  }
  const isChild = subject.birthDate !== undefined && ageAt(subject.birthDate, draft.obtainedAt) < CHILD_AGE_LIMIT;
  if (isChild && (draft.guardian === undefined || draft.guardian.name.trim() === '' || draft.guardian.relationship.trim() === '')) {
    return fail('GUARDIAN_CONSENT_REQUIRED', { field: 'guardian' });
  }
  return ok(draft);
};
