// A 支援会議's decision on someone who is not a case (法第106条の6, ADR 0027/0034): an outreach subject, a
// household member without consent, a described person. It stays in the meeting's record (C5): no case
// is touched, and each identified person is disclosed to the record through the access path.
import { createMeetingDecision, listOrganisations } from '@kasane/db';
import type { Tx } from '@kasane/db';
import type { MeetingDecision } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError, domainError } from '../../errors.js';
import { accessPerson } from '../access/person-access.js';
import type { MembershipLoader } from '../access/person-access.js';
import { auditAs } from '../audit-as.js';
import { agendaOrigin, withoutBasisDetails } from './agenda.js';
import type { Meeting } from './agenda.js';

type Item = Meeting['agendaItems'][number];
export type SubjectDecisionInput = { decision: MeetingDecision; note?: string | undefined; roles?: { organisationId: string; role: string }[] | undefined };

export async function decideOnSubject(tx: Tx, actor: StaffActor, m: Meeting, item: Item, input: SubjectDecisionInput, at: { decidedAt: Date; now: Date }, memberships: MembershipLoader) {
  const note = input.note?.trim() ? input.note.trim() : null;
  if (input.decision === 'support_direction' && !note) throw domainError({ code: 'VALIDATION', message: '支援の方向性を記録してください。', details: { field: 'note' } });
  if (input.decision === 'role_assignment') {
    if (!input.roles?.length) throw domainError({ code: 'VALIDATION', message: '役割分担を1件以上入力してください。', details: { field: 'roles' } });
    const orgs = new Set((await listOrganisations(tx, actor.municipalityCode)).map((o) => o.id));
    if (input.roles.some((r) => !orgs.has(r.organisationId))) throw apiError('NOT_FOUND');
  }
  for (const personId of item.personIds) {
    await withoutBasisDetails(
      accessPerson(tx, actor, { personId, action: 'write', purpose: 'meeting', recordType: 'MeetingDecision', recordId: item.id, origin: agendaOrigin(m, null), now: at.now }, memberships),
    );
  }
  // an outreach subject known by a nickname, or a described person: no person record, the 支援会議 is the basis
  if (item.personIds.length === 0) await auditAs(tx, actor, { action: 'write', recordType: 'MeetingDecision', recordId: item.id, legalBasis: 'support_meeting', basisRef: m.id });
  const d = await createMeetingDecision(tx, {
    municipalityCode: actor.municipalityCode,
    meetingId: m.id,
    agendaItemId: item.id,
    caseId: null,
    decision: input.decision,
    planVersion: null,
    roles: input.decision === 'role_assignment' ? (input.roles ?? null) : null,
    note,
    decidedAt: at.decidedAt,
    recordedAt: at.now,
    recordedByUserId: actor.userId,
  });
  return { id: d.id, caseId: null, caseStatus: null, caseVersion: null };
}
