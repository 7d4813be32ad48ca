// A demo case is stored the way the app would have stored it: its history is replayed through the
// domain's case lifecycle (`transition`), event by event, as the coordination service applies it —
// so the consent the referral rests on (C2), the 支援決定 date (C4), plan versions, the event log
// and the participants are what the screens would have left behind. (Plan approval and closure
// evaluation belong to a 重層的支援会議; the demo holds no meeting records, so no demo case goes that far.)
import { toIsoDateTokyo, transition } from '@kasane/domain';
import type { CaseEvent, CaseState, Consent } from '@kasane/domain';
import type { Tx } from '../scope.js';
import type { DemoCaseStep, DemoHousehold, OrganisationKey } from './demo-data.js';

const day = 86_400_000;

export interface DemoCaseContext {
  municipalityCode: string;
  householdId: string;
  primaryPersonId: string;
  primaryBirthDate: string;
  consents: readonly Consent[];
  openedAt: Date;
  coordinatorUserId: string | null;
  org: (key: OrganisationKey) => string;
  /** a demo user of the organisation, for the event log */
  userOf: (key: OrganisationKey) => string;
  now: Date;
}

function eventOf(step: DemoCaseStep, c: DemoCaseContext): CaseEvent {
  switch (step.event) {
    case 'triage':
      return { type: 'triage', outcome: step.outcome, ...(step.reason ? { reason: step.reason } : {}) };
    case 'record_consent': {
      const consent = c.consents[step.consent];
      if (!consent) throw new Error(`demo case: no consent ${step.consent}`);
      return { type: 'record_consent', consent, coordinatorOrganisationId: c.org(step.coordinator) };
    }
    case 'draft_plan':
      return { type: 'draft_plan' };
    default:
      return { type: step.event };
  }
}

const dateOnly = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function createDemoCase(tx: Tx, h: DemoHousehold, c: DemoCaseContext): Promise<string> {
  const spec = h.case;
  if (!spec) throw new Error('demo case: none');
  const at = (daysAgo: number) => new Date(c.now.getTime() - daysAgo * day);
  let state: CaseState = { status: 'intake', planVersion: 0, reopenCount: 0 };
  const events: { type: string; fromStatus: string; toStatus: string; at: Date; by: OrganisationKey }[] = [];
  const plans: { version: number; step: Extract<DemoCaseStep, { event: 'draft_plan' }> }[] = [];
  const participants = new Set<OrganisationKey>(spec.participants);
  for (const step of spec.path) {
    const when = at(step.daysAgo);
    const result = transition(state, eventOf(step, c), { now: when, personId: c.primaryPersonId, birthDate: c.primaryBirthDate });
    if (!result.ok) throw new Error(`demo case ${h.street}: ${step.event} refused — ${result.error.message}`);
    const next = result.value;
    if (step.event === 'draft_plan') plans.push({ version: next.planVersion, step });
    // As the service does: the coordinating organisation joins the case on referral.
    if (step.event === 'record_consent') participants.add(step.coordinator);
    events.push({ type: step.event, fromStatus: state.status, toStatus: next.status, at: when, by: step.by ?? spec.owner });
    state = next;
  }
  if (state.status !== spec.status) throw new Error(`demo case ${h.street}: path ends in ${state.status}, not ${spec.status}`);
  const closed = state.status === 'closed' ? events.findLast((e) => e.type === 'close')?.at ?? null : null;
  const created = await tx.case.create({
    data: {
      municipalityCode: c.municipalityCode,
      householdId: c.householdId,
      primaryPersonId: c.primaryPersonId,
      ownerOrganisationId: c.org(spec.owner),
      leadOrganisationId: state.leadOrganisationId ?? null,
      coordinatorUserId: c.coordinatorUserId,
      status: state.status,
      issueIds: [...h.issueIds],
      openedAt: c.openedAt,
      closedAt: closed,
      version: 1 + events.length,
      consentId: state.consentId ?? null,
      supportDecidedAt: state.supportDecidedAt ? dateOnly(state.supportDecidedAt) : null,
      planVersion: state.planVersion,
      approvedPlanVersion: state.approvedPlanVersion ?? null,
      reopenCount: state.reopenCount,
      participants: { create: [...participants].map((k) => ({ organisationId: c.org(k), municipalityCode: c.municipalityCode })) },
    },
  });
  await tx.caseEventLog.createMany({
    data: events.map((e) => ({ municipalityCode: c.municipalityCode, caseId: created.id, type: e.type, fromStatus: e.fromStatus, toStatus: e.toStatus, actorUserId: c.userOf(e.by), organisationId: c.org(e.by), at: e.at })),
  });
  for (const p of plans) {
    await tx.supportPlan.create({
      data: {
        municipalityCode: c.municipalityCode,
        caseId: created.id,
        version: p.version,
        goals: p.step.plan.goals.map((text) => ({ text })),
        roles: p.step.plan.roles.map((r) => ({ organisationId: c.org(r.organisation), role: r.role })),
        direction: p.step.plan.direction,
        reviewDate: dateOnly(toIsoDateTokyo(new Date(c.now.getTime() + p.step.plan.reviewInDays * day))),
        // as the service stores it (createPlanVersion): a draft until a 重層的支援会議 approves it
        status: 'draft',
        createdByUserId: c.userOf(p.step.by ?? spec.owner),
        createdAt: at(p.step.daysAgo),
      },
    });
  }
  return created.id;
}
