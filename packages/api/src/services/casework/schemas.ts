import { z } from 'zod';
import { ZCaseAssignmentRole, ZProgressMethod, ZRelationKind } from '@kasane/domain';
import { instant, isoDate, safeText } from '../../validation/zod-helpers.js';
import { ZNewPerson } from '../intake/schemas.js';

const uuid = (what: string) => z.uuid(`${what}の形式が正しくありません。`);

/** One 支援経過記録 entry as FORMS.md's 支援経過記録シート has it. */
export const ZProgressContent = z.object({
  /** 実施日時: an instant (the screen sends the Japan-time date and time it was given) */
  occurredAt: instant({ coerce: true, message: '実施日時を入力してください。' }),
  method: ZProgressMethod,
  counterpart: safeText(100, { required: '相手を入力してください。', tooLong: '相手は100文字以内で入力してください。' }),
  actedBy: safeText(100, { required: '対応者を入力してください。', tooLong: '対応者は100文字以内で入力してください。' }),
  content: safeText(4000, { required: '内容を入力してください。', tooLong: '内容は4000文字以内で入力してください。' }),
  nextStep: safeText(1000, { tooLong: '次回予定は1000文字以内で入力してください。' }).optional(),
  nextDate: isoDate('次回の日付は YYYY-MM-DD の形式で入力してください。').optional(),
});
export type TProgressContent = z.infer<typeof ZProgressContent>;

export const ZAddProgressEntry = ZProgressContent.extend({ caseId: uuid('ケースID') });
export type TAddProgressEntry = z.infer<typeof ZAddProgressEntry>;

export const ZCorrectProgressEntry = ZProgressContent.extend({
  recordId: uuid('記録ID'),
  expectedVersion: z.number().int().min(1),
  reason: safeText(500, { required: '訂正の理由を入力してください。', tooLong: '訂正の理由は500文字以内で入力してください。' }),
});
export type TCorrectProgressEntry = z.infer<typeof ZCorrectProgressEntry>;

export const ZAssignWorker = z.object({
  caseId: uuid('ケースID'),
  role: ZCaseAssignmentRole,
  userId: uuid('職員ID'),
  reason: safeText(500, { tooLong: '理由は500文字以内で入力してください。' }).optional(),
});
export type TAssignWorker = z.infer<typeof ZAssignWorker>;

export const timelineKinds = ['consultation', 'outreach', 'meeting', 'plan', 'referral', 'progress', 'case'] as const;
export type TimelineKind = (typeof timelineKinds)[number];
export const ZTimelineKinds = z.array(z.enum(timelineKinds)).max(timelineKinds.length).optional();

const reason = safeText(500, { tooLong: '理由は500文字以内で入力してください。' }).optional();

export const ZAddMember = z.object({
  householdId: uuid('世帯ID'),
  person: z.union([z.object({ existingPersonId: uuid('人物ID') }), ZNewPerson]),
  relation: z.object({ toPersonId: uuid('人物ID'), kind: ZRelationKind, livesTogether: z.boolean().default(true) }).optional(),
  reason,
});
export type TAddMember = z.infer<typeof ZAddMember>;

export const ZSeparateMembers = z.object({
  personIds: z.array(uuid('人物ID')).min(1, '分離する世帯員を選んでください。').max(20),
  address: safeText(200, { required: '新しい世帯の住所を入力してください。' }),
  postalCode: z.string().trim().max(10).optional(),
  reason,
});
export type TSeparateMembers = z.infer<typeof ZSeparateMembers>;

export const ZMoveMembers = z.object({ personIds: z.array(uuid('人物ID')).min(1, '移動する世帯員を選んでください。').max(20), toHouseholdId: uuid('世帯ID'), reason });
export type TMoveMembers = z.infer<typeof ZMoveMembers>;

export const ZMergeHouseholds = z.object({
  survivorId: uuid('世帯ID'),
  mergedId: uuid('世帯ID'),
  reason: safeText(500, { required: '統合の理由を入力してください。', tooLong: '理由は500文字以内で入力してください。' }),
});
export type TMergeHouseholds = z.infer<typeof ZMergeHouseholds>;

export const ZSetRelation = z.object({ personId: uuid('人物ID'), relatedPersonId: uuid('人物ID'), kind: ZRelationKind, livesTogether: z.boolean() });
export type TSetRelation = z.infer<typeof ZSetRelation>;

export const ZSetPrimary = z.object({ householdId: uuid('世帯ID'), personId: uuid('人物ID') });
