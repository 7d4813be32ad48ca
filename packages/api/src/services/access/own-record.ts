// A person's identity (name, birth date, address) told to an organisation at intake is that
// organisation's own record: reading it back is no disclosure (SPEC §3.1; decideAccess's
// `recordedByOrganisationId`). Anything another organisation recorded still needs a basis.
import { personsRecordedBy } from '@kasane/db';
import type { Tx } from '@kasane/db';
import type { DataOrigin } from '@kasane/domain';
import type { StaffActor } from '../../context.js';

export async function identityOrigins(tx: Tx, actor: StaffActor, personIds: string[]): Promise<Map<string, DataOrigin | undefined>> {
  const recorded = await personsRecordedBy(tx, actor.municipalityCode, actor.organisationId, personIds);
  return new Map(personIds.map((id) => [id, recorded.has(id) ? { kind: 'case_record', recordedByOrganisationId: actor.organisationId } : undefined]));
}

export async function identityOrigin(tx: Tx, actor: StaffActor, personId: string): Promise<DataOrigin | undefined> {
  return (await identityOrigins(tx, actor, [personId])).get(personId);
}
