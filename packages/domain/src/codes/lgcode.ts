import { z } from 'zod';
import { fail } from '../errors.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';

// 全国地方公共団体コード (総務省): five digits plus a check digit (SPEC §6, verified against data/localgov).
// Weights 6,5,4,3,2 for d1..d5: weight = 6 − position.
export const lgCheckDigit = (firstFive: string): number => {
  const sum = [...firstFive.slice(0, 5)].reduce((acc, digit, i) => acc + Number(digit) * (6 - i), 0);
  return (11 - (sum % 11)) % 10;
};

const FIVE = /^\d{5}$/;
const SIX = /^\d{6}$/;

const prefectureOk = (code: string): boolean => {
  const pref = Number(code.slice(0, 2));
  return pref >= 1 && pref <= 47;
};

/** Appends the check digit to a five-digit code (as found in many data sets). */
export const withCheckDigit = (code: string): Result<string> => {
  if (!FIVE.test(code) || !prefectureOk(code)) return fail('INVALID_LGCODE', { code });
  return ok(`${code}${lgCheckDigit(code)}`);
};

/** Accepts a six-digit code with a correct check digit, or a five-digit one (the check digit is then added). */
export const parseLgCode = (code: string): Result<string> => {
  const trimmed = code.trim();
  if (FIVE.test(trimmed)) return withCheckDigit(trimmed);
  if (!SIX.test(trimmed) || !prefectureOk(trimmed)) return fail('INVALID_LGCODE', { code });
  const head = trimmed.slice(0, 5);
  if (Number(trimmed[5]) !== lgCheckDigit(head)) {
    return fail('INVALID_LGCODE', { code, expected: `${head}${lgCheckDigit(head)}` }, '地方公共団体コードの検査数字（6桁目）が合いません。');
  }
  return ok(trimmed);
};

export const isValidLgCode = (code: string): boolean => SIX.test(code) && parseLgCode(code).ok;

/** The prefecture's two-digit code ("08" for 茨城県) from a municipality's code. */
export const prefectureCodeOf = (code: string): Result<string> => {
  const parsed = parseLgCode(code);
  return parsed.ok ? ok(parsed.value.slice(0, 2)) : parsed;
};

export const ZLgCode = z.string().refine(isValidLgCode, { message: '地方公共団体コード（6桁・検査数字つき）が正しくありません。' });
