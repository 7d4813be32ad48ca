// 世帯 as workers build it (issue #10): add, separate, move and merge members, 続柄 between them and the
// 主たる相談者. Every person a change touches is decided by the policy for writing (C12: each member on
// their own basis) — one refusal and nothing changes; each change is kept as history and audited.
import {
  appendHouseholdChange,
  createEmptyHousehold,
  createPerson,
  findLivePerson,
  getHouseholdShape,
  mergeHouseholdRows,
  movePersonsToHousehold,
  setHouseholdPrimaryPerson,
  setRelationPair,
} from '@kasane/db';
import type { Tx } from '@kasane/db';
import { inverseRelation } from '@kasane/domain';
import type { HouseholdChangeKind } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError, domainError } from '../../errors.js';
import { accessPerson, decidePersons } from '../access/person-access.js';
import { identityOrigin, identityOrigins } from '../access/own-record.js';
import { auditAs } from '../audit-as.js';
import { personData } from '../intake-service.js';
import type { TAddMember, TMergeHouseholds, TMoveMembers, TSeparateMembers, TSetRelation } from './schemas.js';

async function writePerson(tx: Tx, actor: StaffActor, personId: string, now: Date, recordType = 'HouseholdMember') {
  const origin = await identityOrigin(tx, actor, personId);
  await accessPerson(tx, actor, { personId, action: 'write', purpose: 'support', recordType, now, ...(origin ? { origin } : {}) });
}

async function household(tx: Tx, actor: StaffActor, householdId: string) {
  const h = await getHouseholdShape(tx, actor.municipalityCode, householdId);
  if (!h) throw apiError('NOT_FOUND');
  return h;
}

/** A household is changed on a basis for a member of it: the policy picks the member, the write is audited. */
async function requireMemberBasis(tx: Tx, actor: StaffActor, h: { persons: { id: string }[] }, now: Date, preferred?: string) {
  const ids = preferred ? [preferred, ...h.persons.map((p) => p.id).filter((id) => id !== preferred)] : h.persons.map((p) => p.id);
  const origins = await identityOrigins(tx, actor, ids);
  const decisions = await decidePersons(tx, actor, { action: 'write', purpose: 'support', recordType: 'Household', now, persons: ids.map((personId) => ({ personId, ...(origins.get(personId) ? { origin: origins.get(personId) } : {}) })) });
  // none allowed: the refusal for the first (preferred) member, with its audit of the denial
  const chosen = ids.find((id) => decisions.get(id)?.allowed) ?? ids[0];
  if (!chosen) throw apiError('NOT_FOUND');
  await writePerson(tx, actor, chosen, now, 'Household');
}

async function recordChange(tx: Tx, actor: StaffActor, change: { kind: HouseholdChangeKind; personIds: string[]; fromHouseholdId: string | null; toHouseholdId: string; reason: string | null }, now: Date) {
  const row = await appendHouseholdChange(tx, actor.municipalityCode, { ...change, userId: actor.userId, at: now });
  await auditAs(tx, actor, { action: change.kind === 'merge' ? 'merge' : 'write', recordType: 'HouseholdChange', recordId: row.id, legalBasis: 'administration', basisRef: `${change.kind}:${change.fromHouseholdId ?? '-'}→${change.toHouseholdId}` });
  return row.id;
}

const notMember = () => domainError({ code: 'VALIDATION', message: '選んだ方はこの世帯の世帯員ではありません。', details: { field: 'personIds' } });

/** 世帯員追加: a new person, or an existing record (found through the lawful duplicate search) moved in. */
export async function addMember(tx: Tx, actor: StaffActor, input: TAddMember, now: Date) {
  const h = await household(tx, actor, input.householdId);
  if (input.relation && !h.persons.some((p) => p.id === input.relation?.toPersonId)) throw notMember();
  await requireMemberBasis(tx, actor, h, now, input.relation?.toPersonId);
  let personId: string;
  let from: string | null = null;
  if ('existingPersonId' in input.person) {
    const existing = await findLivePerson(tx, actor.municipalityCode, input.person.existingPersonId);
    if (!existing) throw apiError('NOT_FOUND');
    if (existing.householdId === h.id) throw domainError({ code: 'VALIDATION', message: 'この方はすでにこの世帯の世帯員です。', details: { field: 'existingPersonId' } });
    await writePerson(tx, actor, existing.id, now);
    from = existing.householdId;
    personId = existing.id;
    await movePersonsToHousehold(tx, actor.municipalityCode, [personId], h.id);
  } else {
    personId = (await createPerson(tx, actor.municipalityCode, h.id, actor.organisationId, personData(input.person))).id;
    // C1: recording a person told to this organisation is never refused, and is on the log
    await accessPerson(tx, actor, { personId, action: 'write', purpose: 'intake', recordType: 'Person', now });
  }
  if (input.relation) {
    await setRelationPair(tx, actor.municipalityCode, { householdId: h.id, personId: input.relation.toPersonId, relatedPersonId: personId, kind: input.relation.kind, inverse: inverseRelation(input.relation.kind), livesTogether: input.relation.livesTogether, userId: actor.userId, at: now });
  }
  const changeId = await recordChange(tx, actor, { kind: from ? 'move' : 'add', personIds: [personId], fromHouseholdId: from, toHouseholdId: h.id, reason: input.reason ?? null }, now);
  return { ok: true as const, personId, householdId: h.id, changeId };
}

async function membersToMove(tx: Tx, actor: StaffActor, personIds: string[], now: Date) {
  const persons = await Promise.all(personIds.map((id) => findLivePerson(tx, actor.municipalityCode, id)));
  const fromIds = new Set(persons.map((p) => p?.householdId));
  const [from] = [...fromIds];
  if (persons.some((p) => !p) || fromIds.size !== 1 || !from) throw apiError('NOT_FOUND');
  for (const id of personIds) await writePerson(tx, actor, id, now);
  return household(tx, actor, from);
}

/** 世帯分離: members leave to a new household at their own address. */
export async function separateMembers(tx: Tx, actor: StaffActor, input: TSeparateMembers, now: Date) {
  const from = await membersToMove(tx, actor, input.personIds, now);
  if (from.persons.every((p) => input.personIds.includes(p.id))) {
    throw domainError({ code: 'VALIDATION', message: '世帯員の全員は分離できません。住所が変わったときは世帯の住所を直してください。', details: { field: 'personIds' } });
  }
  const to = await createEmptyHousehold(tx, actor.municipalityCode, { address: input.address, postalCode: input.postalCode ?? null });
  await movePersonsToHousehold(tx, actor.municipalityCode, input.personIds, to.id);
  if (from.primaryPersonId && input.personIds.includes(from.primaryPersonId)) await setHouseholdPrimaryPerson(tx, actor.municipalityCode, from.id, null);
  const changeId = await recordChange(tx, actor, { kind: 'separate', personIds: input.personIds, fromHouseholdId: from.id, toHouseholdId: to.id, reason: input.reason ?? null }, now);
  return { ok: true as const, householdId: to.id, changeId };
}

/** 世帯員の移動 into another existing household (a basis for one of its members too). */
export async function moveMembers(tx: Tx, actor: StaffActor, input: TMoveMembers, now: Date) {
  const from = await membersToMove(tx, actor, input.personIds, now);
  if (from.id === input.toHouseholdId) throw notMember();
  const to = await household(tx, actor, input.toHouseholdId);
  await requireMemberBasis(tx, actor, to, now);
  await movePersonsToHousehold(tx, actor.municipalityCode, input.personIds, to.id);
  if (from.primaryPersonId && input.personIds.includes(from.primaryPersonId)) await setHouseholdPrimaryPerson(tx, actor.municipalityCode, from.id, null);
  const changeId = await recordChange(tx, actor, { kind: 'move', personIds: input.personIds, fromHouseholdId: from.id, toHouseholdId: to.id, reason: input.reason ?? null }, now);
  return { ok: true as const, householdId: to.id, changeId };
}

/**
 * 世帯統合 (the son's later intake made a second household at the same address): only with a basis to
 * write every member of both households — a worker cannot pull in people they have no basis for (C12).
 * C10: households whose 被保護 differ are not merged; the 保護の実施機関 settles the flag first.
 */
export async function mergeHouseholds(tx: Tx, actor: StaffActor, input: TMergeHouseholds, now: Date) {
  if (input.survivorId === input.mergedId) throw apiError('CONFLICT');
  const [survivor, merged] = [await household(tx, actor, input.survivorId), await household(tx, actor, input.mergedId)];
  for (const p of [...survivor.persons, ...merged.persons]) await writePerson(tx, actor, p.id, now, 'HouseholdMerge');
  if (survivor.onPublicAssistance !== merged.onPublicAssistance || (survivor.onPublicAssistance && survivor.publicAssistanceOfficeId !== merged.publicAssistanceOfficeId)) {
    throw domainError({ code: 'VALIDATION', message: '被保護の状態が異なる世帯は統合できません。先に保護の実施機関が被保護の状態を確認してください。', details: { field: 'mergedId' } });
  }
  await mergeHouseholdRows(tx, actor.municipalityCode, merged.id, survivor.id);
  if (!survivor.primaryPersonId && merged.primaryPersonId) await setHouseholdPrimaryPerson(tx, actor.municipalityCode, survivor.id, merged.primaryPersonId);
  const changeId = await recordChange(tx, actor, { kind: 'merge', personIds: merged.persons.map((p) => p.id), fromHouseholdId: merged.id, toHouseholdId: survivor.id, reason: input.reason }, now);
  return { ok: true as const, householdId: survivor.id, changeId, moved: merged.persons.length };
}

/** 続柄 both ways (親⇔子 …) and 同居/別居, on a basis to write both persons. */
export async function setRelation(tx: Tx, actor: StaffActor, input: TSetRelation, now: Date) {
  if (input.personId === input.relatedPersonId) throw domainError({ code: 'VALIDATION', message: '同じ方どうしの続柄は登録できません。', details: { field: 'relatedPersonId' } });
  const [a, b] = await Promise.all([findLivePerson(tx, actor.municipalityCode, input.personId), findLivePerson(tx, actor.municipalityCode, input.relatedPersonId)]);
  if (!a || !b) throw apiError('NOT_FOUND');
  await writePerson(tx, actor, a.id, now, 'HouseholdRelation');
  await writePerson(tx, actor, b.id, now, 'HouseholdRelation');
  const livesTogether = input.livesTogether && a.householdId === b.householdId;
  await setRelationPair(tx, actor.municipalityCode, { householdId: a.householdId, personId: a.id, relatedPersonId: b.id, kind: input.kind, inverse: inverseRelation(input.kind), livesTogether, userId: actor.userId, at: now });
  return { ok: true as const, livesTogether };
}

/** 主たる相談者 of the household. */
export async function setPrimaryPerson(tx: Tx, actor: StaffActor, input: { householdId: string; personId: string }, now: Date) {
  const h = await household(tx, actor, input.householdId);
  if (!h.persons.some((p) => p.id === input.personId)) throw notMember();
  await writePerson(tx, actor, input.personId, now, 'Household');
  await setHouseholdPrimaryPerson(tx, actor.municipalityCode, h.id, input.personId);
  return { ok: true as const };
}
