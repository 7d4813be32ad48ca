import { toIsoDateTokyo } from '../calendar/tokyo-date.js';
import { checkConsent, isChildAt } from '../access/consent.js';
import { fail } from '../errors.js';
import { canDecide } from '../meetings/rules.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import { caseEventLabels } from './events.js';
import type { CaseEvent, CaseEventType, TransitionContext } from './events.js';
import { caseStatusLabels, triageOutcomeLabels } from './states.js';
import type { CaseState, CaseStatus, TriageOutcome } from './states.js';

type Handler<E extends CaseEvent = CaseEvent> = (state: CaseState, event: E, ctx: TransitionContext) => Result<CaseState>;
type Handlers = { readonly [K in CaseEventType]?: Handler<Extract<CaseEvent, { type: K }>> };

const to = (status: CaseStatus): Handler => (state) => ok({ ...state, status });

// Seed 004 (生活保護 notice): 多機関協働 only when the person wishes it — and 支援決定 only after that consent.
const consentFirst: Handler = () => fail('CONSENT_REQUIRED', undefined, '多機関協働には本人の同意が必要です。先に同意を記録してください。');
// C4: nothing of the plan work starts before the municipality decides to take the case on.
const decisionFirst: Handler = () => fail('SUPPORT_DECISION_REQUIRED');

const triageTargets: Readonly<Record<TriageOutcome, CaseStatus>> = {
  resolved_on_spot: 'resolved_on_spot',
  referred_existing: 'referred_existing',
  coordination: 'awaiting_consent',
  outreach: 'outreach',
  participation: 'participation',
};

const triage =
  (allowed: readonly TriageOutcome[]): Handler<Extract<CaseEvent, { type: 'triage' }>> =>
  (state, event) => {
    if (!allowed.includes(event.outcome)) {
      return fail('INVALID_TRANSITION', { from: state.status, outcome: event.outcome }, `「${caseStatusLabels[state.status]}」から「${triageOutcomeLabels[event.outcome]}」へは振り分けられません。`);
    }
    // SPEC §3.8: 参加支援 normally follows assessment; a direct referral must say why early involvement helps.
    if (event.outcome === 'participation' && (event.reason ?? '').trim() === '') {
      return fail('VALIDATION', { field: 'reason' }, '参加支援へ直接つなぐ場合は、その理由を記録してください。');
    }
    return ok({ ...state, status: triageTargets[event.outcome] });
  };

const recordConsent: Handler<Extract<CaseEvent, { type: 'record_consent' }>> = (state, event, ctx) => {
  // C2: the consent is to 多機関協働 by the coordinating organisation, valid now, of this person, with a guardian for a child.
  const checked = checkConsent(event.consent, {
    organisationId: event.coordinatorOrganisationId,
    purpose: 'coordination',
    now: ctx.now,
    personIsChild: isChildAt(ctx, ctx.now),
    ...(ctx.personId === undefined ? {} : { personId: ctx.personId }),
  });
  if (!checked.ok) return checked;
  return ok({ ...state, status: 'consented', consentId: event.consent.id });
};

const withdrawConsent: Handler = (state) => {
  // C6: from the withdrawal on, the consent-based stage stops; the case may go on through a 支援会議.
  const { consentId: _withdrawn, ...rest } = state;
  return ok({ ...rest, status: 'consent_withdrawn' });
};

const meetingDecision =
  (decision: 'plan_approval' | 'closure_evaluation', status: CaseStatus): Handler<Extract<CaseEvent, { type: 'approve_plan' | 'evaluate_closure' }>> =>
  (state, event) => {
    // SPEC §3.4/§3.6: only a 重層的支援会議 judges a plan or evaluates its end.
    const allowed = canDecide(event.meetingKind, decision);
    if (!allowed.ok) return allowed;
    return ok(decision === 'plan_approval' ? { ...state, status, approvedPlanVersion: state.planVersion } : { ...state, status });
  };

const draftPlan: Handler = (state) => ok({ ...state, status: 'plan_drafted', planVersion: state.planVersion + 1 });

const handOver: Handler<Extract<CaseEvent, { type: 'hand_over' }>> = (state, event) => {
  // SPEC §3.3: accompaniment continues with a NAMED lead organisation when the coordination stage ends.
  const lead = event.leadOrganisationId.trim();
  if (lead === '') return fail('VALIDATION', { field: 'leadOrganisationId' }, '引き継ぐ主担当機関を指定してください。');
  return ok({ ...state, status: 'handed_over', leadOrganisationId: lead });
};

const reopen: Handler<Extract<CaseEvent, { type: 'reopen' }>> = (state, event) => {
  if (event.reason.trim() === '') return fail('VALIDATION', { field: 'reason' }, '再開する理由を記録してください。');
  // SPEC §3.6: a closed case can be reopened; it starts again from intake, with the history kept.
  const { consentId: _c, supportDecidedAt: _s, ...rest } = state;
  return ok({ ...rest, status: 'intake', reopenCount: state.reopenCount + 1 });
};

// The day the municipality decided (entered afterwards, the day kept), else the day it is recorded.
const decideSupport: Handler<Extract<CaseEvent, { type: 'decide_support' }>> = (state, event, ctx) =>
  ok({ ...state, status: 'support_decided', supportDecidedAt: event.decidedOn ?? toIsoDateTokyo(ctx.now) });

const close = to('closed');
// Once a plan exists, its end is evaluated at a 重層的支援会議 first (SPEC §3.6).
const evaluationFirst: Handler = (state) =>
  fail('INVALID_TRANSITION', { from: state.status, event: 'close' }, '支援プランのあるケースは、重層的支援会議で終結を評価してから終結します。');

const withPlanStages: Handlers = { withdraw_consent: withdrawConsent, close: evaluationFirst };

const table: Readonly<Record<CaseStatus, Handlers>> = {
  intake: { triage: triage(['resolved_on_spot', 'referred_existing', 'coordination', 'outreach', 'participation']) },
  resolved_on_spot: { close },
  referred_existing: { close },
  // SPEC §3.7: the relationship built by outreach may lead on to 多機関協働 or 参加支援.
  outreach: { triage: triage(['referred_existing', 'coordination', 'participation']), close },
  participation: { triage: triage(['coordination']), close },
  awaiting_consent: { record_consent: recordConsent, decide_support: consentFirst, start_assessment: consentFirst, draft_plan: consentFirst, close },
  consented: { decide_support: decideSupport, withdraw_consent: withdrawConsent, start_assessment: decisionFirst, draft_plan: decisionFirst, approve_plan: decisionFirst },
  support_decided: { start_assessment: to('assessment'), withdraw_consent: withdrawConsent },
  assessment: { draft_plan: draftPlan, ...withPlanStages },
  plan_drafted: { approve_plan: meetingDecision('plan_approval', 'plan_approved'), ...withPlanStages },
  plan_approved: { start_monitoring: to('monitoring'), ...withPlanStages },
  monitoring: { start_review: to('review'), hand_over: handOver, evaluate_closure: meetingDecision('closure_evaluation', 'closure_evaluated'), ...withPlanStages },
  // SPEC §3.5: a revised plan goes back to the meeting.
  review: { draft_plan: draftPlan, continue_monitoring: to('monitoring'), ...withPlanStages },
  handed_over: { start_review: to('review'), evaluate_closure: meetingDecision('closure_evaluation', 'closure_evaluated'), ...withPlanStages },
  consent_withdrawn: { record_consent: recordConsent, close },
  closure_evaluated: { close },
  closed: { reopen },
};

/** Events offered in a state (the UI's buttons). Events that only explain a refusal are left out. */
export const allowedEvents = (status: CaseStatus): readonly CaseEventType[] => {
  const explainOnly = new Set<Handler>([consentFirst, decisionFirst, evaluationFirst]);
  return (Object.entries(table[status]) as [CaseEventType, Handler][]).filter(([, h]) => !explainOnly.has(h)).map(([type]) => type);
};

export const transition = (state: CaseState, event: CaseEvent, context: TransitionContext): Result<CaseState> => {
  const handler = table[state.status][event.type] as Handler | undefined;
  if (handler === undefined) {
    return fail(
      'INVALID_TRANSITION',
      { from: state.status, event: event.type, allowed: allowedEvents(state.status) },
      `「${caseStatusLabels[state.status]}」の段階では「${caseEventLabels[event.type]}」はできません。`,
    );
  }
  return handler(state, event, context);
};
