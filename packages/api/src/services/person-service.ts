import { getPersonRecordWithEmergencyMarks } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { accessBasisLabels } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { apiError } from '../errors.js';
import { accessPersonAsReader } from './access/person-access.js';
import { emergencyMarkViews } from './emergency-service.js';

/**
 * One person's record, read on the basis the access policy finds (and audited with it). An open
 * emergency grant of this worker is offered to the policy, which uses it only when nothing else applies (C3).
 * Two statements besides the audit entry: the facts with the reader's side, the record with its marks (ADR 0035).
 */
export async function getPerson(tx: Tx, actor: StaffActor, personId: string, now: Date) {
  const { basis, claim } = await accessPersonAsReader(
    tx,
    actor,
    { personId, action: 'read', purpose: actor.role === 'auditor' ? 'audit' : 'support', recordType: 'Person', now },
    { offerEmergency: actor.role !== 'auditor' },
  );
  const found = await getPersonRecordWithEmergencyMarks(tx, actor.municipalityCode, personId);
  if (!found) throw apiError('NOT_FOUND');
  const { emergencyMarks, ...person } = found;
  return {
    ...person,
    basis: { kind: basis.kind, label: accessBasisLabels[basis.kind] },
    emergency: basis.kind === 'emergency' && claim ? { grantId: claim.grantId, expiresAt: claim.expiresAt } : null,
    emergencyAccesses: emergencyMarkViews(emergencyMarks),
  };
}
