import { describe, expect, it } from 'vitest';
import {
  MEETING_TYPE_NAME_MAX, canDeleteMeetingType, canSetMeetingWithType, checkMeetingTypeChange, meetingTypeNameKey, presetsToAdd, validateMeetingTypeDraft,
} from './meeting-type-rules.js';
import type { MeetingTypeFieldErrors } from './meeting-type-rules.js';

const existing = [
  { id: 't1', name: 'スクラムネット' },
  { id: 't2', name: '課長会議' },
];

const fieldsOf = (r: ReturnType<typeof validateMeetingTypeDraft>): MeetingTypeFieldErrors => (r.ok ? {} : r.error.details.fields);

describe('validateMeetingTypeDraft (SPEC §4, seed 003)', () => {
  it('accepts a definition and trims it; empty optional text is absent', () => {
    const r = validateMeetingTypeDraft({ name: '  E2E検討会 ', kind: 'shien', frequency: ' 月1回 ', note: '   ' }, existing);
    expect(r).toEqual({ ok: true, value: { name: 'E2E検討会', kind: 'shien', frequency: '月1回', note: null } });
    expect(validateMeetingTypeDraft({ name: '重層的支援会議', kind: 'jusoteki' }, []).ok).toBe(true);
  });

  it.each([
    ['empty name', { name: '  ', kind: 'other' }, 'name', 'required', '会議の名前を入力してください。'],
    ['too long a name', { name: 'あ'.repeat(MEETING_TYPE_NAME_MAX + 1), kind: 'other' }, 'name', 'too_long', '会議の名前は60文字以内で入力してください。'],
    ['a name over two lines', { name: '課長\n会議A', kind: 'other' }, 'name', 'single_line', '会議の名前は改行を含めずに1行で入力してください。'],
    ['a bidi override in the name', { name: 'abc\u202Edef', kind: 'other' }, 'name', 'invalid_text', '会議の名前に使えない特殊な文字が含まれています。取り除いてください。'],
    ['no kind', { name: '新しい会議', kind: '' }, 'kind', 'required', '法的な位置づけを選んでください（重層的支援会議／支援会議／その他の会議（既存の会議体など））。'],
    ['an unknown kind', { name: '新しい会議', kind: 'statutory' }, 'kind', 'unknown_kind', '法的な位置づけを選んでください（重層的支援会議／支援会議／その他の会議（既存の会議体など））。'],
    ['too long a frequency', { name: '新しい会議', kind: 'other', frequency: 'あ'.repeat(31) }, 'frequency', 'too_long', '開催の頻度は30文字以内で入力してください。'],
    ['a frequency over two lines', { name: '新しい会議', kind: 'other', frequency: '月1回\n随時' }, 'frequency', 'single_line', '開催の頻度は改行を含めずに1行で入力してください。'],
    ['too long a note', { name: '新しい会議', kind: 'other', note: 'あ'.repeat(501) }, 'note', 'too_long', 'メモは500文字以内で入力してください。'],
    ['a control character in the note', { name: '新しい会議', kind: 'other', note: 'a\u0007b' }, 'note', 'invalid_text', 'メモに使えない特殊な文字が含まれています。取り除いてください。'],
  ] as const)('refuses %s with a message beside that field', (_what, draft, field, problem, message) => {
    const r = validateMeetingTypeDraft(draft, existing);
    expect(r.ok).toBe(false);
    expect(fieldsOf(r)[field]).toEqual({ problem, message });
    if (!r.ok) expect(r.error).toMatchObject({ code: 'VALIDATION', message: '入力内容に誤りがあります。' });
  });

  it('a note may span lines; 60 characters of name count code points, not UTF-16 units', () => {
    expect(validateMeetingTypeDraft({ name: '会議', kind: 'other', note: '一行目\n二行目' }, []).ok).toBe(true);
    expect(validateMeetingTypeDraft({ name: '𠮷'.repeat(MEETING_TYPE_NAME_MAX), kind: 'other' }, []).ok).toBe(true);
  });

  it('reports every wrong field at once', () => {
    const r = validateMeetingTypeDraft({ name: '', kind: 'x', frequency: 'あ'.repeat(40), note: 'あ'.repeat(600) }, []);
    expect(Object.keys(fieldsOf(r)).sort()).toEqual(['frequency', 'kind', 'name', 'note']);
  });

  it('refuses a name that differs from another only in width or spacing, but not the type’s own name', () => {
    for (const name of ['ｽｸﾗﾑﾈｯﾄ', 'スクラム ネット', ' スクラム　ネット ', '課長会議']) {
      expect(fieldsOf(validateMeetingTypeDraft({ name, kind: 'shien' }, existing)).name?.problem).toBe('duplicate');
    }
    expect(validateMeetingTypeDraft({ name: 'スクラム ネット', kind: 'shien' }, existing, 't1').ok).toBe(true);
    expect(validateMeetingTypeDraft({ name: 'スクラムネット2', kind: 'shien' }, existing).ok).toBe(true);
    expect(meetingTypeNameKey('Ｅ２Ｅ 検討会')).toBe('E2E検討会');
  });
});

describe('changing, deleting and using a type', () => {
  it('lets the kind change only while no meeting has been set with the type', () => {
    expect(checkMeetingTypeChange({ kind: 'other', meetingCount: 0 }, 'shien').ok).toBe(true);
    expect(checkMeetingTypeChange({ kind: 'other', meetingCount: 3 }, 'other').ok).toBe(true);
    const refused = checkMeetingTypeChange({ kind: 'other', meetingCount: 3 }, 'shien');
    expect(refused).toMatchObject({ ok: false, error: { code: 'MEETING_TYPE_IN_USE', details: { field: 'kind', meetingCount: 3 } } });
    expect(refused.ok ? '' : refused.error.message).toBe('この会議の種類で設定された会議が3件あるため、法的な位置づけは変更できません。位置づけが違う会議体は、新しい会議の種類として追加してください。');
  });

  it('deletes only an unused type; a used one is retired instead', () => {
    expect(canDeleteMeetingType({ kind: 'shien', meetingCount: 0 }).ok).toBe(true);
    const refused = canDeleteMeetingType({ kind: 'shien', meetingCount: 1 });
    expect(refused.ok ? '' : refused.error.message).toBe('この会議の種類で設定された会議が1件あるため、削除できません。新しい会議に使わないようにするには「使用を終了」してください。');
  });

  it('offers only active types for a new meeting', () => {
    expect(canSetMeetingWithType({ name: '支援会議', kind: 'shien', meetingCount: 0, retiredAt: null }).ok).toBe(true);
    expect(canSetMeetingWithType({ name: '支援会議', kind: 'shien', meetingCount: 0 }).ok).toBe(true);
    const refused = canSetMeetingWithType({ name: '旧スクラムネット', kind: 'shien', meetingCount: 2, retiredAt: new Date('2026-01-01') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'MEETING_TYPE_RETIRED', message: '会議の種類「旧スクラムネット」は使用を終了しています。新しい会議には、使用中の会議の種類を選んでください。' } });
  });
});

describe('presetsToAdd (seed 003)', () => {
  it('adds the municipality’s presets that are missing by key', () => {
    const plan = presetsToAdd('082031', [{ key: 'tsuchiura.scrumnet', name: 'スクラムネット' }, { key: 'tsuchiura.jusoteki', name: '重層的支援会議' }]);
    expect(plan.hasPresets).toBe(true);
    expect(plan.toAdd.map((p) => p.id)).toEqual(['tsuchiura.fureai']);
    expect(plan.alreadyPresent.map((p) => p.id)).toEqual(['tsuchiura.scrumnet']);
  });

  it('skips a preset whose name the municipality already uses under another key', () => {
    const plan = presetsToAdd('082031', [{ key: 'custom.1', name: 'ｽｸﾗﾑ ﾈｯﾄ' }]);
    expect(plan.nameTaken.map((p) => p.id)).toEqual(['tsuchiura.scrumnet']);
    expect(plan.toAdd.map((p) => p.id)).toEqual(['tsuchiura.fureai']);
  });

  it('adds nothing, and says there are none, for a municipality the seed does not describe', () => {
    expect(presetsToAdd('392049', [])).toEqual({ toAdd: [], alreadyPresent: [], nameTaken: [], hasPresets: false });
  });

  it('never adds two presets of the same name', () => {
    const presets = [
      { id: 'a.one', municipalityCode: '999999', name: '会議', kind: 'other' as const },
      { id: 'a.two', municipalityCode: '999999', name: '会 議', kind: 'shien' as const },
    ];
    const plan = presetsToAdd('999999', [], presets);
    expect(plan.toAdd.map((p) => p.id)).toEqual(['a.one']);
    expect(plan.nameTaken.map((p) => p.id)).toEqual(['a.two']);
  });
});
