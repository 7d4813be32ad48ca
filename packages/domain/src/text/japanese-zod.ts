import { z } from 'zod';
import { ja } from 'zod/locales';

// Every refusal zod writes is Japanese: a schema's own message first, then our wording for the
// common cases below, then zod's Japanese locale for the rest (never the English defaults, which
// reached the apps for 317 of 380 refusals). Configured once where the API is built and where the
// staff app starts (its forms show zod's messages) — ADR 0013.

type RawIssue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

const sizeUnit = (origin: unknown): string => (origin === 'array' || origin === 'set' || origin === 'map' ? '件' : '');

/** Our wording for one issue, or undefined to let zod's Japanese locale answer. */
export function kasaneIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `${max}文字以内で入力してください。`;
      if (sizeUnit(issue.origin)) return `${max}件以内にしてください。`;
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return `${max}以下の数を入力してください。`;
      return undefined;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return min === '1' ? '入力してください。' : `${min}文字以上で入力してください。`;
      if (sizeUnit(issue.origin)) return `${min}件以上選んでください。`;
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return `${min}以上の数を入力してください。`;
      return undefined;
    }
    case 'invalid_type':
      return issue.input === undefined ? '入力してください。' : '入力の形式が正しくありません。';
    case 'invalid_format':
      if (issue.format === 'uuid' || issue.format === 'guid') return 'IDの形式が正しくありません。';
      if (issue.format === 'email') return 'メールアドレスの形式が正しくありません。';
      if (issue.format === 'url') return 'URLの形式が正しくありません。';
      if (issue.format === 'date') return '日付は 2026-04-01 の形で入力してください。';
      if (issue.format === 'datetime') return '日時の形式が正しくありません。';
      return '入力の形式が正しくありません。';
    case 'invalid_value':
      return '選択肢の中から選んでください。';
    case 'unrecognized_keys':
      return '受け付けない項目が含まれています。';
    case 'invalid_union':
      return '入力の形式が正しくありません。';
    case 'not_multiple_of':
      return '入力の形式が正しくありません。';
    default:
      return undefined;
  }
}

let configured = false;

/** Idempotent: zod's configuration is global to the process (or the browser page). */
export function configureJapaneseZod(): void {
  if (configured) return;
  z.config(ja());
  z.config({ customError: kasaneIssueMessage });
  configured = true;
}
