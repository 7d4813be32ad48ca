import type { Instant } from '../calendar/tokyo-date.js';
import { fail } from '../errors.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import { findCoveringConsent, isChildAt } from './consent.js';
import type { Consent, MeetingKind, SubjectPerson } from './types.js';

export type AgendaCase = {
  readonly caseId: string;
  /** 支援決定 by the municipality (C4). */
  readonly supportDecided: boolean;
  /** Every household member who would be discussed identifiably; each needs their own basis (C12). */
  readonly persons: readonly Pick<SubjectPerson, 'personId' | 'birthDate' | 'isChild'>[];
};

export type AgendaPermission = {
  readonly kind: MeetingKind;
  readonly basis: 'consent' | 'support_meeting';
  readonly consentIds: readonly string[];
};

export type MissingConsent = { readonly personId: string; readonly organisationId: string; readonly code: string };

const shienSuggestion = '同意がない場合は、支援会議（社会福祉法第106条の6）で検討するか、個人が特定されない形で検討してください。';

/**
 * May this case be put, identifiably, on the agenda of a meeting of this kind?
 * 重層的支援会議 (実施要綱, C4): only after 支援決定, and only with each person's consent covering every member
 * organisation. 支援会議 (C5): no consent needed, the members' 守秘義務 stands in for it. Other bodies (C9):
 * they bring their own rules, but Kasane hands them identifiable data only under consent (C3).
 */
export const canPutOnAgenda = (
  meetingKind: MeetingKind,
  agendaCase: AgendaCase,
  consents: readonly Consent[],
  memberOrganisationIds: readonly string[],
  now: Instant,
  meetingId?: string,
): Result<AgendaPermission> => {
  if (meetingKind === 'shien') return ok({ kind: 'shien', basis: 'support_meeting', consentIds: [] });
  if (meetingKind === 'jusoteki' && !agendaCase.supportDecided) {
    return fail(
      'SUPPORT_DECISION_REQUIRED',
      { caseId: agendaCase.caseId, alternative: 'shien' },
      `重層的支援会議には、市町村が支援決定したケースだけを諮れます。${shienSuggestion}`,
    );
  }
  const missing: MissingConsent[] = [];
  const used = new Set<string>();
  for (const person of agendaCase.persons) {
    for (const organisationId of memberOrganisationIds) {
      const found = findCoveringConsent(consents, {
        personId: person.personId,
        organisationId,
        purpose: 'meeting',
        now,
        personIsChild: isChildAt(person, now),
        ...(meetingId === undefined ? {} : { meetingId }),
      });
      if (found.ok) used.add(found.value.id);
      else missing.push({ personId: person.personId, organisationId, code: found.error.code });
    }
  }
  if (missing.length > 0) {
    const code = missing.every((m) => m.code === 'GUARDIAN_CONSENT_REQUIRED') ? 'GUARDIAN_CONSENT_REQUIRED' : 'CONSENT_REQUIRED';
    return fail(
      code,
      { caseId: agendaCase.caseId, missing, alternative: 'shien' },
      `会議の構成員への共有を含む本人の同意がない方がいます（${missing.length}件）。${shienSuggestion}`,
    );
  }
  return ok({ kind: meetingKind, basis: 'consent', consentIds: [...used] });
};

type AgendaPerson = Pick<SubjectPerson, 'personId' | 'birthDate' | 'isChild'>;

/**
 * A case as it is tabled. A case is its household's (SPEC §3 世帯まるごと): its plan, goals and direction
 * speak of every member, so tabling it puts every person of the household under C4/C12.
 */
export type TabledCase = {
  readonly caseId: string;
  readonly supportDecided: boolean;
  /** The case's primary person and anyone the coordinator names: discussed identifiably, so each needs a basis. */
  readonly required: readonly AgendaPerson[];
  /** Every other person of the household: identifiable only on their own covering consent. */
  readonly others: readonly AgendaPerson[];
};

export type CasePlacement = AgendaPermission & {
  readonly identifiedPersonIds: readonly string[];
  /** Discussed without identifying data (C4): no name, no record, and the plan that speaks of them is not laid. */
  readonly anonymisedPersonIds: readonly string[];
};

/**
 * Where each person of a tabled case stands. At a 支援会議 the members' undertaking covers whoever is tabled;
 * elsewhere the required persons must each be covered (or the whole case is refused, with the 支援会議 route),
 * and any other household member without a covering consent is discussed without identifying data.
 */
export const placeCaseOnAgenda = (
  meetingKind: MeetingKind,
  tabled: TabledCase,
  consents: readonly Consent[],
  memberOrganisationIds: readonly string[],
  now: Instant,
  meetingId?: string,
): Result<CasePlacement> => {
  const check = (persons: readonly AgendaPerson[]) =>
    canPutOnAgenda(meetingKind, { caseId: tabled.caseId, supportDecided: tabled.supportDecided, persons }, consents, memberOrganisationIds, now, meetingId);
  const required = check(tabled.required);
  if (!required.ok) return required;
  const identified = tabled.required.map((p) => p.personId);
  if (meetingKind === 'shien') return ok({ ...required.value, identifiedPersonIds: identified, anonymisedPersonIds: [] });
  const consentIds = new Set(required.value.consentIds);
  const anonymised: string[] = [];
  for (const person of tabled.others) {
    const own = check([person]);
    if (own.ok) {
      identified.push(person.personId);
      for (const id of own.value.consentIds) consentIds.add(id);
    } else anonymised.push(person.personId);
  }
  return ok({ ...required.value, consentIds: [...consentIds], identifiedPersonIds: identified, anonymisedPersonIds: anonymised });
};
