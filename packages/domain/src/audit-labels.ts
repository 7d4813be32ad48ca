// How the access log (アクセス記録) names what happened, in Japanese, for the 監査担当.
import { accessBasisLabels } from './access/types.js';

export const auditActionLabels: Readonly<Record<string, string>> = {
  read: '閲覧',
  write: '記録・変更',
  search: '検索',
  merge: '記録の統合',
  assign: '担当者の設定・変更',
  link: '既存の人への相談の結び付け',
  withdraw: '同意の撤回',
  denied: '拒否されたアクセス',
  export: '書き出し',
  create: '作成',
  delete: '削除',
  submit: '提出',
  reopen: '新しい版の作成',
  sign_in: 'ログイン',
  sign_in_failed: 'ログイン失敗',
  sign_out: 'ログアウト',
  change_password: 'パスワード変更',
  reset_password: 'パスワード再設定',
  mfa_enrol_totp: '2段階認証の登録（認証アプリ）',
  mfa_enrol_passkey: '2段階認証の登録（パスキー）',
  mfa_verify_totp: '2段階認証（認証アプリ）',
  mfa_verify_passkey: '2段階認証（パスキー）',
  mfa_verify_failed: '2段階認証の失敗',
  mfa_recovery_used: '回復コードの使用',
  mfa_recovery_renewed: '回復コードの再発行',
  mfa_reset: '2段階認証のリセット',
  mfa_policy: '2段階認証の必須設定',
  sign_out_session: '他の端末のログアウト（1台）',
  sign_out_elsewhere: '他の端末からログアウト',
};

const otherBasisLabels: Readonly<Record<string, string>> = {
  administration: '事務の管理',
  refused: '（拒否）',
  resident_request: '住民からの申し込み',
  own_record: '自機関の記録',
};

export function auditActionLabel(action: string): string {
  return auditActionLabels[action] ?? action;
}

/** A legal basis as the log records it; several bases (lists) are joined with 「・」. */
export function auditBasisLabel(legalBasis: string): string {
  return legalBasis
    .split(',')
    .map((k) => (accessBasisLabels as Readonly<Record<string, string>>)[k] ?? otherBasisLabels[k] ?? k)
    .join('・');
}
