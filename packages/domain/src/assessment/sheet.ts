// インテーク・アセスメントシート (FORMS.md; MHLW 自治体事務マニュアル 参考資料 and the 自立相談支援機関 使用標準様式):
// 主訴, 本人の意向, the situation field by field, 課題の整理 per household member, 強み, risk and urgency,
// and the items reported to the national government (国への報告事項, printed in bold frames).
import { z } from 'zod';
import { fail } from '../errors.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import { ZIssueId } from '../issues/taxonomy.js';
import { caseStatusLabels } from '../case-lifecycle/states.js';
import type { CaseStatus } from '../case-lifecycle/states.js';

export const assessmentFields = ['health', 'care', 'disability', 'childrearing', 'finance', 'work', 'housing', 'relationships', 'participation'] as const;
export const ZAssessmentField = z.enum(assessmentFields, { error: '分野を選んでください。' });
export type AssessmentField = (typeof assessmentFields)[number];
export const assessmentFieldLabels: Readonly<Record<AssessmentField, string>> = {
  health: '健康',
  care: '介護',
  disability: '障害',
  childrearing: '子育て・教育',
  finance: '家計・債務',
  work: '就労',
  housing: '住まい',
  relationships: '家族・人間関係',
  participation: '社会参加・地域',
};

/** 相談受付・申込票 B: 仕事 — a national reporting item. */
export const employmentStatuses = ['regular', 'non_regular', 'self_employed', 'pension', 'unemployed', 'student', 'none', 'other'] as const;
export const ZEmploymentStatus = z.enum(employmentStatuses, { error: '就労状況を選んでください。' });
export type EmploymentStatus = (typeof employmentStatuses)[number];
export const employmentStatusLabels: Readonly<Record<EmploymentStatus, string>> = {
  regular: '正社員・公務員',
  non_regular: '非正規',
  self_employed: '自営',
  pension: '年金生活',
  unemployed: '失業・休職中',
  student: '学生',
  none: '無職',
  other: 'その他',
};

/** 相談受付・申込票 B: 住居 — a national reporting item. */
export const housingKinds = ['owned', 'rented', 'public', 'company', 'homeless', 'facility', 'other'] as const;
export const ZHousingKind = z.enum(housingKinds, { error: '住居の種類を選んでください。' });
export type HousingKind = (typeof housingKinds)[number];
export const housingKindLabels: Readonly<Record<HousingKind, string>> = {
  owned: '持家',
  rented: '借家',
  public: '公営住宅',
  company: '社宅・寮',
  homeless: '野宿',
  facility: '施設',
  other: 'その他',
};

export const urgencies = ['low', 'medium', 'high'] as const;
export const ZUrgency = z.enum(urgencies, { error: '緊急度を選んでください。' });
export type Urgency = (typeof urgencies)[number];
export const urgencyLabels: Readonly<Record<Urgency, string>> = { low: '低', medium: '中', high: '高（速やかな対応が必要）' };

export const sexes = ['male', 'female', 'other'] as const;
export const ZSex = z.enum(sexes, { error: '性別を選んでください。' });
export type Sex = (typeof sexes)[number];
export const sexLabels: Readonly<Record<Sex, string>> = { male: '男性', female: '女性', other: 'その他' };

const text = (label: string, max: number) => z.string().trim().max(max, `${label}は${max}文字以内で入力してください。`);
const required = (label: string, max: number) => text(label, max).min(1, `${label}を入力してください。`);

/** The sheet's items, each marked whether it is reported to the national government (bold frame on paper). */
export const assessmentItems = [
  { key: 'chiefComplaint', label: '主訴', reported: false },
  { key: 'wishes', label: '本人の意向', reported: false },
  { key: 'situations', label: '分野別の状況', reported: false },
  { key: 'issueIds', label: '抱える課題', reported: true },
  { key: 'employment', label: '就労状況', reported: true },
  { key: 'housing', label: '住居', reported: true },
  { key: 'members', label: '世帯員・家族関係', reported: false },
  { key: 'memberIssues', label: '課題の整理（世帯員ごと）', reported: false },
  { key: 'strengths', label: '強み', reported: false },
  { key: 'urgency', label: 'リスク・緊急度', reported: false },
] as const;
export type AssessmentItemKey = (typeof assessmentItems)[number]['key'];
export const isReportedItem = (key: AssessmentItemKey): boolean => assessmentItems.some((i) => i.key === key && i.reported);

/** A household member as the genogram needs them: 性別 and 死亡 are recorded on the sheet, not on the person. */
export const ZAssessmentMember = z.object({ personId: z.string().min(1), sex: ZSex.nullable(), deceased: z.boolean() });
/** A relative who is not a recorded person (the late father, a daughter living elsewhere): shown, never identified. */
export const ZAssessmentRelative = z.object({
  key: z.string().trim().min(1).max(40),
  label: required('家族の呼び方', 40),
  sex: ZSex.nullable(),
  deceased: z.boolean(),
  relationTo: z.string().min(1),
  kind: z.enum(['parent', 'child', 'spouse', 'sibling', 'grandparent', 'grandchild', 'other']),
});

export const ZAssessmentSheet = z.object({
  chiefComplaint: required('主訴', 2000),
  wishes: required('本人の意向', 2000),
  situations: z.array(z.object({ field: ZAssessmentField, situation: required('状況', 2000) })).max(assessmentFields.length),
  issueIds: z.array(ZIssueId).max(30),
  employment: ZEmploymentStatus.nullable(),
  housing: ZHousingKind.nullable(),
  members: z.array(ZAssessmentMember).max(30),
  relatives: z.array(ZAssessmentRelative).max(20),
  memberIssues: z.array(z.object({ personId: z.string().min(1), field: ZAssessmentField, issue: required('課題', 1000) })).max(100),
  strengths: text('強み', 2000),
  urgency: ZUrgency,
  urgencyNote: text('リスク・緊急度の所見', 1000),
});
export type AssessmentSheet = z.infer<typeof ZAssessmentSheet>;

/**
 * What the shape cannot say: each field once, 課題の整理 and members only for members of the case's household,
 * a relative attached to someone on the sheet.
 */
export function checkAssessmentSheet(sheet: AssessmentSheet, ctx: { readonly householdPersonIds: readonly string[] }): Result<AssessmentSheet> {
  const fieldsSeen = new Set<string>();
  for (const s of sheet.situations) {
    if (fieldsSeen.has(s.field)) return fail('VALIDATION', { field: 'situations', value: s.field }, `「${assessmentFieldLabels[s.field]}」の状況が重複しています。1つにまとめてください。`);
    fieldsSeen.add(s.field);
  }
  const household = new Set(ctx.householdPersonIds);
  const stranger = [...sheet.members.map((m) => m.personId), ...sheet.memberIssues.map((m) => m.personId)].find((p) => !household.has(p));
  if (stranger !== undefined) return fail('VALIDATION', { field: 'memberIssues', personId: stranger }, 'この世帯の世帯員ではない人が含まれています。');
  const membersSeen = new Set<string>();
  for (const m of sheet.members) {
    if (membersSeen.has(m.personId)) return fail('VALIDATION', { field: 'members', personId: m.personId }, '同じ世帯員が重複しています。');
    membersSeen.add(m.personId);
  }
  const keys = new Set<string>();
  for (const r of sheet.relatives) {
    if (keys.has(r.key) || household.has(r.key)) return fail('VALIDATION', { field: 'relatives', key: r.key }, '家族の識別が重複しています。');
    keys.add(r.key);
  }
  const dangling = sheet.relatives.find((r) => !household.has(r.relationTo) && !keys.has(r.relationTo));
  if (dangling !== undefined) return fail('VALIDATION', { field: 'relatives', key: dangling.key }, `「${dangling.label}」が誰の家族かを選んでください。`);
  return ok(sheet);
}

// From 支援決定 to closure: the situation changes and the sheet is revised, also after a plan is drafted.
const assessableStatuses: readonly CaseStatus[] = ['support_decided', 'assessment', 'plan_drafted', 'plan_approved', 'monitoring', 'review', 'handed_over'];
export const canRecordAssessment = (status: CaseStatus): Result<CaseStatus> =>
  assessableStatuses.includes(status)
    ? ok(status)
    : fail('INVALID_TRANSITION', { status }, `「${caseStatusLabels[status]}」の段階ではアセスメントを記録できません。支援決定の後、終結までの間に記録します。`);

export type ReportedFact = { readonly item: 'issueIds' | 'employment' | 'housing'; readonly key: string };

/**
 * The national reporting items of one case, from its latest version only: a case counts once per key however often
 * its sheet was revised, so 実績報告 counts cases, not versions.
 */
export function reportedFacts(versions: readonly { readonly version: number; readonly sheet: AssessmentSheet }[]): ReportedFact[] {
  const latest = versions.reduce<(typeof versions)[number] | undefined>((a, v) => (a === undefined || v.version > a.version ? v : a), undefined);
  if (latest === undefined) return [];
  const s = latest.sheet;
  return [
    ...[...new Set(s.issueIds)].map((key) => ({ item: 'issueIds' as const, key })),
    ...(s.employment ? [{ item: 'employment' as const, key: s.employment }] : []),
    ...(s.housing ? [{ item: 'housing' as const, key: s.housing }] : []),
  ];
}
