// C3's emergency exception as an explicit act: a worker opens a reasoned grant for one person for
// 24 hours; while it is open the access policy may allow that worker's reads on basis 'emergency'
// (only when no ordinary basis applies), each read audited and ledgered with the grant; the
// administrator or the auditor reviews every grant afterwards and records the outcome.
import {
  createEmergencyAccess,
  findEmergencyAccess,
  listEmergencyAccessesForReview,
  listActiveEmergencyAccessesOfUser,
  listOrganisations,
  personExistsInMunicipality,
  personNames,
  recordEmergencyReview,
  userDisplayNames,
} from '@kasane/db';
import type { EmergencyMark, Tx } from '@kasane/db';
import { emergencyExpiry, emergencyOutcomeLabels, isEmergencyGrantActive } from '@kasane/domain';
import type { EmergencyOutcome } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { apiError } from '../errors.js';
import { decidePersons, recordPersonsRead } from './access/person-access.js';
import { auditAs } from './audit-as.js';


/** Opens a grant. Says nothing about the person: the opener has no basis until the grant exists. */
export async function openEmergencyAccess(tx: Tx, actor: StaffActor, input: { personId: string; reason: string }, now: Date) {
  // Same answer for another municipality's person and an unknown id: no existence oracle.
  if (!(await personExistsInMunicipality(tx, actor.municipalityCode, input.personId))) throw apiError('NOT_FOUND');
  const grant = await createEmergencyAccess(tx, actor.municipalityCode, {
    personId: input.personId,
    userId: actor.userId,
    organisationId: actor.organisationId,
    reason: input.reason,
    openedAt: now,
    expiresAt: emergencyExpiry(now),
  });
  await auditAs(tx, actor, { action: 'write', recordType: 'EmergencyAccess', recordId: grant.id, legalBasis: 'emergency', basisRef: `${input.personId}：${input.reason}` });
  return { grantId: grant.id, expiresAt: grant.expiresAt };
}

/** The actor's own open grants — which persons, until when; nothing of the persons themselves. */
export async function myActiveEmergencyAccesses(tx: Tx, actor: StaffActor, now: Date) {
  const grants = await listActiveEmergencyAccessesOfUser(tx, actor.municipalityCode, actor.userId, now);
  return { items: grants.map((g) => ({ grantId: g.id, personId: g.personId, expiresAt: g.expiresAt })) };
}

/** The mark in the person's record: every emergency access to them, by which organisation, reviewed or not. */
export function emergencyMarkViews(marks: EmergencyMark[]) {
  return marks.map((g) => ({
    at: g.openedAt,
    until: g.expiresAt,
    organisationName: g.organisationName ?? '（不明な機関）',
    reviewed: g.reviewedAt !== null,
    outcomeLabel: g.outcome ? (emergencyOutcomeLabels[g.outcome as EmergencyOutcome] ?? g.outcome) : null,
  }));
}

/**
 * The review queue. The reviewer sees the reason, the opener and the times; the person's name only
 * where the policy allows this reviewer to read them for the audit (the auditor always, the
 * administrator on a basis of its own organisation), and that read is recorded.
 */
export async function emergencyReviewQueue(tx: Tx, actor: StaffActor, now: Date) {
  const { pending, reviewed } = await listEmergencyAccessesForReview(tx, actor.municipalityCode);
  const all = [...pending, ...reviewed];
  if (all.length === 0) return { pending: [], reviewed: [] };
  const [organisations, users] = await Promise.all([
    listOrganisations(tx, actor.municipalityCode),
    userDisplayNames(tx, actor.municipalityCode, all.flatMap((g) => [g.userId, ...(g.reviewedByUserId ? [g.reviewedByUserId] : [])])),
  ]);
  const personIds = [...new Set(all.map((g) => g.personId))];
  const decisions = await decidePersons(tx, actor, { action: 'read', purpose: 'audit', recordType: 'EmergencyAccess', now, persons: personIds.map((personId) => ({ personId })) });
  const allowed = [...decisions.entries()].flatMap(([personId, d]) => (d.allowed ? [{ personId, basis: d.basis }] : []));
  await recordPersonsRead(tx, actor, { action: 'read', purpose: 'audit', recordType: 'EmergencyAccess', now }, allowed);
  const names = new Map((await personNames(tx, actor.municipalityCode, allowed.map((a) => a.personId))).map((p) => [p.id, `${p.familyName} ${p.givenName}`.trim()]));
  await auditAs(tx, actor, { action: 'read', recordType: 'EmergencyAccess', recordId: all.map((g) => g.id).join(','), legalBasis: 'audit', basisRef: null });

  const view = (g: (typeof all)[number]) => ({
    id: g.id,
    personId: g.personId,
    personName: names.get(g.personId) ?? null,
    reason: g.reason,
    openedBy: users.get(g.userId) ?? '（不明な職員）',
    organisationName: organisations.find((o) => o.id === g.organisationId)?.name ?? '（不明な機関）',
    openedAt: g.openedAt,
    expiresAt: g.expiresAt,
    active: isEmergencyGrantActive(g, now),
    reviewedAt: g.reviewedAt,
    reviewedBy: g.reviewedByUserId ? (users.get(g.reviewedByUserId) ?? '（不明な職員）') : null,
    outcome: g.outcome as EmergencyOutcome | null,
    outcomeLabel: g.outcome ? (emergencyOutcomeLabels[g.outcome as EmergencyOutcome] ?? g.outcome) : null,
    reviewNote: g.reviewNote,
  });
  return { pending: pending.map(view), reviewed: reviewed.map(view) };
}

/** Records the outcome once; a second review of the same grant is a conflict. */
export async function reviewEmergencyAccess(tx: Tx, actor: StaffActor, input: { grantId: string; outcome: EmergencyOutcome; note: string }, now: Date) {
  const grant = await findEmergencyAccess(tx, actor.municipalityCode, input.grantId);
  if (!grant) throw apiError('NOT_FOUND');
  const note = input.note === '' ? null : input.note;
  if (!(await recordEmergencyReview(tx, actor.municipalityCode, grant.id, { reviewedByUserId: actor.userId, reviewedAt: now, outcome: input.outcome, reviewNote: note }))) throw apiError('CONFLICT');
  await auditAs(tx, actor, { action: 'write', recordType: 'EmergencyAccessReview', recordId: grant.id, legalBasis: 'audit', basisRef: input.outcome });
  return { ok: true as const };
}
