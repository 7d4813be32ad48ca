// ホーム「あなたの仕事」: per organisation and role — new intakes, cases still without consent,
// 保護の実施機関 referrals, and (read through the 多機関協働 engineer's repositories) meetings coming,
// outreach contacts due and plans due for review.
import {
  listCasesOfOrganisation,
  listConsentsOfPersons,
  listOrganisations,
  listOutreachSubjects,
  listPlans,
  listProtectionQueue,
  listRecentConsultationsOfOrganisation,
  listUpcomingMeetingsOfUser,
  personNames,
} from '@kasane/db';
import type { Tx } from '@kasane/db';
import { caseStatusLabels, isComplex, issueIds, startOfTokyoDay, toIsoDateTokyo } from '@kasane/domain';
import type { CaseStatus, IssueId } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { accessPersons } from './access/person-access.js';
import { identityOrigins } from './access/own-record.js';
import { consentStatus } from './consent-service.js';

const day = 86_400_000;
// Cases still being worked on: everything before closure (a handed-over case goes on with its lead
// organisation, a withdrawn consent may go on through a 支援会議), except the ones settled at intake.
const openStatuses = ['intake', 'awaiting_consent', 'consented', 'support_decided', 'assessment', 'plan_drafted', 'plan_approved', 'monitoring', 'review', 'handed_over', 'consent_withdrawn', 'closure_evaluated', 'outreach', 'participation'];

export async function getMyWork(tx: Tx, actor: StaffActor, now: Date) {
  const [consultations, cases, organisations] = await Promise.all([
    listRecentConsultationsOfOrganisation(tx, actor.municipalityCode, actor.organisationId, new Date(now.getTime() - 14 * day), 10),
    listCasesOfOrganisation(tx, actor.municipalityCode, actor.organisationId, openStatuses),
    listOrganisations(tx, actor.municipalityCode),
  ]);
  const ownCases = cases.filter((c) => c.ownerOrganisationId === actor.organisationId || c.leadOrganisationId === actor.organisationId);
  const consents = await listConsentsOfPersons(tx, actor.municipalityCode, ownCases.map((c) => c.primaryPersonId));
  const missing = ownCases.filter((c) => !consents.some((k) => k.personId === c.primaryPersonId && consentStatus(k, now) === 'active' && k.purposes.includes('coordination')));

  // Names appear only where the policy allows them (and the read is audited with its basis).
  const personIds = [...new Set([...consultations.flatMap((c) => (c.personId ? [c.personId] : [])), ...missing.map((c) => c.primaryPersonId)])];
  const origins = await identityOrigins(tx, actor, personIds);
  const decisions = await accessPersons(tx, actor, {
    action: 'read',
    purpose: actor.role === 'auditor' ? 'audit' : 'support',
    recordType: 'MyWork',
    now,
    persons: personIds.map((personId) => {
      const origin = origins.get(personId);
      return origin ? { personId, origin } : { personId };
    }),
  });
  const names = new Map((await personNames(tx, actor.municipalityCode, personIds.filter((id) => decisions.get(id)?.allowed))).map((p) => [p.id, `${p.familyName} ${p.givenName}`.trim()]));
  const known = (ids: string[]): IssueId[] => ids.filter((id): id is IssueId => (issueIds as readonly string[]).includes(id));

  const office = organisations.find((o) => o.id === actor.organisationId)?.isPublicAssistanceOffice === true;
  const queue = office ? await listProtectionQueue(tx, actor.municipalityCode, actor.organisationId, false) : [];

  // every meeting the worker sits on or chairs from today on (the chair is not always a member row)
  const meetings = (await listUpcomingMeetingsOfUser(tx, actor.municipalityCode, actor.userId, startOfTokyoDay(now), 5)).map((m) => ({ id: m.id, title: m.title, scheduledAt: m.scheduledAt, type: m.meetingType.name }));
  const outreach = (await listOutreachSubjects(tx, actor.municipalityCode, actor.organisationId))
    .filter((s) => s.stage !== 'ended' && (s.contacts[0]?.contactedAt.getTime() ?? 0) < now.getTime() - 14 * day)
    .slice(0, 10)
    .map((s) => ({ id: s.id, label: s.label, lastContactAt: s.contacts[0]?.contactedAt ?? null }));
  // Plans are reviewed by those who run the case: the organisation that owns or leads it, and the
  // coordinator assigned to it (whose organisation joins as a participant on referral). Only the
  // current version counts; a review date already passed is still due (overdue), a closed case's is not.
  const reviewing = cases.filter((c) => c.ownerOrganisationId === actor.organisationId || c.leadOrganisationId === actor.organisationId || c.coordinatorUserId === actor.userId);
  const plans = [];
  for (const c of reviewing.slice(0, 50)) {
    const latest = (await listPlans(tx, actor.municipalityCode, c.id))[0];
    if (latest && latest.reviewDate.getTime() <= now.getTime() + 30 * day) plans.push({ caseId: c.id, version: latest.version, reviewDate: latest.reviewDate, overdue: latest.reviewDate.toISOString().slice(0, 10) < toIsoDateTokyo(now) });
  }
  plans.sort((a, b) => a.reviewDate.getTime() - b.reviewDate.getTime());

  return {
    intakes: consultations.map((c) => ({
      id: c.id,
      receivedAt: c.receivedAt,
      householdId: c.householdId,
      name: c.personId ? (names.get(c.personId) ?? null) : null,
      complex: isComplex(known(c.issueIds)),
      summary: c.summary.length > 60 ? `${c.summary.slice(0, 60)}…` : c.summary,
    })),
    consentsMissing: missing.map((c) => ({
      caseId: c.id,
      householdId: c.householdId,
      personId: c.primaryPersonId,
      name: names.get(c.primaryPersonId) ?? null,
      status: caseStatusLabels[c.status as CaseStatus] ?? c.status,
    })),
    protection: office ? { open: queue.length, urgent: queue.filter((r) => r.urgent).length } : null,
    meetings,
    outreach,
    plans,
  };
}
