import type { Instant } from '../calendar/tokyo-date.js';
import type { Consent, MeetingKind } from '../access/types.js';
import type { TriageOutcome } from './states.js';

export type CaseEvent =
  | { readonly type: 'triage'; readonly outcome: TriageOutcome; readonly reason?: string }
  | { readonly type: 'record_consent'; readonly consent: Consent; readonly coordinatorOrganisationId: string }
  | { readonly type: 'withdraw_consent' }
  | { readonly type: 'decide_support'; readonly decidedOn?: string }
  | { readonly type: 'start_assessment' }
  | { readonly type: 'draft_plan' }
  | { readonly type: 'approve_plan'; readonly meetingKind: MeetingKind; readonly meetingId: string }
  | { readonly type: 'start_monitoring' }
  | { readonly type: 'start_review' }
  | { readonly type: 'continue_monitoring' }
  | { readonly type: 'hand_over'; readonly leadOrganisationId: string }
  | { readonly type: 'evaluate_closure'; readonly meetingKind: MeetingKind; readonly meetingId: string }
  | { readonly type: 'close' }
  | { readonly type: 'reopen'; readonly reason: string };

export type CaseEventType = CaseEvent['type'];

export const caseEventLabels: Readonly<Record<CaseEventType, string>> = {
  triage: '振り分ける',
  record_consent: '同意を記録する',
  withdraw_consent: '同意の撤回を記録する',
  decide_support: '支援決定する',
  start_assessment: 'アセスメントを始める',
  draft_plan: '支援プランを作成する',
  approve_plan: '重層的支援会議で支援プランを確認する',
  start_monitoring: '支援・モニタリングを始める',
  start_review: '見直しを始める',
  continue_monitoring: '見直しを終えて支援を続ける',
  hand_over: '主担当機関へ引き継ぐ',
  evaluate_closure: '重層的支援会議で終結を評価する',
  close: '終結する',
  reopen: '再開する',
};

export type TransitionContext = {
  readonly now: Instant;
  /** The person the case is about; a consent of anyone else is refused (C12). */
  readonly personId?: string;
  readonly birthDate?: string;
  readonly isChild?: boolean;
};
