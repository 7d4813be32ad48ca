import { getPersonRecord } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { accessBasisLabels } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { apiError } from '../errors.js';
import { accessPerson } from './access/person-access.js';
import { identityOrigin } from './access/own-record.js';
import { emergencyAccessesOfPerson, emergencyClaim } from './emergency-service.js';

/**
 * One person's record, read on the basis the access policy finds (and audited with it). An open
 * emergency grant of this worker is offered to the policy, which uses it only when nothing else applies (C3).
 */
export async function getPerson(tx: Tx, actor: StaffActor, personId: string, now: Date) {
  const origin = await identityOrigin(tx, actor, personId);
  const claim = actor.role === 'auditor' ? null : await emergencyClaim(tx, actor, personId, now);
  const basis = await accessPerson(tx, actor, {
    personId,
    action: 'read',
    purpose: actor.role === 'auditor' ? 'audit' : 'support',
    recordType: 'Person',
    now,
    ...(origin ? { origin } : {}),
    ...(claim ? { emergency: claim.emergency } : {}),
  });
  const person = await getPersonRecord(tx, actor.municipalityCode, personId);
  if (!person) throw apiError('NOT_FOUND');
  return {
    ...person,
    basis: { kind: basis.kind, label: accessBasisLabels[basis.kind] },
    emergency: basis.kind === 'emergency' && claim ? { grantId: claim.grantId, expiresAt: claim.expiresAt } : null,
    emergencyAccesses: await emergencyAccessesOfPerson(tx, actor, personId),
  };
}
