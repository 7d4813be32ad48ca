import { addFollowUp, createMatch, createResource, getCoordinationCase, getMatch, getPersonRecord, getResource, listMatchesOfPerson, listResources, updateMatch, updateResource } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { mayMoveMatch, participationResourceKindLabels, placeOccupyingStatuses, remainingPlaces, toIsoDateTokyo } from '@kasane/domain';
import type { ParticipationResourceKind } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { AppError, apiError } from '../../errors.js';
import { accessPerson } from '../access/person-access.js';
import { requireOwnReferences } from './references.js';
import type { TMatchInput, TResourceInput } from './schemas.js';

// 参加支援 (SPEC §3.8). The person is reached only through accessPerson with purpose
// 'participation': the policy decides and the audit entry is written in the same transaction.

const dateOnly = (now: Date): Date => new Date(`${toIsoDateTokyo(now)}T00:00:00Z`);

export async function findResources(tx: Tx, actor: StaffActor) {
  return (await listResources(tx, actor.municipalityCode, placeOccupyingStatuses)).map((r) => ({
    ...r,
    kindLabel: participationResourceKindLabels[r.kind as ParticipationResourceKind] ?? r.kind,
    remaining: remainingPlaces(r.capacity, r.inUse),
  }));
}

export async function createResourceForStaff(tx: Tx, actor: StaffActor, input: TResourceInput) {
  await requireOwnReferences(tx, actor, input);
  return { id: (await createResource(tx, actor.municipalityCode, input)).id };
}

export async function updateResourceForStaff(tx: Tx, actor: StaffActor, id: string, input: TResourceInput) {
  await requireOwnReferences(tx, actor, input);
  const r = await updateResource(tx, actor.municipalityCode, id, input);
  if (!r) throw apiError('NOT_FOUND');
  return { id: r.id };
}

const presentMatch = (m: NonNullable<Awaited<ReturnType<typeof getMatch>>>) => ({
  ...m,
  startedAt: m.startedAt?.toISOString().slice(0, 10) ?? null,
  endedAt: m.endedAt?.toISOString().slice(0, 10) ?? null,
  followUps: m.followUps.map((f) => ({ ...f, at: f.at.toISOString().slice(0, 10) })),
});

/** Matches a person to a resource: the reason, and that existing programmes were considered first. */
export async function matchPerson(tx: Tx, actor: StaffActor, input: TMatchInput, now: Date) {
  const resource = await getResource(tx, actor.municipalityCode, input.resourceId);
  if (!resource) throw apiError('NOT_FOUND');
  if (!resource.active) throw new AppError('CONFLICT', 'RESOURCE_INACTIVE', 'この参加支援の資源は現在受け入れを停止しています。');
  const used = (await listResources(tx, actor.municipalityCode, placeOccupyingStatuses)).find((r) => r.id === resource.id)?.inUse ?? 0;
  if (remainingPlaces(resource.capacity, used) === 0) throw new AppError('CONFLICT', 'RESOURCE_FULL', 'この参加支援の資源は定員に達しています。');
  await accessPerson(tx, actor, { personId: input.personId, action: 'write', purpose: 'participation', recordType: 'ParticipationMatch', now });
  if (input.caseId) {
    // the match names the case it came from: it must be this person's case
    const c = await getCoordinationCase(tx, actor.municipalityCode, input.caseId);
    if (c?.primaryPersonId !== input.personId) throw new AppError('BAD_REQUEST', 'CASE_OF_ANOTHER_PERSON', 'このケースはこの方のケースではありません。');
  }
  const m = await createMatch(tx, actor.municipalityCode, {
    personId: input.personId,
    caseId: input.caseId,
    resourceId: resource.id,
    reason: input.reason,
    existingConsidered: input.existingConsidered,
    existingConsideredNote: input.existingConsideredNote,
    directReferralReason: input.directReferralReason,
    status: 'proposed',
    startedAt: null,
    createdByUserId: actor.userId,
    organisationId: actor.organisationId,
  });
  return { id: m.id };
}

/** The person (named on the policy's decision, audited) and their matches. */
export async function findMatchesOfPerson(tx: Tx, actor: StaffActor, personId: string, now: Date) {
  await accessPerson(tx, actor, { personId, action: 'read', purpose: 'participation', recordType: 'ParticipationMatch', now });
  const [person, matches] = await Promise.all([getPersonRecord(tx, actor.municipalityCode, personId), listMatchesOfPerson(tx, actor.municipalityCode, personId)]);
  if (!person) throw apiError('NOT_FOUND');
  return {
    person: { id: person.id, name: `${person.familyName} ${person.givenName}`.trim(), kana: `${person.familyNameKana} ${person.givenNameKana}`.trim(), householdId: person.householdId },
    matches: matches.map(presentMatch),
  };
}

async function loadMatchWithAccess(tx: Tx, actor: StaffActor, matchId: string, now: Date) {
  const m = await getMatch(tx, actor.municipalityCode, matchId);
  if (!m) throw apiError('NOT_FOUND');
  await accessPerson(tx, actor, { personId: m.personId, action: 'write', purpose: 'participation', recordType: 'ParticipationMatch', recordId: m.id, now });
  return m;
}

const invalidTransition = () => new AppError('CONFLICT', 'INVALID_TRANSITION', 'いまの段階ではこの操作はできません。');

/** 参加開始 with what was said when starting (kept), 終了 with the outcome. */
export async function recordMatchStatus(tx: Tx, actor: StaffActor, input: { matchId: string; status: 'started' | 'ended'; note?: string | undefined; outcome?: string | undefined }, now: Date) {
  const m = await loadMatchWithAccess(tx, actor, input.matchId, now);
  if (!mayMoveMatch(m.status, input.status)) throw invalidTransition();
  const updated = await updateMatch(
    tx,
    actor.municipalityCode,
    m.id,
    input.status === 'started' ? { status: 'started', startedAt: dateOnly(now), startNote: input.note?.trim() || null } : { status: 'ended', endedAt: dateOnly(now), outcome: input.outcome ?? null },
  );
  if (!updated) throw apiError('NOT_FOUND');
  return presentMatch(updated);
}

/** 定着 follow-up; `settled` marks the person as settled in the activity. */
export async function recordFollowUp(tx: Tx, actor: StaffActor, input: { matchId: string; note: string; settled: boolean }, now: Date) {
  const m = await loadMatchWithAccess(tx, actor, input.matchId, now);
  if (m.status === 'ended') throw new AppError('CONFLICT', 'INVALID_TRANSITION', '終了した参加支援には記録できません。');
  if (input.settled && !mayMoveMatch(m.status, 'settled')) throw invalidTransition();
  await addFollowUp(tx, actor.municipalityCode, m.id, { at: dateOnly(now), note: input.note, settled: input.settled, byUserId: actor.userId });
  const updated = input.settled ? await updateMatch(tx, actor.municipalityCode, m.id, { status: 'settled' }) : await getMatch(tx, actor.municipalityCode, m.id);
  if (!updated) throw apiError('NOT_FOUND');
  return presentMatch(updated);
}
