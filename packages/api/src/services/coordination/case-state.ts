// Every state change of a case goes through the domain `transition`; the new state is written with the
// version the worker read in the UPDATE's WHERE, so two workers never silently overwrite each other.
import { appendCaseEvent, getCoordinationCase, updateCaseState } from '@kasane/db';
import type { CoordinationCaseRow, Tx } from '@kasane/db';
import { toIsoDateTokyo, transition } from '@kasane/domain';
import type { AccessBasis, CaseEvent, CaseState, CaseStatus, Purpose } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError, domainError } from '../../errors.js';
import { accessPerson } from '../access/person-access.js';

export function caseStateOf(c: CoordinationCaseRow): CaseState {
  return {
    status: c.status as CaseStatus,
    planVersion: c.planVersion,
    reopenCount: c.reopenCount,
    ...(c.consentId ? { consentId: c.consentId } : {}),
    ...(c.supportDecidedAt ? { supportDecidedAt: toIsoDateTokyo(c.supportDecidedAt) } : {}),
    ...(c.approvedPlanVersion !== null ? { approvedPlanVersion: c.approvedPlanVersion } : {}),
    ...(c.leadOrganisationId ? { leadOrganisationId: c.leadOrganisationId } : {}),
  };
}

export async function loadCase(tx: Tx, actor: StaffActor, caseId: string): Promise<CoordinationCaseRow> {
  const c = await getCoordinationCase(tx, actor.municipalityCode, caseId);
  if (!c) throw apiError('NOT_FOUND');
  return c;
}

/** The case is about its primary person: the access policy decides on that person's basis (C3, C12). */
export function accessCase(tx: Tx, actor: StaffActor, c: CoordinationCaseRow, action: 'read' | 'write', purpose: Purpose, now: Date, recordType = 'Case'): Promise<AccessBasis> {
  return accessPerson(tx, actor, { personId: c.primaryPersonId, action, purpose, recordType, recordId: c.id, origin: { kind: 'case_record', caseId: c.id }, now });
}

export interface ApplyOptions {
  expectedVersion: number;
  now: Date;
  note?: string | null;
  meetingId?: string | null;
  birthDate?: Date | null;
  /** 終結: the day chosen by the worker rather than the moment of entry */
  closedAt?: Date;
}

/** Applies one domain event and persists it; throws the domain's refusal or CONFLICT. */
export async function applyCaseEvent(tx: Tx, actor: StaffActor, c: CoordinationCaseRow, event: CaseEvent, o: ApplyOptions): Promise<CaseState> {
  if (c.version !== o.expectedVersion) throw apiError('CONFLICT');
  const result = transition(caseStateOf(c), event, {
    now: o.now,
    personId: c.primaryPersonId,
    ...(o.birthDate ? { birthDate: toIsoDateTokyo(o.birthDate) } : {}),
  });
  if (!result.ok) throw domainError(result.error);
  const next = result.value;
  const supportDecidedAt = next.supportDecidedAt ? new Date(`${next.supportDecidedAt}T00:00:00Z`) : null;
  const saved = await updateCaseState(tx, actor.municipalityCode, c.id, o.expectedVersion, {
    status: next.status,
    consentId: next.consentId ?? null,
    supportDecidedAt,
    planVersion: next.planVersion,
    approvedPlanVersion: next.approvedPlanVersion ?? null,
    leadOrganisationId: next.leadOrganisationId ?? null,
    reopenCount: next.reopenCount,
    closedAt: next.status === 'closed' ? (o.closedAt ?? o.now) : null,
  });
  if (!saved) throw apiError('CONFLICT');
  await appendCaseEvent(tx, {
    municipalityCode: actor.municipalityCode,
    caseId: c.id,
    type: event.type,
    fromStatus: c.status,
    toStatus: next.status,
    actorUserId: actor.userId,
    organisationId: actor.organisationId,
    meetingId: o.meetingId ?? null,
    note: o.note ?? null,
    at: o.now,
  });
  // The row in hand now carries the new state, so a second event in the same request chains on it.
  Object.assign(c, { status: next.status, version: c.version + 1, consentId: next.consentId ?? null, supportDecidedAt, planVersion: next.planVersion, approvedPlanVersion: next.approvedPlanVersion ?? null, leadOrganisationId: next.leadOrganisationId ?? null, reopenCount: next.reopenCount });
  return next;
}
