import { describe, expect, it } from 'vitest';
import { normaliseKana } from './normalise-kana.js';

describe('normaliseKana', () => {
  it('matches ｻﾄｳ, さとう and サトウ', () => {
    expect(normaliseKana('ｻﾄｳ')).toBe('サトウ');
    expect(normaliseKana('さとう')).toBe('サトウ');
    expect(normaliseKana('サトウ')).toBe('サトウ');
  });
  it('folds voiced half-width kana, strips spaces (including the ideographic one)', () => {
    expect(normaliseKana('ｽｽﾞｷ　ﾀﾛｳ')).toBe('スズキタロウ');
    expect(normaliseKana(' やまだ はなこ ')).toBe('ヤマダハナコ');
  });
  it('keeps kanji and folds full-width letters; iteration marks follow', () => {
    expect(normaliseKana('佐藤 ＡＢＣ')).toBe('佐藤ABC');
    expect(normaliseKana('いすゞ')).toBe('イスヾ');
    expect(normaliseKana('ゝ')).toBe('ヽ');
  });
});
