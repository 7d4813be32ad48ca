import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isValidLgCode, lgCheckDigit, parseLgCode, prefectureCodeOf, withCheckDigit, ZLgCode } from './lgcode.js';

// Taken from /work/shared/data/localgov/localgovjp-utf8.csv (all 1,916 rows there pass the SPEC §6 formula).
const realCodes: [string, string][] = [
  ['土浦市', '082031'], ['古河市', '082040'], ['松本市', '202029'], ['南国市', '392049'], ['遠野市', '032085'], ['芦屋市', '282065'],
  ['札幌市', '011002'], ['高根沢町', '093866'], ['京丹波町', '264075'], ['仙台市 泉区', '041050'], ['那覇市', '472018'],
  ['大阪市 鶴見区', '271241'], ['清里町', '015466'], ['中種子町', '465011'], ['白石町', '414255'], ['池田町', '204811'],
  // prefectures (prefjp-utf8.csv, leading zero restored)
  ['北海道', '010006'], ['鹿児島県', '460001'], ['沖縄県', '470007'],
];

describe('全国地方公共団体コード (SPEC §6)', () => {
  it.each(realCodes)('%s %s has a valid check digit', (_name, code) => {
    expect(isValidLgCode(code)).toBe(true);
    expect(withCheckDigit(code.slice(0, 5))).toEqual({ ok: true, value: code });
  });

  it('accepts a five-digit code and completes it', () => {
    expect(parseLgCode('08203')).toEqual({ ok: true, value: '082031' });
    expect(parseLgCode(' 202029 ')).toEqual({ ok: true, value: '202029' });
  });

  it('refuses a wrong check digit, saying which one is right', () => {
    const r = parseLgCode('082032');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_LGCODE');
      expect(r.error.details).toMatchObject({ expected: '082031' });
    }
  });

  it('refuses malformed codes and impossible prefectures', () => {
    for (const bad of ['', '8203', '0820311', 'abcdef', '482031', '002038']) expect(isValidLgCode(bad)).toBe(false);
    expect(withCheckDigit('99999').ok).toBe(false);
    expect(isValidLgCode('08203')).toBe(false); // six digits required where a stored code is checked
  });

  it('gives the prefecture code', () => {
    expect(prefectureCodeOf('082031')).toEqual({ ok: true, value: '08' });
    expect(prefectureCodeOf('39204')).toEqual({ ok: true, value: '39' });
    expect(prefectureCodeOf('392040').ok).toBe(false);
  });

  it('is usable as a zod schema', () => {
    expect(ZLgCode.safeParse('082031').success).toBe(true);
    expect(ZLgCode.safeParse('082030').success).toBe(false);
  });

  test.prop([fc.integer({ min: 1, max: 47 }), fc.integer({ min: 0, max: 999 })])('check digit round trip', (pref, rest) => {
    const five = `${String(pref).padStart(2, '0')}${String(rest).padStart(3, '0')}`;
    const six = withCheckDigit(five);
    expect(six.ok).toBe(true);
    if (!six.ok) return;
    expect(six.value).toBe(`${five}${lgCheckDigit(five)}`);
    expect(parseLgCode(six.value)).toEqual(six);
    // Any other last digit is refused.
    const wrong = `${five}${(lgCheckDigit(five) + 1) % 10}`;
    expect(isValidLgCode(wrong)).toBe(false);
  });
});
