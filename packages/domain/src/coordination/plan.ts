import { z } from 'zod';
import { toIsoDateTokyo } from '../calendar/tokyo-date.js';
import type { Instant } from '../calendar/tokyo-date.js';
import { isoDateSchema } from '../calendar/date-range.js';
import { fail } from '../errors.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import type { Role } from '../roles.js';
import { caseStatusLabels } from '../case-lifecycle/states.js';
import type { CaseStatus } from '../case-lifecycle/states.js';

const isoDate = isoDateSchema('日付は YYYY-MM-DD の形で入力してください。');

// SPEC §3.4: a plan states goals, each organisation's role and the direction of support, and a review date.
export const ZPlanRole = z.object({
  organisationId: z.string().min(1, '機関を選んでください。'),
  role: z.string().trim().min(1, '役割を入力してください。').max(500, '役割は500文字以内で入力してください。'),
});
export type PlanRole = z.infer<typeof ZPlanRole>;

export const ZSupportPlanDraft = z.object({
  goals: z
    .array(z.object({ text: z.string().trim().min(1, '目標を入力してください。').max(500, '目標は500文字以内で入力してください。') }))
    .min(1, '目標を1つ以上入力してください。')
    .max(10, '目標は10件までです。'),
  roles: z.array(ZPlanRole).min(1, '役割分担を1件以上入力してください。').max(20, '役割分担は20件までです。'),
  direction: z.string().trim().min(1, '支援の方向性を入力してください。').max(2000, '支援の方向性は2000文字以内で入力してください。'),
  reviewDate: isoDate,
});
export type SupportPlanDraft = z.infer<typeof ZSupportPlanDraft>;

export type PlanContext = {
  readonly now: Instant;
  /** C10: the household's 保護の実施機関, when it receives 生活保護. */
  readonly publicAssistanceOfficeId?: string;
  /** Organisations of the municipality: a role can go only to one of them. */
  readonly organisationIds: readonly string[];
};

/** Checks a plan against the rules that the shape alone cannot express. */
export const checkSupportPlan = (plan: SupportPlanDraft, ctx: PlanContext): Result<SupportPlanDraft> => {
  const unknown = plan.roles.find((r) => !ctx.organisationIds.includes(r.organisationId));
  if (unknown !== undefined) return fail('VALIDATION', { field: 'roles', organisationId: unknown.organisationId }, '役割分担に、この市町村の機関ではないものが含まれています。');
  const seen = new Set<string>();
  for (const r of plan.roles) {
    if (seen.has(r.organisationId)) return fail('VALIDATION', { field: 'roles', organisationId: r.organisationId }, '同じ機関の役割が重複しています。1つにまとめてください。');
    seen.add(r.organisationId);
  }
  // A review date in the past would make the plan overdue the day it is written.
  if (plan.reviewDate < toIsoDateTokyo(ctx.now)) return fail('VALIDATION', { field: 'reviewDate' }, '見直し予定日は今日以降の日付にしてください。');
  // C10 (seed 004 生活保護 notice): for a household on public assistance the 保護の実施機関 stays central.
  if (ctx.publicAssistanceOfficeId !== undefined && !seen.has(ctx.publicAssistanceOfficeId)) {
    return fail(
      'VALIDATION',
      { field: 'roles', publicAssistanceOfficeId: ctx.publicAssistanceOfficeId },
      '生活保護を受けている世帯です。保護の実施機関（福祉事務所）の役割を支援プランに含めてください。',
    );
  }
  return ok(plan);
};

/**
 * 支援決定 is the municipality's own act (SPEC §3.3): a coordinator or administrator of a municipal department,
 * even where 多機関協働 itself is entrusted (委託) to another organisation.
 */
export const canDecideSupport = (actor: { readonly role: Role; readonly organisationKind: string }): Result<true> =>
  (actor.role === 'coordinator' || actor.role === 'municipal_admin') && actor.organisationKind === 'municipal_department'
    ? ok(true)
    : fail('ROLE_FORBIDDEN', { role: actor.role }, '支援決定は、市町村（多機関協働の担当課）の担当者が行います。');

// C4: the stages that follow the municipality's 支援決定 (a withdrawal of consent or a reopening leaves them).
const decidedStatuses: readonly CaseStatus[] = ['support_decided', 'assessment', 'plan_drafted', 'plan_approved', 'monitoring', 'review', 'handed_over', 'closure_evaluated'];
export const isSupportDecided = (status: CaseStatus): boolean => decidedStatuses.includes(status);

// SPEC §3.5: progress is recorded once the municipality has taken the case on, until it is closed.
export const canRecordProgress = (status: CaseStatus): Result<CaseStatus> =>
  decidedStatuses.includes(status)
    ? ok(status)
    : fail('INVALID_TRANSITION', { status }, `「${caseStatusLabels[status]}」の段階では支援経過を記録できません。支援決定の後、終結までの間に記録します。`);
