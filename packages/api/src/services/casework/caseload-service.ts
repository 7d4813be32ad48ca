// ケース一覧 per worker and per organisation (FORMS.md 支援ケース一覧: status, 担当者, next review), the to-dos
// that name the person, the 支援決定待ち queue of whoever decides support, and the meetings coming.
import {
  getOrganisationKind,
  latestPlansOfCases,
  listOpenAssignmentsOfUsers,
  listProgressRecords,
  listReadableCoordinationCases,
  listUpcomingMeetingsOfUser,
  listUsersOfOrganisation,
  personNames,
} from '@kasane/db';
import type { Tx } from '@kasane/db';
import { canDecideSupport, caseAssignmentRoleLabels, caseStatusLabels, formatDisplayDate, startOfTokyoDay, toIsoDateTokyo } from '@kasane/domain';
import type { CaseAssignmentRole, CaseStatus, Role } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError } from '../../errors.js';
import { decideEach, recordPersonsRead } from '../access/person-access.js';

const slashDate = (d: Date) => toIsoDateTokyo(d).replaceAll('-', '/');

/** Names of the cases' persons, only where the policy allows (one audit entry for those shown). */
async function caseNames(tx: Tx, actor: StaffActor, cases: { id: string; primaryPersonId: string }[], now: Date): Promise<Map<string, string>> {
  const req = { action: 'read' as const, purpose: 'support' as const, recordType: 'CaseList', now };
  const decisions = await decideEach(tx, actor, { ...req, persons: cases.map((c) => ({ personId: c.primaryPersonId, origin: { kind: 'case_record', caseId: c.id } })) });
  const allowed = cases.flatMap((c, i) => {
    const d = decisions[i];
    return d?.allowed ? [{ personId: c.primaryPersonId, basis: d.basis }] : [];
  });
  const read = [...new Map(allowed.map((a) => [a.personId, a])).values()];
  await recordPersonsRead(tx, actor, req, read);
  const rows = await personNames(tx, actor.municipalityCode, read.map((r) => r.personId));
  const byPerson = new Map(rows.map((p) => [p.id, `${p.familyName} ${p.givenName}`.trim()]));
  return new Map(cases.flatMap((c) => (byPerson.has(c.primaryPersonId) ? [[c.id, byPerson.get(c.primaryPersonId) ?? '']] : [])));
}

export async function getCaseload(tx: Tx, actor: StaffActor, input: { scope: 'mine' | 'organisation' }, now: Date) {
  const users = input.scope === 'mine' ? [{ id: actor.userId, displayName: actor.displayName }] : await listUsersOfOrganisation(tx, actor.municipalityCode, actor.organisationId);
  if (users.length === 0) throw apiError('NOT_FOUND');
  const assignments = await listOpenAssignmentsOfUsers(tx, actor.municipalityCode, users.map((u) => u.id));
  const cases = [...new Map(assignments.map((a) => [a.case.id, a.case])).values()];
  const names = await caseNames(tx, actor, cases, now);
  const shown = cases.filter((c) => names.has(c.id));
  const [plans, records] = await Promise.all([latestPlansOfCases(tx, actor.municipalityCode, shown.map((c) => c.id)), listProgressRecords(tx, actor.municipalityCode, shown.map((c) => c.id))]);
  const today = toIsoDateTokyo(now);

  type Todo = { caseId: string; due: string; overdue: boolean; text: string };
  const todos: Todo[] = [];
  for (const c of shown) {
    const name = names.get(c.id) ?? '';
    const plan = plans.find((p) => p.caseId === c.id);
    if (plan && c.status !== 'closed') todos.push({ caseId: c.id, due: toIsoDateTokyo(plan.reviewDate), overdue: toIsoDateTokyo(plan.reviewDate) < today, text: `${name}さん：${slashDate(plan.reviewDate)} 見直し（第${plan.version}版）` });
    for (const r of records.filter((x) => x.caseId === c.id)) {
      const latest = r.versions[0];
      if (latest?.nextDate && toIsoDateTokyo(latest.nextDate) >= today) todos.push({ caseId: c.id, due: toIsoDateTokyo(latest.nextDate), overdue: false, text: `${name}さん：${slashDate(latest.nextDate)} ${latest.nextStep ?? '次回予定'}` });
    }
  }
  todos.sort((a, b) => a.due.localeCompare(b.due));

  const workers = users.map((u) => ({
    userId: u.id,
    name: u.displayName,
    cases: assignments
      .filter((a) => a.userId === u.id && names.has(a.caseId))
      .map((a) => {
        const plan = plans.find((p) => p.caseId === a.caseId);
        return {
          caseId: a.caseId,
          personId: a.case.primaryPersonId,
          householdId: a.case.householdId,
          name: names.get(a.caseId) ?? '',
          role: a.role,
          roleLabel: caseAssignmentRoleLabels[a.role as CaseAssignmentRole] ?? a.role,
          status: a.case.status,
          statusLabel: caseStatusLabels[a.case.status as CaseStatus] ?? a.case.status,
          nextReview: plan ? toIsoDateTokyo(plan.reviewDate) : null,
          nextReviewWareki: plan ? formatDisplayDate(plan.reviewDate) : null,
        };
      }),
  }));
  return { workers: input.scope === 'mine' ? workers : workers.filter((w) => w.cases.length > 0), todos, awaitingDecision: await awaitingDecision(tx, actor, now), meetings: await upcomingMeetings(tx, actor, now) };
}

/** 支援決定待ち: consented cases the municipality has yet to take on — for those who decide (canDecideSupport). */
async function awaitingDecision(tx: Tx, actor: StaffActor, now: Date) {
  const kind = (await getOrganisationKind(tx, actor.municipalityCode, actor.organisationId)) ?? '';
  if (!canDecideSupport({ role: actor.role as Role, organisationKind: kind }).ok) return null;
  const scope = { municipalityCode: actor.municipalityCode, organisationId: actor.organisationId, role: actor.role, purpose: 'coordination', now };
  const rows = (await listReadableCoordinationCases(tx, scope, 200)).filter((c) => c.status === 'consented');
  const names = await caseNames(tx, actor, rows, now);
  return rows.filter((c) => names.has(c.id)).map((c) => ({ caseId: c.id, personId: c.primaryPersonId, name: names.get(c.id) ?? '', since: c.openedAt, version: c.version }));
}

/** Every meeting the worker sits on or chairs, from today (a 民生委員 included) — titles and dates only. */
async function upcomingMeetings(tx: Tx, actor: StaffActor, now: Date) {
  const meetings = await listUpcomingMeetingsOfUser(tx, actor.municipalityCode, actor.userId, startOfTokyoDay(now));
  return meetings.map((m) => ({ id: m.id, title: m.title, type: m.meetingType.name, scheduledAt: m.scheduledAt, place: m.place }));
}
