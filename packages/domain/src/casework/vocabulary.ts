// The case record's vocabulary (issue #10, FORMS.md 支援経過記録シート): methods of a progress entry,
// 続柄 between household members, the 担当者 roles — ids in English, labels as the forms print them.
import { z } from 'zod';
import { formatWareki } from '../calendar/fiscal-year.js';
import { ageAt } from '../calendar/tokyo-date.js';
import type { Instant } from '../calendar/tokyo-date.js';

export const progressMethods = ['visit_office', 'phone', 'home_visit', 'accompany', 'meeting', 'email', 'other'] as const;
export const ZProgressMethod = z.enum(progressMethods, { error: '方法を選んでください。' });
export type ProgressMethod = (typeof progressMethods)[number];
export const progressMethodLabels: Readonly<Record<ProgressMethod, string>> = {
  visit_office: '来所',
  phone: '電話',
  home_visit: '訪問',
  accompany: '同行',
  meeting: '会議',
  email: 'メール',
  other: 'その他',
};

/** What the related person is to the person: 親・子・配偶者・兄弟姉妹・祖父母・孫・その他. */
export const relationKinds = ['parent', 'child', 'spouse', 'sibling', 'grandparent', 'grandchild', 'other'] as const;
export const ZRelationKind = z.enum(relationKinds, { error: '続柄を選んでください。' });
export type RelationKind = (typeof relationKinds)[number];
export const relationKindLabels: Readonly<Record<RelationKind, string>> = {
  parent: '親',
  child: '子',
  spouse: '配偶者',
  sibling: '兄弟姉妹',
  grandparent: '祖父母',
  grandchild: '孫',
  other: 'その他',
};

const inverse: Readonly<Record<RelationKind, RelationKind>> = {
  parent: 'child',
  child: 'parent',
  spouse: 'spouse',
  sibling: 'sibling',
  grandparent: 'grandchild',
  grandchild: 'grandparent',
  other: 'other',
};

/** If B is A's 子, A is B's 親: a relation is kept both ways so each member's view reads from that member. */
export const inverseRelation = (kind: RelationKind): RelationKind => inverse[kind];

export const caseAssignmentRoles = ['main', 'sub'] as const;
export const ZCaseAssignmentRole = z.enum(caseAssignmentRoles);
export type CaseAssignmentRole = (typeof caseAssignmentRoles)[number];
export const caseAssignmentRoleLabels: Readonly<Record<CaseAssignmentRole, string>> = { main: '担当者', sub: '副担当' };

export const householdChangeKinds = ['add', 'separate', 'move', 'merge'] as const;
export type HouseholdChangeKind = (typeof householdChangeKinds)[number];
export const householdChangeLabels: Readonly<Record<HouseholdChangeKind, string>> = {
  add: '世帯員の追加',
  separate: '世帯の分離',
  move: '世帯員の移動',
  merge: '世帯の統合',
};

/**
 * 年代 for telling households apart in a search (「80代」) without the birth date: under 10 is 「10歳未満」,
 * 100 and over 「100歳以上」; no birth date, no band.
 */
export function ageBand(birthDate: Instant | null | undefined, now: Instant): string | null {
  if (!birthDate) return null;
  const age = ageAt(birthDate, now);
  if (age < 10) return '10歳未満';
  if (age >= 100) return '100歳以上';
  return `${Math.floor(age / 10) * 10}代`;
}

/** イニシャル from the reading (「ミホン イチロウ」→「ミ・イ」): enough to tell two rows apart, not to identify. */
export function kanaInitials(familyNameKana: string, givenNameKana: string): string {
  return [familyNameKana, givenNameKana].map((k) => [...k.trim()][0] ?? '').filter((c) => c !== '').join('・');
}

/**
 * 支援経過記録 runs from the first contact (FORMS.md: the sheet starts at 受付), unlike the plan-stage
 * notes: any open case takes an entry; a closed one is reopened first.
 */
export const progressRecordRefusal = (status: string): string | null =>
  status === 'closed' ? '終結したケースには支援経過を記録できません。記録するには、先にケースを再開してください。' : null;

const timeFormat = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** 実施日時 as the forms print it: 令和8年11月20日 10:00 (Japan time). */
export const formatWarekiDateTime = (at: Date): string => `${formatWareki(at)} ${timeFormat.format(at)}`;
