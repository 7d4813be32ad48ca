// One audit entry by a staff actor: who (user, role, organisation, municipality) comes from the actor,
// so a service names only what was done, to what, and on which basis.
import { appendAudit } from '@kasane/db';
import type { AuditRecord, Tx } from '@kasane/db';
import type { StaffActor } from '../context.js';

export type ActorAuditEntry = Omit<AuditRecord, 'actorUserId' | 'actorRole' | 'actorOrganisationId' | 'municipalityCode'>;

const recordOf = (actor: StaffActor, entry: ActorAuditEntry): AuditRecord => ({ actorUserId: actor.userId, actorRole: actor.role, actorOrganisationId: actor.organisationId, municipalityCode: actor.municipalityCode, ...entry });

export function auditAs(tx: Tx, actor: StaffActor, entry: ActorAuditEntry): Promise<void> {
  return appendAudit(tx, recordOf(actor, entry));
}

// Audit last (ADR 0024): the append takes the chain's lock until COMMIT, so in a procedure's scoped
// transaction a read's entry is queued and appended after the work, as the transaction's last
// statement before COMMIT. Outside one (services called in their own transaction) it is appended at once.
const queued = new WeakMap<Tx, AuditRecord[]>();

export function queueAuditsIn(tx: Tx): void {
  queued.set(tx, []);
}

/** As `auditAs`, appended when the scoped transaction's work is done (same transaction, same entry). */
export async function auditReadAs(tx: Tx, actor: StaffActor, entry: ActorAuditEntry): Promise<void> {
  const record = recordOf(actor, entry);
  const queue = queued.get(tx);
  if (queue) queue.push(record);
  else await appendAudit(tx, record);
}

export async function appendQueuedAudits(tx: Tx): Promise<void> {
  const queue = queued.get(tx) ?? [];
  queued.delete(tx);
  for (const record of queue) await appendAudit(tx, record);
}
