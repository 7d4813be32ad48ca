import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ZMeetingKind } from '../access/types.js';
import { meetingTypePresets } from './meeting-types.js';
import { checkMeetingTypeChange, meetingTypeNameKey, presetsToAdd, validateMeetingTypeDraft } from './meeting-type-rules.js';

const kind = fc.constantFrom(...ZMeetingKind.options);
/** Names made of kana, kanji, Latin letters and digits in full and half width. */
const namePart = fc.constantFrom('会議', 'スクラム', 'ﾈｯﾄ', 'ネット', 'Ａ', 'A', '１', '1', 'ｶ', 'カ', '調整', 'core');
const name = fc.array(namePart, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
/** The same name as a reader sees it: each character possibly in its compatibility form, with spaces sprinkled in. */
const disguise = (s: string, widths: readonly boolean[], spaces: readonly number[]): string => {
  const wide: Record<string, string> = { A: 'Ａ', '1': '１', c: 'ｃ', o: 'ｏ', r: 'ｒ', e: 'ｅ' };
  const chars = [...s].map((ch, i) => (widths[i % Math.max(1, widths.length)] ? (wide[ch] ?? ch) : ch));
  for (const at of spaces) chars.splice(at % (chars.length + 1), 0, [' ', '　', '\t'][at % 3] ?? ' ');
  return chars.join('');
};

describe('meeting type invariants', () => {
  test.prop([name, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(40), { maxLength: 4 }), kind], { numRuns: 500 })(
    'NFKC-equivalent names always collide, whatever the width or spacing',
    (n, widths, spaces, k) => {
      const other = disguise(n, widths, spaces);
      expect(meetingTypeNameKey(other)).toBe(meetingTypeNameKey(n));
      const r = validateMeetingTypeDraft({ name: other, kind: k }, [{ id: 'existing', name: n }]);
      expect(r.ok ? null : r.error.details.fields.name?.problem).toBe('duplicate');
      // …but never with itself
      expect(validateMeetingTypeDraft({ name: other, kind: k }, [{ id: 'existing', name: n }], 'existing').ok).toBe(true);
    },
  );

  test.prop([name, name, kind], { numRuns: 500 })('names with different keys never collide', (a, b, k) => {
    fc.pre(meetingTypeNameKey(a) !== meetingTypeNameKey(b));
    expect(validateMeetingTypeDraft({ name: b, kind: k }, [{ id: 'x', name: a }]).ok).toBe(true);
  });

  test.prop([kind, kind, fc.nat(1000)], { numRuns: 500 })('a kind change is refused exactly when meetings exist', (from, to, meetingCount) => {
    const r = checkMeetingTypeChange({ kind: from, meetingCount }, to);
    expect(r.ok).toBe(from === to || meetingCount === 0);
  });

  test.prop([fc.constantFrom('082031', '082040', '032085', '202029', '392049'), fc.subarray(meetingTypePresets.map((p) => p.id))], { numRuns: 200 })(
    'adding presets twice adds nothing the second time, and never a duplicate name',
    (code, presentIds) => {
      const existing = meetingTypePresets.filter((p) => presentIds.includes(p.id)).map((p) => ({ key: p.id, name: p.name }));
      const first = presetsToAdd(code, existing);
      const after = [...existing, ...first.toAdd.map((p) => ({ key: p.id, name: p.name }))];
      expect(presetsToAdd(code, after).toAdd).toEqual([]);
      const keys = after.filter((t) => meetingTypePresets.some((p) => p.id === t.key && p.municipalityCode === code)).map((t) => meetingTypeNameKey(t.name));
      expect(new Set(keys).size).toBe(keys.length);
    },
  );
});
