// What a 支援会議 may take up without a case (法第106条の6, SPEC C5): a household member or someone known only
// to an outreach worker or a 民生委員. A consent-based meeting takes cases only (C4, canDiscussSubject).
import { getOutreachSubject, listPersonsOfHousehold } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { canDiscussSubject } from '@kasane/domain';
import type { AgendaSubjectKind } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError, domainError } from '../../errors.js';
import { auditAs } from '../audit-as.js';
import { checkAgendaConsents } from './agenda.js';
import type { Meeting } from './agenda.js';

export type SubjectInput = { householdId?: string | undefined; personIds?: string[] | undefined; outreachSubjectId?: string | undefined; description?: string | undefined };

export type PlacedSubject = {
  subjectKind: AgendaSubjectKind;
  householdId: string | null;
  outreachSubjectId: string | null;
  subjectDescription: string | null;
  basis: string;
  consentIds: readonly string[];
  personIds: readonly string[];
};

const subjectKindOf = (input: SubjectInput): AgendaSubjectKind => (input.outreachSubjectId ? 'outreach' : input.description?.trim() ? 'description' : 'person');

/** Places a subject that is not a case; the person-based parts are then disclosed through the access path by the caller. */
export async function placeSubject(tx: Tx, actor: StaffActor, m: Meeting, input: SubjectInput, now: Date): Promise<PlacedSubject> {
  const kind = subjectKindOf(input);
  const allowed = canDiscussSubject(m.kind, kind);
  if (!allowed.ok) throw domainError(allowed.error);
  if (kind === 'outreach') {
    const s = await getOutreachSubject(tx, actor.municipalityCode, input.outreachSubjectId ?? '');
    if (!s) throw apiError('NOT_FOUND');
    // Only the organisation doing the outreach holds the record; it is the one that brings it to the 支援会議.
    if (s.ownerOrganisationId !== actor.organisationId) throw apiError('NOT_FOUND');
    await auditAs(tx, actor, { action: 'write', recordType: 'OutreachSubject', recordId: s.id, legalBasis: 'support_meeting', basisRef: m.id });
    return { subjectKind: kind, householdId: null, outreachSubjectId: s.id, subjectDescription: null, basis: 'support_meeting', consentIds: [], personIds: s.personId ? [s.personId] : [] };
  }
  if (kind === 'description') {
    return { subjectKind: kind, householdId: null, outreachSubjectId: null, subjectDescription: (input.description ?? '').trim(), basis: 'support_meeting', consentIds: [], personIds: [] };
  }
  if (!input.householdId || !input.personIds?.length) throw domainError({ code: 'VALIDATION', message: '検討する世帯と方を選んでください。', details: { field: 'personIds' } });
  const personIds = input.personIds;
  const household = await listPersonsOfHousehold(tx, actor.municipalityCode, input.householdId);
  if (household.length === 0 || personIds.some((p) => !household.some((h) => h.id === p))) throw apiError('NOT_FOUND');
  const permission = await checkAgendaConsents(tx, actor, m, { caseId: null, personIds }, false, m.members.map((x) => x.organisationId), now);
  return { subjectKind: kind, householdId: input.householdId, outreachSubjectId: null, subjectDescription: null, basis: permission.basis, consentIds: permission.consentIds, personIds };
}
