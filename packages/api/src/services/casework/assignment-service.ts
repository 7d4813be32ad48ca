// 担当者 and 副担当 per case (issue #10): a transfer ends the open assignment and starts the next, so the
// history of 担当者変更 stays; each change is written through the access path (audited with its basis).
import { endCaseAssignment, findUserInMunicipality, listCaseAssignments, listUsersOfOrganisations, startCaseAssignment, userDisplayNames } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { caseAssignmentRoleLabels, formatDisplayDate } from '@kasane/domain';
import type { CaseAssignmentRole } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError, domainError } from '../../errors.js';
import { auditAs } from '../audit-as.js';
import { accessCase, loadCase } from '../coordination/case-state.js';
import type { TAssignWorker } from './schemas.js';

/** A worker of an organisation taking part in the case becomes its 担当者 or 副担当. */
export async function assignWorker(tx: Tx, actor: StaffActor, input: TAssignWorker, now: Date) {
  const c = await loadCase(tx, actor, input.caseId);
  await accessCase(tx, actor, c, 'write', 'support', now, 'CaseAssignment');
  const worker = await findUserInMunicipality(tx, actor.municipalityCode, input.userId);
  if (!worker) throw apiError('NOT_FOUND');
  const involved = [c.ownerOrganisationId, c.leadOrganisationId, ...c.participants.map((p) => p.organisationId)];
  if (!worker.organisationId || !involved.includes(worker.organisationId)) {
    throw domainError({ code: 'VALIDATION', message: '担当者は、このケースに参加している機関の職員から選んでください。', details: { field: 'userId' } });
  }
  const open = (await listCaseAssignments(tx, actor.municipalityCode, c.id)).filter((a) => a.endedAt === null);
  if (open.some((a) => a.userId === input.userId)) {
    throw domainError({ code: 'VALIDATION', message: `この職員はすでにこのケースの${caseAssignmentRoleLabels[open.find((a) => a.userId === input.userId)?.role as CaseAssignmentRole] ?? '担当'}です。`, details: { field: 'userId' } });
  }
  const previous = open.find((a) => a.role === input.role);
  await endCaseAssignment(tx, actor.municipalityCode, c.id, input.role, { at: now, userId: actor.userId });
  await startCaseAssignment(tx, actor.municipalityCode, { caseId: c.id, userId: input.userId, role: input.role, at: now, assignedByUserId: actor.userId, reason: input.reason ?? null });
  // who handed the case to whom: the access entry above says on which basis, this one what changed
  await auditAs(tx, actor, { action: 'assign', recordType: 'CaseAssignment', recordId: c.id, legalBasis: 'administration', basisRef: `${input.role}:${previous?.userId ?? '-'}→${input.userId}` });
  return { ok: true as const, caseId: c.id };
}

/** The case's 担当者・副担当 now, the history of changes (oldest first), and who may be chosen. */
export async function caseAssignments(tx: Tx, actor: StaffActor, caseId: string, now: Date) {
  const c = await loadCase(tx, actor, caseId);
  await accessCase(tx, actor, c, 'read', actor.role === 'auditor' ? 'audit' : 'support', now, 'CaseAssignment');
  const involved = [...new Set([c.ownerOrganisationId, ...(c.leadOrganisationId ? [c.leadOrganisationId] : []), ...c.participants.map((p) => p.organisationId)])];
  const [view, candidates] = await Promise.all([assignmentsOf(tx, actor.municipalityCode, c.id), listUsersOfOrganisations(tx, actor.municipalityCode, involved)]);
  return { ...view, candidates: candidates.filter((u) => u.role !== 'auditor' && u.role !== 'meeting_member').map((u) => ({ userId: u.id, name: u.displayName })) };
}

async function assignmentsOf(tx: Tx, municipalityCode: string, caseId: string) {
  const rows = await listCaseAssignments(tx, municipalityCode, caseId);
  const names = await userDisplayNames(tx, municipalityCode, rows.flatMap((r) => [r.userId, r.assignedByUserId]));
  const name = (id: string) => names.get(id) ?? '（不明な職員）';
  const view = rows.map((r) => ({
    userId: r.userId,
    name: name(r.userId),
    role: r.role,
    roleLabel: caseAssignmentRoleLabels[r.role as CaseAssignmentRole] ?? r.role,
    startedAt: r.startedAt,
    startedAtWareki: formatDisplayDate(r.startedAt),
    endedAt: r.endedAt,
    endedAtWareki: r.endedAt ? formatDisplayDate(r.endedAt) : null,
    assignedBy: name(r.assignedByUserId),
    reason: r.reason,
  }));
  const current = (role: CaseAssignmentRole) => view.find((v) => v.role === role && v.endedAt === null) ?? null;
  return { main: current('main'), sub: current('sub'), history: view };
}
