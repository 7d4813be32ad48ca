import { fail } from '../errors.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';

// Text typed by the public (portal forms). It is stored as typed and always rendered as text, never
// as markup; what is refused is what can disguise text or break records: control characters, bidi
// overrides (Trojan-Source style reordering), Unicode tag characters (invisible "ASCII smuggling"),
// noncharacters and lone surrogates. Refused with a message that says what to fix, never dropped.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
const TAGS = /[\u{E0000}-\u{E007F}]/u;
const NONCHAR = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type PublicTextProblem = 'too_long' | 'control' | 'bidi' | 'invisible' | 'required';

export const publicTextMessages: Readonly<Record<PublicTextProblem, string>> = {
  too_long: '{max}文字以内で入力してください。',
  control: '使えない制御文字が含まれています。文字をコピーせずに、直接入力してください。',
  bidi: '文字の向きを変える特殊な記号が含まれています。取り除いてから送信してください。',
  invisible: '目に見えない特殊な文字が含まれています。取り除いてから送信してください。',
  required: '入力してください。',
};

/** Checks one field; line breaks and tabs are allowed, CRLF is kept as typed. Length counts characters (code points). */
export const checkPublicText = (value: string, options: { max: number; required?: boolean; field?: string }): Result<string> => {
  const problem = ((): PublicTextProblem | null => {
    if (LONE_SURROGATE.test(value)) return 'invisible';
    if (options.required && value.trim() === '') return 'required';
    if ([...value].length > options.max) return 'too_long';
    if (CONTROL.test(value)) return 'control';
    if (BIDI.test(value)) return 'bidi';
    if (TAGS.test(value) || NONCHAR.test(value)) return 'invisible';
    return null;
  })();
  if (problem === null) return ok(value);
  return fail('VALIDATION', { field: options.field ?? null, problem }, publicTextMessages[problem].replace('{max}', String(options.max)));
};
