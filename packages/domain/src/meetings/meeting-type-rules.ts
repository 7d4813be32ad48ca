// A municipality's own meeting types (SPEC §4 last paragraph, seed 003): each municipality names its
// layered meetings (土浦市 スクラムネット → ふれあい調整会議, 古河市 コアメンバー会議, 松本市 課長会議 …) and
// maps each to one legal kind. These rules decide what a definition may say and how it may change.
import { ZMeetingKind } from '../access/types.js';
import type { MeetingKind } from '../access/types.js';
import { checkPublicText } from '../community/public-text.js';
import { domainError, fail } from '../errors.js';
import type { DomainError } from '../errors.js';
import { ok, err } from '../result.js';
import type { Result } from '../result.js';
import { meetingKinds } from './kinds.js';
import { meetingTypePresets } from './meeting-types.js';
import type { MeetingType } from './meeting-types.js';

export const MEETING_TYPE_NAME_MAX = 60;
export const MEETING_TYPE_FREQUENCY_MAX = 30;
export const MEETING_TYPE_NOTE_MAX = 500;

export type MeetingTypeField = 'name' | 'kind' | 'frequency' | 'note';
export type MeetingTypeProblem = 'required' | 'too_long' | 'single_line' | 'invalid_text' | 'duplicate' | 'unknown_kind';
export type MeetingTypeFieldError = { readonly problem: MeetingTypeProblem; readonly message: string };
export type MeetingTypeFieldErrors = Partial<Record<MeetingTypeField, MeetingTypeFieldError>>;

/** A refusal naming each field that is wrong, with the Japanese sentence to show beside it. */
export type MeetingTypeValidationError = DomainError & { readonly code: 'VALIDATION'; readonly details: { readonly fields: MeetingTypeFieldErrors } };

export type MeetingTypeDraft = {
  readonly name: string;
  readonly kind: string;
  readonly frequency?: string | null | undefined;
  readonly note?: string | null | undefined;
};

export type ValidMeetingTypeDraft = {
  readonly name: string;
  readonly kind: MeetingKind;
  readonly frequency: string | null;
  readonly note: string | null;
};

/** Another type of the same municipality, to compare names with. */
export type ExistingMeetingTypeName = { readonly id: string; readonly name: string };

const fieldLabels: Readonly<Record<MeetingTypeField, string>> = { name: '会議の名前', kind: '法的な位置づけ', frequency: '開催の頻度', note: 'メモ' };
const kindChoices = Object.values(meetingKinds)
  .map((k) => k.label)
  .join('／');

const problemMessage = (field: MeetingTypeField, problem: MeetingTypeProblem, max = 0): string => {
  switch (problem) {
    case 'required':
      return `${fieldLabels[field]}を入力してください。`;
    case 'too_long':
      return `${fieldLabels[field]}は${max}文字以内で入力してください。`;
    case 'single_line':
      return `${fieldLabels[field]}は改行を含めずに1行で入力してください。`;
    case 'invalid_text':
      return `${fieldLabels[field]}に使えない特殊な文字が含まれています。取り除いてください。`;
    case 'duplicate':
      return '同じ名前の会議の種類がすでにあります（全角・半角や空白の違いは同じ名前とみなします）。別の名前にしてください。';
    case 'unknown_kind':
      return `${fieldLabels.kind}を選んでください（${kindChoices}）。`;
  }
};

/**
 * The key two names are compared by: NFKC folds full- and half-width forms (ｽｸﾗﾑ / スクラム, Ａ / A) and
 * whitespace is dropped (「課長 会議」 = 「課長会議」), so staff cannot create two types a reader cannot tell apart.
 */
export const meetingTypeNameKey = (name: string): string => name.normalize('NFKC').replace(/\s+/gu, '');

const lengthOf = (s: string): number => [...s].length;

/** Optional free text: empty after trimming means absent. */
function checkOptional(field: 'frequency' | 'note', value: string | null | undefined, max: number, singleLine: boolean): { value: string | null; error?: MeetingTypeFieldError } {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return { value: null };
  if (lengthOf(trimmed) > max) return { value: null, error: { problem: 'too_long', message: problemMessage(field, 'too_long', max) } };
  if (singleLine && /[\r\n]/u.test(trimmed)) return { value: null, error: { problem: 'single_line', message: problemMessage(field, 'single_line') } };
  if (!checkPublicText(trimmed, { max }).ok) return { value: null, error: { problem: 'invalid_text', message: problemMessage(field, 'invalid_text') } };
  return { value: trimmed };
}

function checkName(name: string, existing: readonly ExistingMeetingTypeName[], selfId: string | undefined): MeetingTypeFieldError | null {
  const trimmed = name.trim();
  if (trimmed === '') return { problem: 'required', message: problemMessage('name', 'required') };
  if (lengthOf(trimmed) > MEETING_TYPE_NAME_MAX) return { problem: 'too_long', message: problemMessage('name', 'too_long', MEETING_TYPE_NAME_MAX) };
  if (/[\r\n]/u.test(trimmed)) return { problem: 'single_line', message: problemMessage('name', 'single_line') };
  if (!checkPublicText(trimmed, { max: MEETING_TYPE_NAME_MAX }).ok) return { problem: 'invalid_text', message: problemMessage('name', 'invalid_text') };
  const key = meetingTypeNameKey(trimmed);
  if (existing.some((t) => t.id !== selfId && meetingTypeNameKey(t.name) === key)) return { problem: 'duplicate', message: problemMessage('name', 'duplicate') };
  return null;
}

/**
 * Checks a definition against the municipality's other types (`existing`; pass `selfId` when editing so a
 * type does not collide with itself). Every wrong field is reported at once, each with its own message.
 */
export function validateMeetingTypeDraft(
  draft: MeetingTypeDraft,
  existing: readonly ExistingMeetingTypeName[],
  selfId?: string,
): Result<ValidMeetingTypeDraft, MeetingTypeValidationError> {
  const fields: MeetingTypeFieldErrors = {};
  const nameError = checkName(draft.name, existing, selfId);
  if (nameError) fields.name = nameError;
  // SPEC §4: each type maps to exactly one legal kind — 重層的支援会議 / 支援会議 / other (C4, C5, C9).
  const kind = ZMeetingKind.safeParse(draft.kind);
  if (!kind.success) fields.kind = { problem: draft.kind.trim() === '' ? 'required' : 'unknown_kind', message: problemMessage('kind', 'unknown_kind') };
  const frequency = checkOptional('frequency', draft.frequency, MEETING_TYPE_FREQUENCY_MAX, true);
  if (frequency.error) fields.frequency = frequency.error;
  const note = checkOptional('note', draft.note, MEETING_TYPE_NOTE_MAX, false);
  if (note.error) fields.note = note.error;
  if (!kind.success || Object.keys(fields).length > 0) {
    const error = domainError('VALIDATION', { fields }) as MeetingTypeValidationError;
    return err(error);
  }
  return ok({ name: draft.name.trim(), kind: kind.data, frequency: frequency.value, note: note.value });
}

/** What is known of a stored type when it is changed, deleted or chosen for a new meeting. */
// `kind` as stored (a string column); compared with a legal kind only.
export type MeetingTypeUsage = { readonly kind: string; readonly meetingCount: number; readonly retiredAt?: Date | null };

/**
 * Name, frequency and note may always change. The legal kind may change only while no meeting has been set
 * with the type: a meeting copies the kind when it is set (Meeting.kind), and the kind decides who may see its
 * material (C4 consent vs C5 undertaking), so relabelling a type that is in use would make the records disagree.
 */
export function checkMeetingTypeChange(current: MeetingTypeUsage, nextKind: MeetingKind): Result<true> {
  if (current.kind === nextKind || current.meetingCount === 0) return ok(true);
  return fail(
    'MEETING_TYPE_IN_USE',
    { field: 'kind', meetingCount: current.meetingCount },
    `この会議の種類で設定された会議が${current.meetingCount}件あるため、法的な位置づけは変更できません。位置づけが違う会議体は、新しい会議の種類として追加してください。`,
  );
}

/** A type with meetings keeps them pointing at it: it cannot be deleted, only retired. */
export function canDeleteMeetingType(current: MeetingTypeUsage): Result<true> {
  if (current.meetingCount === 0) return ok(true);
  return fail(
    'MEETING_TYPE_IN_USE',
    { meetingCount: current.meetingCount },
    `この会議の種類で設定された会議が${current.meetingCount}件あるため、削除できません。新しい会議に使わないようにするには「使用を終了」してください。`,
  );
}

/** A retired type is no longer offered for new meetings; the meetings already set keep it. */
export function canSetMeetingWithType(type: MeetingTypeUsage & { readonly name: string }): Result<true> {
  if (type.retiredAt === null || type.retiredAt === undefined) return ok(true);
  return fail('MEETING_TYPE_RETIRED', { name: type.name }, `会議の種類「${type.name}」は使用を終了しています。新しい会議には、使用中の会議の種類を選んでください。`);
}

/** Presets already present are matched by key; a preset whose name the municipality already uses is skipped. */
export type PresetPlan = { readonly toAdd: readonly MeetingType[]; readonly alreadyPresent: readonly MeetingType[]; readonly nameTaken: readonly MeetingType[]; readonly hasPresets: boolean };

/** Seed 003's presets for one municipality that it does not have yet (none for a municipality the seed does not describe). */
export function presetsToAdd(
  municipalityCode: string,
  existing: readonly { readonly key: string; readonly name: string }[],
  presets: readonly MeetingType[] = meetingTypePresets,
): PresetPlan {
  const own = presets.filter((p) => p.municipalityCode === municipalityCode);
  const keys = new Set(existing.map((t) => t.key));
  const names = new Set(existing.map((t) => meetingTypeNameKey(t.name)));
  const toAdd: MeetingType[] = [];
  const alreadyPresent: MeetingType[] = [];
  const nameTaken: MeetingType[] = [];
  for (const p of own) {
    if (keys.has(p.id)) alreadyPresent.push(p);
    else if (names.has(meetingTypeNameKey(p.name))) nameTaken.push(p);
    else {
      toAdd.push(p);
      names.add(meetingTypeNameKey(p.name));
    }
  }
  return { toAdd, alreadyPresent, nameTaken, hasPresets: own.length > 0 };
}
