// One audit entry by a staff actor: who (user, role, organisation, municipality) comes from the actor,
// so a service names only what was done, to what, and on which basis.
import { appendAudit } from '@kasane/db';
import type { AuditRecord, Tx } from '@kasane/db';
import type { StaffActor } from '../context.js';

export type ActorAuditEntry = Omit<AuditRecord, 'actorUserId' | 'actorRole' | 'actorOrganisationId' | 'municipalityCode'>;

export function auditAs(tx: Tx, actor: StaffActor, entry: ActorAuditEntry): Promise<void> {
  return appendAudit(tx, { actorUserId: actor.userId, actorRole: actor.role, actorOrganisationId: actor.organisationId, municipalityCode: actor.municipalityCode, ...entry });
}
