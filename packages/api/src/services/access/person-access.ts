// The one path to a person's data: load the facts, ask the domain policy, write the audit entry
// in the same transaction, or refuse with the domain's reason. Nothing else grants access.
import { appendAudit, loadPersonAccessFacts } from '@kasane/db';
import type { PersonAccessFacts, Tx } from '@kasane/db';
import { ZPurpose, decideAccess } from '@kasane/domain';
import type { AccessBasis, AccessRequest, DataOrigin, MeetingMembership, Purpose, Role } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError, domainError } from '../../errors.js';

export interface PersonAccessRequest {
  personId: string;
  action: 'read' | 'write';
  purpose: Purpose;
  /** what is read or written, for the audit entry: e.g. 'Person', 'Consultation' */
  recordType: string;
  recordId?: string;
  origin?: DataOrigin;
  meetingId?: string;
  emergency?: { reason: string };
  now: Date;
}

/** Meetings the actor sits on; filled in by the meetings feature (C5 undertakings, agendas). */
export type MembershipLoader = (tx: Tx, actor: StaffActor) => Promise<MeetingMembership[]>;
const noMemberships: MembershipLoader = async () => [];

export function toAccessRequest(actor: StaffActor, facts: PersonAccessFacts, req: PersonAccessRequest, memberships: MeetingMembership[]): AccessRequest {
  return {
    actor: { userId: actor.userId, role: actor.role as Role, organisationId: actor.organisationId, municipalityCode: actor.municipalityCode },
    subject: {
      personId: facts.person.id,
      municipalityCode: facts.person.municipalityCode,
      ...(facts.person.birthDate ? { birthDate: facts.person.birthDate.toISOString().slice(0, 10) } : {}),
      ...(facts.person.publicAssistanceOfficeId ? { publicAssistanceOfficeId: facts.person.publicAssistanceOfficeId } : {}),
    },
    action: req.action,
    purpose: req.purpose,
    now: req.now.toISOString(),
    origin: req.origin ?? { kind: 'case_record' },
    ...(req.meetingId ? { meetingId: req.meetingId } : {}),
    cases: facts.cases.map((c) => ({
      caseId: c.caseId,
      ownerOrganisationId: c.ownerOrganisationId,
      ...(c.leadOrganisationId ? { leadOrganisationId: c.leadOrganisationId } : {}),
      involvedOrganisationIds: c.involvedOrganisationIds,
    })),
    consents: facts.consents.map((c) => ({
      id: c.id,
      personId: c.personId,
      scope: { organisationIds: c.organisationIds, purposes: c.purposes.flatMap((p) => (ZPurpose.safeParse(p).success ? [p as Purpose] : [])) },
      obtainedAt: c.obtainedAt.toISOString(),
      obtainedBy: c.obtainedByUserId,
      method: c.method === 'oral' ? 'oral' : 'written',
      ...(c.expiresAt ? { expiresAt: c.expiresAt.toISOString() } : {}),
      ...(c.withdrawnAt ? { withdrawnAt: c.withdrawnAt.toISOString() } : {}),
      ...(c.guardianName ? { guardian: { name: c.guardianName, relationship: '保護者', obtainedAt: c.obtainedAt.toISOString(), ...(c.childView ? { childView: c.childView } : {}) } } : {}),
    })),
    memberships,
    ...(req.emergency ? { emergency: req.emergency } : {}),
  };
}

function basisRef(basis: AccessBasis): string | null {
  switch (basis.kind) {
    case 'consent':
      return basis.consentId;
    case 'support_meeting':
      return basis.meetingId;
    case 'emergency':
      return basis.reason;
    case 'public_assistance_office':
      return basis.organisationId;
    case 'own_case':
      return basis.caseId ?? null;
    case 'audit':
      return basis.ground;
    case 'intake':
      return null;
  }
}

/** Decides, audits and returns the basis; throws the domain's refusal (rolling the transaction back). */
export async function accessPerson(tx: Tx, actor: StaffActor, req: PersonAccessRequest, loadMemberships: MembershipLoader = noMemberships): Promise<AccessBasis> {
  const facts = await loadPersonAccessFacts(tx, actor.municipalityCode, req.personId);
  if (!facts) throw apiError('NOT_FOUND');
  const decision = decideAccess(toAccessRequest(actor, facts, req, await loadMemberships(tx, actor)));
  if (!decision.allowed) throw domainError(decision.error);
  await appendAudit(tx, {
    actorUserId: actor.userId,
    actorRole: actor.role,
    actorOrganisationId: actor.organisationId,
    municipalityCode: actor.municipalityCode,
    action: req.action,
    recordType: req.recordType,
    recordId: req.recordId ?? req.personId,
    legalBasis: decision.basis.kind,
    basisRef: basisRef(decision.basis),
  });
  return decision.basis;
}
