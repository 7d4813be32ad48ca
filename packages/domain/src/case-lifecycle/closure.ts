import { z } from 'zod';
import { toIsoDateTokyo } from '../calendar/tokyo-date.js';
import type { Instant } from '../calendar/tokyo-date.js';
import { fail } from '../errors.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';

// 評価シート (FORMS.md): the reason for ending, a choice and the worker's words.
export const closureReasons = ['goals_met', 'stable_with_existing_services', 'handed_to_other_body', 'moved_away', 'deceased', 'person_declined', 'lost_contact', 'other'] as const;
export const ZClosureReason = z.enum(closureReasons);
export type ClosureReason = z.infer<typeof ZClosureReason>;
export const closureReasonLabels: Readonly<Record<ClosureReason, string>> = {
  goals_met: '目標の達成',
  stable_with_existing_services: '既存の支援で安定',
  handed_to_other_body: '他の機関・制度へ移行',
  moved_away: '転出',
  deceased: '死亡',
  person_declined: '本人の意思による終了',
  lost_contact: '連絡が取れなくなった',
  other: 'その他',
};

export type ClosureDraft = { readonly reason: ClosureReason; readonly reasonText: string; readonly closedOn: string };

/** 終結 needs its reason (choice and words) and a day no later than today. */
export const checkClosure = (draft: ClosureDraft, now: Instant): Result<ClosureDraft> => {
  if (draft.reasonText.trim() === '') return fail('VALIDATION', { field: 'reasonText' }, '終結理由を具体的に記録してください。');
  if (draft.closedOn > toIsoDateTokyo(now)) return fail('VALIDATION', { field: 'closedOn' }, '終結日に未来の日付は指定できません。');
  return ok(draft);
};

/** 支援決定 is dated on the day the municipality decided, never in the future. */
export const checkDecisionDay = (day: string, now: Instant, field = 'decidedOn'): Result<string> =>
  day > toIsoDateTokyo(now) ? fail('VALIDATION', { field }, '未来の日付は指定できません。') : ok(day);
