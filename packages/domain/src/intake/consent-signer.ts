import { z } from 'zod';
import { toIsoDateTokyo } from '../calendar/tokyo-date.js';
import type { Instant } from '../calendar/tokyo-date.js';
import { fail } from '../errors.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';

// Who signed (C2): the person, a representative, or an adult guardian (成年後見人, e.g. for a parent with dementia).
export const consentSignerKinds = ['self', 'representative', 'adult_guardian'] as const;
export const ZConsentSignerKind = z.enum(consentSignerKinds);
export type ConsentSignerKind = z.infer<typeof ZConsentSignerKind>;
export const consentSignerLabels: Readonly<Record<ConsentSignerKind, string>> = { self: '本人', representative: '代理人', adult_guardian: '成年後見人' };

export type ConsentSigner = { readonly kind: ConsentSignerKind; readonly name?: string; readonly relation?: string };

export const checkConsentSigner = (signer: ConsentSigner): Result<ConsentSigner> => {
  if (signer.kind === 'self') return ok({ kind: 'self' });
  if (!signer.name?.trim()) return fail('VALIDATION', { field: 'signerName' }, `${consentSignerLabels[signer.kind]}の氏名を入力してください。`);
  if (!signer.relation?.trim()) return fail('VALIDATION', { field: 'signerRelation' }, `${consentSignerLabels[signer.kind]}と本人との関係を入力してください。`);
  return ok(signer);
};

export const withdrawalMethods = ['written', 'oral', 'phone', 'other'] as const;
export const ZWithdrawalMethod = z.enum(withdrawalMethods);
export type WithdrawalMethod = z.infer<typeof ZWithdrawalMethod>;
export const withdrawalMethodLabels: Readonly<Record<WithdrawalMethod, string>> = { written: '書面', oral: '口頭（面談）', phone: '電話', other: 'その他' };

/** C6: the day the person withdrew lies between the day of the consent and today. */
export const checkWithdrawalDay = (day: string, consent: { readonly obtainedAt: Instant }, now: Instant): Result<string> => {
  if (day > toIsoDateTokyo(now)) return fail('VALIDATION', { field: 'withdrawnOn' }, '撤回日に未来の日付は指定できません。');
  if (day < toIsoDateTokyo(consent.obtainedAt)) return fail('VALIDATION', { field: 'withdrawnOn' }, '撤回日は同意を得た日以降にしてください。');
  return ok(day);
};
