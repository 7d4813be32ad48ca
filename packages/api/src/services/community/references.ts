import { referencesBelongTo } from '@kasane/db';
import type { Tx } from '@kasane/db';
import type { StaffActor } from '../../context.js';
import { apiError } from '../../errors.js';

/** A register row may name only the actor's own municipality's organisations and places (else: not found). */
export async function requireOwnReferences(tx: Tx, actor: StaffActor, refs: { organisationId?: string | null; placeId?: string | null }): Promise<void> {
  if (!(await referencesBelongTo(tx, actor.municipalityCode, refs))) throw apiError('NOT_FOUND');
}
