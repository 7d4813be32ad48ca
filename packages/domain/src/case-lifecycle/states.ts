import { z } from 'zod';

export const caseStatuses = [
  'intake',
  'resolved_on_spot',
  'referred_existing',
  'outreach',
  'participation',
  'awaiting_consent',
  'consented',
  'support_decided',
  'assessment',
  'plan_drafted',
  'plan_approved',
  'monitoring',
  'review',
  'handed_over',
  'consent_withdrawn',
  'closure_evaluated',
  'closed',
] as const;
export const ZCaseStatus = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof ZCaseStatus>;

export const caseStatusLabels: Readonly<Record<CaseStatus, string>> = {
  intake: '受付',
  resolved_on_spot: 'その場で解決',
  referred_existing: '既存の支援につないだ',
  outreach: 'アウトリーチ中',
  participation: '参加支援',
  awaiting_consent: '多機関協働へつなぐ（同意の確認中）',
  consented: '同意あり（支援決定待ち）',
  support_decided: '支援決定済み',
  assessment: 'アセスメント中',
  plan_drafted: '支援プラン作成済み（会議待ち）',
  plan_approved: '支援プラン確認済み',
  monitoring: '支援・モニタリング中',
  review: '見直し中',
  handed_over: '主担当機関へ引き継ぎ済み',
  consent_withdrawn: '同意撤回（支援会議などで継続検討）',
  closure_evaluated: '終結評価済み',
  closed: '終結',
};

export const triageOutcomes = ['resolved_on_spot', 'referred_existing', 'coordination', 'outreach', 'participation'] as const;
export const ZTriageOutcome = z.enum(triageOutcomes);
export type TriageOutcome = z.infer<typeof ZTriageOutcome>;
export const triageOutcomeLabels: Readonly<Record<TriageOutcome, string>> = {
  resolved_on_spot: 'その場で解決',
  referred_existing: '既存の支援につなぐ',
  coordination: '多機関協働につなぐ',
  outreach: 'アウトリーチにつなぐ',
  participation: '参加支援につなぐ',
};

export type CaseState = {
  readonly status: CaseStatus;
  readonly consentId?: string;
  readonly supportDecidedAt?: string;
  /** Plans are versioned (SPEC §3.4); a revision goes back to the meeting. */
  readonly planVersion: number;
  readonly approvedPlanVersion?: number;
  readonly leadOrganisationId?: string;
  readonly reopenCount: number;
};

/** C1: every consultation is recorded; there is no eligibility gate before this state. */
export const initialCaseState = (): CaseState => ({ status: 'intake', planVersion: 0, reopenCount: 0 });
