import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configureJapaneseZod } from './japanese-zod.js';

configureJapaneseZod();
configureJapaneseZod();

const messageOf = (schema: z.ZodType, value: unknown): string | undefined => schema.safeParse(value).error?.issues[0]?.message;

describe('zod speaks Japanese', () => {
  it.each([
    [z.string().max(3), 'abcd', '3文字以内で入力してください。'],
    [z.string().min(1), '', '入力してください。'],
    [z.string().min(8), 'abc', '8文字以上で入力してください。'],
    [z.array(z.string()).max(1), ['a', 'b'], '1件以内にしてください。'],
    [z.array(z.string()).min(1), [], '1件以上選んでください。'],
    [z.number().max(10), 11, '10以下の数を入力してください。'],
    [z.number().int().min(1), 0, '1以上の数を入力してください。'],
    [z.string(), undefined, '入力してください。'],
    [z.string(), 42, '入力の形式が正しくありません。'],
    [z.uuid(), 'x', 'IDの形式が正しくありません。'],
    [z.email(), 'x', 'メールアドレスの形式が正しくありません。'],
    [z.url(), 'x', 'URLの形式が正しくありません。'],
    [z.iso.date(), 'x', '日付は 2026-04-01 の形で入力してください。'],
    [z.iso.datetime(), 'x', '日時の形式が正しくありません。'],
    [z.string().regex(/^a$/), 'b', '入力の形式が正しくありません。'],
    [z.enum(['a', 'b']), 'c', '選択肢の中から選んでください。'],
    [z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, '受け付けない項目が含まれています。'],
    [z.union([z.string(), z.number()]), true, '入力の形式が正しくありません。'],
    [z.number().multipleOf(5), 7, '入力の形式が正しくありません。'],
  ] as [z.ZodType, unknown, string][])('%#: %s', (schema, value, message) => {
    expect(messageOf(schema, value)).toBe(message);
  });

  it('leaves the rest to zod’s Japanese locale, and a schema’s own message first', () => {
    expect(messageOf(z.set(z.string()).max(0), new Set(['a']))).toBe('0件以内にしてください。');
    expect(messageOf(z.date().max(new Date(0)), new Date(1))).toMatch(/[ぁ-んァ-ン一-龯]/);
    expect(messageOf(z.string().max(3, '氏名は3文字まで'), 'abcd')).toBe('氏名は3文字まで');
    expect(messageOf(z.date().min(new Date(10)), new Date(1))).toMatch(/[ぁ-んァ-ン一-龯]/);
  });
});
