// Search keys for names (ｻﾄｳ / さとう / サトウ / サ トウ all match): NFKC folds half-width kana and
// full-width letters, hiragana (and its iteration marks ゝゞ) becomes katakana, whitespace goes.
// The stored name itself is never altered.
const HIRAGANA_TO_KATAKANA_OFFSET = 0x60;

export const normaliseKana = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[\u3041-\u3096\u309D\u309E]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + HIRAGANA_TO_KATAKANA_OFFSET));
