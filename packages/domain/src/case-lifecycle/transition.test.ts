import { describe, expect, it } from 'vitest';
import { consent, NOW, ORG } from '../../test/fixtures.js';
import { caseStatuses, caseStatusLabels, initialCaseState } from './states.js';
import type { CaseState } from './states.js';
import type { CaseEvent, TransitionContext } from './events.js';
import { allowedEvents, transition } from './transition.js';

const ctx: TransitionContext = { now: NOW, personId: 'person-1', birthDate: '1970-01-15' };
const coordinationConsent: CaseEvent = { type: 'record_consent', consent: consent(), coordinatorOrganisationId: ORG.coordinator };

const run = (events: CaseEvent[], start: CaseState = initialCaseState(), context: TransitionContext = ctx): CaseState =>
  events.reduce((state, e) => {
    const r = transition(state, e, context);
    if (!r.ok) throw new Error(`${e.type}: ${r.error.message}`);
    return r.value;
  }, start);

const codeOf = (state: CaseState, e: CaseEvent, context: TransitionContext = ctx): string => {
  const r = transition(state, e, context);
  return r.ok ? r.value.status : r.error.code;
};

const toPlan: CaseEvent[] = [{ type: 'triage', outcome: 'coordination' }, coordinationConsent, { type: 'decide_support' }, { type: 'start_assessment' }, { type: 'draft_plan' }];
const jusoteki = { meetingKind: 'jusoteki' as const, meetingId: 'koga-jusoteki-2024-06' };

describe('case lifecycle — the support flow (SPEC §3)', () => {
  it('walks intake → 多機関協働 → plan → monitoring → handover → closure → reopen', () => {
    const s = run([
      ...toPlan,
      { type: 'approve_plan', ...jusoteki },
      { type: 'start_monitoring' },
      { type: 'start_review' },
      { type: 'draft_plan' },
      { type: 'approve_plan', ...jusoteki },
      { type: 'start_monitoring' },
      { type: 'hand_over', leadOrganisationId: ` ${ORG.houkatsu} ` },
      { type: 'evaluate_closure', ...jusoteki },
      { type: 'close' },
    ]);
    expect(s).toMatchObject({ status: 'closed', planVersion: 2, approvedPlanVersion: 2, leadOrganisationId: ORG.houkatsu, consentId: 'consent-1', supportDecidedAt: '2024-06-01' });
    const reopened = run([{ type: 'reopen', reason: '再び相談があった' }], s);
    expect(reopened).toMatchObject({ status: 'intake', reopenCount: 1 });
    expect(reopened.consentId).toBeUndefined();
  });

  it('simple outcomes close without a meeting; review can return to monitoring', () => {
    expect(run([{ type: 'triage', outcome: 'resolved_on_spot' }, { type: 'close' }]).status).toBe('closed');
    expect(run([{ type: 'triage', outcome: 'referred_existing' }, { type: 'close' }]).status).toBe('closed');
    expect(run([{ type: 'triage', outcome: 'outreach' }, { type: 'triage', outcome: 'coordination' }]).status).toBe('awaiting_consent');
    expect(run([{ type: 'triage', outcome: 'participation', reason: '就労体験の枠が今月だけ空いている' }, { type: 'close' }]).status).toBe('closed');
    expect(run([...toPlan, { type: 'approve_plan', ...jusoteki }, { type: 'start_monitoring' }, { type: 'start_review' }, { type: 'continue_monitoring' }]).status).toBe('monitoring');
  });
});

describe('case lifecycle — refusals with plain Japanese', () => {
  const awaiting = run([{ type: 'triage', outcome: 'coordination' }]);
  const consented = run([{ type: 'triage', outcome: 'coordination' }, coordinationConsent]);

  it('no 支援決定 or assessment before consent (C2, seed 004)', () => {
    expect(codeOf(awaiting, { type: 'decide_support' })).toBe('CONSENT_REQUIRED');
    expect(codeOf(awaiting, { type: 'start_assessment' })).toBe('CONSENT_REQUIRED');
  });

  it('no assessment or plan before the 支援決定 (C4)', () => {
    expect(codeOf(consented, { type: 'start_assessment' })).toBe('SUPPORT_DECISION_REQUIRED');
    expect(codeOf(consented, { type: 'approve_plan', ...jusoteki })).toBe('SUPPORT_DECISION_REQUIRED');
  });

  it('a consent must be valid, of this person, to the coordinator, for 多機関協働', () => {
    expect(codeOf(awaiting, { ...coordinationConsent, consent: consent({ withdrawnAt: '2024-05-01' }) })).toBe('CONSENT_WITHDRAWN');
    expect(codeOf(awaiting, { ...coordinationConsent, consent: consent({ personId: 'parent-80' }) })).toBe('CONSENT_REQUIRED');
    expect(codeOf(awaiting, { ...coordinationConsent, coordinatorOrganisationId: ORG.npo })).toBe('CONSENT_SCOPE');
  });

  it('works without a person id in the context (the consent’s own person is then taken)', () => {
    expect(codeOf(awaiting, coordinationConsent, { now: NOW })).toBe('consented');
  });

  it('a child’s consent needs the guardian', () => {
    const childCtx = { now: NOW, personId: 'person-1', birthDate: '2012-04-01' };
    expect(codeOf(awaiting, coordinationConsent, childCtx)).toBe('GUARDIAN_CONSENT_REQUIRED');
    const withGuardian = { ...coordinationConsent, consent: consent({ guardian: { name: '保護者', relationship: '母', obtainedAt: '2024-04-10', childView: '話してよい' } }) };
    expect(codeOf(awaiting, withGuardian, childCtx)).toBe('consented');
  });

  it('only a 重層的支援会議 approves a plan or evaluates its end', () => {
    const drafted = run(toPlan);
    const r = transition(drafted, { type: 'approve_plan', meetingKind: 'shien', meetingId: 'scrumnet' }, ctx);
    expect(r.ok ? '' : r.error.code).toBe('DECISION_NOT_ALLOWED');
    expect(r.ok ? '' : r.error.message).toContain('重層的支援会議');
    const monitoring = run([{ type: 'approve_plan', ...jusoteki }, { type: 'start_monitoring' }], drafted);
    expect(codeOf(monitoring, { type: 'evaluate_closure', meetingKind: 'other', meetingId: 'core' })).toBe('DECISION_NOT_ALLOWED');
    expect(codeOf(monitoring, { type: 'close' })).toBe('INVALID_TRANSITION');
  });

  it('withdrawal stops the consent-based stage; a new consent restarts it (C6)', () => {
    const s = run([...toPlan, { type: 'withdraw_consent' }]);
    expect(s.status).toBe('consent_withdrawn');
    expect(s.consentId).toBeUndefined();
    expect(codeOf(s, { type: 'approve_plan', ...jusoteki })).toBe('INVALID_TRANSITION');
    expect(codeOf(s, coordinationConsent)).toBe('consented');
    expect(codeOf(s, { type: 'close' })).toBe('closed');
  });

  it('invalid transitions name the stage and the action', () => {
    const r = transition(initialCaseState(), { type: 'close' }, ctx);
    expect(r).toEqual({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: '「受付」の段階では「終結する」はできません。', details: { from: 'intake', event: 'close', allowed: ['triage'] } },
    });
    expect(codeOf(run([{ type: 'triage', outcome: 'participation', reason: 'x' }]), { type: 'triage', outcome: 'outreach' })).toBe('INVALID_TRANSITION');
    expect(codeOf(run([{ type: 'triage', outcome: 'resolved_on_spot' }, { type: 'close' }]), { type: 'decide_support' })).toBe('INVALID_TRANSITION');
  });

  it('direct referral to 参加支援 needs a reason; hand-over a named lead; reopening a reason', () => {
    expect(codeOf(initialCaseState(), { type: 'triage', outcome: 'participation' })).toBe('VALIDATION');
    const monitoring = run([...toPlan, { type: 'approve_plan', ...jusoteki }, { type: 'start_monitoring' }]);
    expect(codeOf(monitoring, { type: 'hand_over', leadOrganisationId: '  ' })).toBe('VALIDATION');
    const closed = run([{ type: 'triage', outcome: 'resolved_on_spot' }, { type: 'close' }]);
    expect(codeOf(closed, { type: 'reopen', reason: '' })).toBe('VALIDATION');
  });
});

describe('allowedEvents (UI buttons) and labels', () => {
  it('lists only real moves', () => {
    expect(allowedEvents('intake')).toEqual(['triage']);
    expect(allowedEvents('awaiting_consent')).toEqual(['record_consent', 'close']);
    expect(allowedEvents('consented')).toEqual(['decide_support', 'withdraw_consent']);
    expect(allowedEvents('monitoring')).toEqual(['start_review', 'hand_over', 'evaluate_closure', 'withdraw_consent']);
    expect(allowedEvents('closed')).toEqual(['reopen']);
  });
  it('every state has a Japanese label and at least one way out', () => {
    for (const s of caseStatuses) {
      expect(caseStatusLabels[s]).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(allowedEvents(s).length).toBeGreaterThan(0);
    }
  });
});
