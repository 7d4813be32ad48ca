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
