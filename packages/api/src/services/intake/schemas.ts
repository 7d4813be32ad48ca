import { z } from 'zod';
import { ZConsentMethod, ZConsentSignerKind, ZConsulterType, ZIntakeChannel, ZIssueId, ZPurpose, ZTriageOutcome, ZWithdrawalMethod } from '@kasane/domain';
import { instant, isoDate, safeText } from '../../validation/zod-helpers.js';

const uuid = (what: string) => z.uuid(`${what}の形式が正しくありません。`);
const date = isoDate('日付は YYYY-MM-DD の形式で入力してください。');
const katakanaName = z
  .string()
  .trim()
  .max(60, 'フリガナは60文字以内で入力してください。')
  .regex(/^[\p{Script=Katakana}\p{Script=Hiragana}ー･・ｰ\s]*$/u, 'フリガナはカタカナ（またはひらがな）で入力してください。');

export const ZNewPerson = z.object({
  familyName: safeText(60, { required: '姓を入力してください。', tooLong: '姓は60文字以内で入力してください。' }),
  givenName: safeText(60, { tooLong: '名は60文字以内で入力してください。' }).default(''),
  familyNameKana: katakanaName.min(1, 'セイ（フリガナ）を入力してください。'),
  givenNameKana: katakanaName.default(''),
  birthDate: date.optional(),
  relationship: safeText(30, { tooLong: '続柄は30文字以内で入力してください。' }).optional(),
  phone: z.string().trim().max(30, '電話番号は30文字以内で入力してください。').optional(),
});
export type TNewPerson = z.infer<typeof ZNewPerson>;

export const ZIntakePerson = z.union([z.object({ existingPersonId: uuid('人物ID') }), ZNewPerson]);

export const ZRecordIntake = z
  .object({
    channel: ZIntakeChannel,
    consulterType: ZConsulterType,
    /** who consulted, when not the person (e.g. 「長女」「○○病院 MSW」) — free text */
    consulterNote: safeText(200).optional(),
    receivedAt: instant().optional(),
    household: z.union([z.object({ existingHouseholdId: uuid('世帯ID') }), z.object({ address: safeText(200, { required: '住所を入力してください。' }), postalCode: z.string().trim().max(10).optional() })]).optional(),
    persons: z.array(ZIntakePerson).max(20, '世帯員は20人までです。').default([]),
    /** index in `persons` of the person the consultation is about */
    primaryIndex: z.number().int().min(0).default(0),
    issueIds: z.array(ZIssueId).max(30).default([]),
    summary: safeText(4000, { required: '相談の概要を入力してください。', tooLong: '概要は4000文字以内で入力してください。' }),
    triage: ZTriageOutcome.optional(),
  })
  .refine((v) => v.persons.length === 0 || v.primaryIndex < v.persons.length, { message: '相談の対象者を選んでください。', path: ['primaryIndex'] })
  .refine((v) => v.persons.length === 0 || v.persons.every((p) => 'existingPersonId' in p) || v.household !== undefined, { message: '新しい方を登録するときは世帯（住所）も入力してください。', path: ['household'] });
export type TRecordIntake = z.infer<typeof ZRecordIntake>;

const page = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
};

// A duplicate search needs a name or a reading of at least two letters (after NFKC; `%` or `_` are
// no letters): an address or a birth date alone would list a whole 町 (issue #8). They only rank.
export const DUPLICATE_SEARCH_MIN_LETTERS = 2;
const letters = (s: string | undefined) => (s ? (s.normalize('NFKC').match(/\p{L}/gu) ?? []).length : 0);
export const ZDuplicateSearch = z
  .object({
    name: z.string().trim().max(60).optional(),
    kana: z.string().trim().max(60).optional(),
    birthDate: date.optional(),
    address: z.string().trim().max(200).optional(),
  })
  .refine((v) => letters(v.name) >= DUPLICATE_SEARCH_MIN_LETTERS || letters(v.kana) >= DUPLICATE_SEARCH_MIN_LETTERS, {
    message: '氏名またはフリガナを2文字以上入力してください（住所や生年月日だけでは検索できません）。',
  });
export type TDuplicateSearch = z.infer<typeof ZDuplicateSearch>;

export const ZMergePersons = z.object({
  survivorId: uuid('残す記録のID'),
  mergedId: uuid('統合する記録のID'),
  reason: safeText(500, { required: '統合の理由を入力してください。' }),
});
export type TMergePersons = z.infer<typeof ZMergePersons>;

export const ZRecordConsent = z.object({
  personId: uuid('人物ID'),
  organisationIds: z.array(uuid('機関ID')).min(1, '共有先の機関を一つ以上選んでください。'),
  purposes: z.array(ZPurpose).min(1, '利用目的を一つ以上選んでください。'),
  meetingIds: z.array(uuid('会議ID')).default([]),
  method: ZConsentMethod,
  obtainedByUserId: uuid('同意を得た職員のID').optional(),
  obtainedAt: instant({ message: '同意を得た日時を入力してください。' }),
  expiresAt: instant().optional(),
  guardian: z
    .object({
      name: z.string().trim().min(1, '保護者の氏名を入力してください。').max(60),
      relationship: z.string().trim().min(1, '続柄を入力してください。').max(30),
      childView: z.string().trim().max(1000).optional(),
    })
    .optional(),
  // 本人・代理人・成年後見人 (issue #10 item 8); checkConsentSigner requires the name and relation of anyone but the person.
  signer: z
    .object({
      kind: ZConsentSignerKind,
      name: z.string().trim().max(60, '氏名は60文字以内で入力してください。').optional(),
      relation: z.string().trim().max(30, '関係は30文字以内で入力してください。').optional(),
    })
    .optional(),
  note: safeText(1000).optional(),
});
export type TRecordConsent = z.infer<typeof ZRecordConsent>;

export const ZWithdrawConsent = z.object({
  consentId: uuid('同意ID'),
  /** the reason the person gave */
  note: z.string().trim().max(1000).optional(),
  /** the day the person withdrew; the effect runs from the moment it is recorded (C6) */
  withdrawnOn: isoDate('撤回日').optional(),
  method: ZWithdrawalMethod.optional(),
});
export type TWithdrawConsent = z.infer<typeof ZWithdrawConsent>;

export const ZListFilter = z.object({
  q: z.string().trim().max(60).optional(),
  status: z.string().max(40).optional(),
  organisationId: uuid('機関ID').optional(),
  issueId: ZIssueId.optional(),
  field: z.enum(['elderly', 'disability', 'child', 'poverty', 'new']).optional(),
  coordinatorUserId: uuid('担当者ID').optional(),
  ...page,
});
export type TListFilter = z.infer<typeof ZListFilter>;

export const ZProtectionReferral = z.object({
  householdId: uuid('世帯ID'),
  personId: uuid('人物ID').optional(),
  officeOrganisationId: uuid('保護の実施機関のID').optional(),
  urgent: z.boolean(),
  reason: safeText(2000, { required: 'つなぐ理由を入力してください。' }),
});
export type TProtectionReferral = z.infer<typeof ZProtectionReferral>;

export const ZSetPublicAssistance = z.object({
  householdId: uuid('世帯ID'),
  onPublicAssistance: z.boolean(),
  officeOrganisationId: uuid('保護の実施機関のID').optional(),
});
