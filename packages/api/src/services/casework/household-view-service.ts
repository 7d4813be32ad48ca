// The household's shape for its one view (issue #10): 主たる相談者, 続柄 and 同居/別居 between members the
// worker may see, the history of changes; and the hints that tell households apart in a search.
import { listHouseholdChanges, listRelationsOf, loadHouseholdHints, loadHouseholdMembers, userDisplayNames } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { ageBand, formatDisplayDateTime, householdChangeLabels, kanaInitials, relationKindLabels } from '@kasane/domain';
import type { HouseholdChangeKind, RelationKind } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError } from '../../errors.js';
import { accessPersons } from '../access/person-access.js';
import { identityOrigins } from '../access/own-record.js';

export async function householdShape(tx: Tx, actor: StaffActor, householdId: string, now: Date) {
  const overview = await loadHouseholdMembers(tx, actor.municipalityCode, householdId);
  if (!overview) throw apiError('NOT_FOUND');
  const changes = await listHouseholdChanges(tx, actor.municipalityCode, householdId);
  const memberIds = overview.members.map((m) => m.id);
  const relations = await listRelationsOf(tx, actor.municipalityCode, memberIds);
  const involved = [...new Set([...memberIds, ...relations.map((r) => r.relatedPersonId), ...changes.flatMap((c) => c.personIds)])];
  const origins = await identityOrigins(tx, actor, involved);
  const decisions = await accessPersons(tx, actor, {
    action: 'read',
    purpose: actor.role === 'auditor' ? 'audit' : 'support',
    recordType: 'HouseholdShape',
    now,
    persons: involved.map((personId) => (origins.get(personId) ? { personId, origin: origins.get(personId) } : { personId })),
  });
  const seen = (id: string) => decisions.get(id)?.allowed === true;
  if (!memberIds.some(seen)) throw apiError('NOT_FOUND');
  const shape = await primaryOf(tx, actor, householdId);
  const users = await userDisplayNames(tx, actor.municipalityCode, changes.map((c) => c.changedByUserId));
  return {
    householdId,
    primaryPersonId: shape && seen(shape) ? shape : null,
    relations: relations
      .filter((r) => seen(r.personId) && seen(r.relatedPersonId))
      .map((r) => ({ personId: r.personId, relatedPersonId: r.relatedPersonId, kind: r.kind, label: relationKindLabels[r.kind as RelationKind] ?? r.kind, livesTogether: r.livesTogether })),
    changes: changes.map((c) => ({
      id: c.id,
      kind: c.kind,
      label: householdChangeLabels[c.kind as HouseholdChangeKind] ?? c.kind,
      incoming: c.toHouseholdId === householdId,
      persons: c.personIds.length,
      hiddenPersons: c.personIds.filter((id) => !seen(id)).length,
      reason: c.reason,
      changedBy: users.get(c.changedByUserId) ?? '（不明な職員）',
      changedAt: c.changedAt,
      changedAtWareki: formatDisplayDateTime(c.changedAt),
    })),
  };
}

async function primaryOf(tx: Tx, actor: StaffActor, householdId: string): Promise<string | null> {
  const [h] = await loadHouseholdHints(tx, actor.municipalityCode, [householdId]);
  return h?.primaryPersonId ?? null;
}

/**
 * For a household list: the readings' initials of the members the page may show, and the 主たる相談者's
 * 年代 when that member is one of them — enough to tell two rows at one address apart, nothing more.
 */
export async function householdListHints(tx: Tx, municipalityCode: string, visible: Map<string, string[]>, now: Date) {
  const rows = await loadHouseholdHints(tx, municipalityCode, [...visible.keys()]);
  return new Map(
    rows.map((h) => {
      const shown = new Set(visible.get(h.id) ?? []);
      const members = h.persons.filter((p) => shown.has(p.id));
      const primary = members.find((p) => p.id === h.primaryPersonId);
      return [h.id, { initials: members.map((p) => kanaInitials(p.familyNameKana, p.givenNameKana)), primaryAgeBand: primary ? ageBand(primary.birthDate, now) : null }];
    }),
  );
}
