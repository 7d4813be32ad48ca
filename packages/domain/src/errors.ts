import { z } from 'zod';
import { err } from './result.js';
import type { Err } from './result.js';

export const domainErrorCodes = [
  'CONSENT_REQUIRED',
  'CONSENT_WITHDRAWN',
  'CONSENT_EXPIRED',
  'CONSENT_SCOPE',
  'GUARDIAN_CONSENT_REQUIRED',
  'UNDERTAKING_MISSING',
  'NOT_A_MEMBER',
  'NOT_ON_AGENDA',
  'SUPPORT_DECISION_REQUIRED',
  'SUPPORT_MEETING_MATERIAL',
  'DECISION_NOT_ALLOWED',
  'INVALID_TRANSITION',
  'EMERGENCY_REASON_REQUIRED',
  'RATE_ABOVE_CAP',
  'INVALID_LGCODE',
  'OTHER_MUNICIPALITY',
  'ROLE_FORBIDDEN',
  'MEETING_TYPE_IN_USE',
  'MEETING_TYPE_RETIRED',
  'VALIDATION',
] as const;

export const ZDomainErrorCode = z.enum(domainErrorCodes);
export type DomainErrorCode = z.infer<typeof ZDomainErrorCode>;

export type DomainError = {
  readonly code: DomainErrorCode;
  /** Plain Japanese, safe to show to staff as is. */
  readonly message: string;
  readonly details?: Record<string, unknown>;
};

// One message per code so every app says the same thing (CONVENTIONS.md "Errors").
export const domainErrorMessages: Readonly<Record<DomainErrorCode, string>> = {
  CONSENT_REQUIRED: '本人の同意がありません。同意を得るか、支援会議で検討してください。',
  CONSENT_WITHDRAWN: '本人が同意を撤回しています。撤回後は、この同意にもとづく情報共有はできません。',
  CONSENT_EXPIRED: '同意の有効期限が過ぎています。改めて同意を得てください。',
  CONSENT_SCOPE: '同意の範囲（共有先の機関・利用目的）に含まれていません。',
  GUARDIAN_CONSENT_REQUIRED: '18歳未満の方には、保護者の同意が必要です。',
  UNDERTAKING_MISSING: '支援会議の守秘義務についての誓約が記録されていません。誓約の後に閲覧できます。',
  NOT_A_MEMBER: 'この会議の構成員ではありません。',
  NOT_ON_AGENDA: 'この方はこの会議の検討対象になっていません。',
  SUPPORT_DECISION_REQUIRED: '市町村の支援決定がまだです。支援決定の後に進めてください。',
  SUPPORT_MEETING_MATERIAL: '支援会議の資料は、その会議の構成員が支援のためにだけ見られます。同意などの他の根拠では使えません。',
  DECISION_NOT_ALLOWED: 'この会議ではこの決定はできません。',
  INVALID_TRANSITION: 'いまの段階ではこの操作はできません。',
  EMERGENCY_REASON_REQUIRED: '緊急時の情報共有には、生命・身体の危険など具体的な理由の記録が必要です。',
  RATE_ABOVE_CAP: '負担割合が上限を超えています。',
  INVALID_LGCODE: '地方公共団体コードが正しくありません。',
  OTHER_MUNICIPALITY: '他の市町村の情報は扱えません。',
  ROLE_FORBIDDEN: 'この役割ではこの操作はできません。',
  MEETING_TYPE_IN_USE: 'この会議の種類で設定された会議があるため、この変更はできません。',
  MEETING_TYPE_RETIRED: 'この会議の種類は使用を終了しています。新しい会議には使えません。',
  VALIDATION: '入力内容に誤りがあります。',
};

export const domainError = (
  code: DomainErrorCode,
  details?: Record<string, unknown>,
  message: string = domainErrorMessages[code],
): DomainError => (details === undefined ? { code, message } : { code, message, details });

export const fail = (code: DomainErrorCode, details?: Record<string, unknown>, message?: string): Err<DomainError> =>
  err(domainError(code, details, message));
