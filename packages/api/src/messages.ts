// Japanese messages of the API's own refusals (the domain's come from @kasane/domain).
// The apps show them as given or map `data.code` through their i18n resources.
export const apiMessages = {
  UNAUTHENTICATED: 'ログインが必要です。もう一度ログインしてください。',
  CSRF: '画面の有効期限が切れました。ページを再読み込みしてから、もう一度お試しください。',
  LOGIN_FAILED: 'ログインIDまたはパスワードが正しくありません。',
  LOGIN_THROTTLED: 'ログインの試行が続いたため、受付を一時的に遅らせています。{wait}後にもう一度お試しください。',
  DEMO_ACCOUNT_IN_PRODUCTION: 'デモ用アカウントは本番環境では使えません。',
  ACCOUNT_DISABLED: 'このアカウントは利用停止されています。管理者に連絡してください。',
  PASSWORD_CHANGE_REQUIRED: '管理者が設定した仮のパスワードです。先にご自分のパスワードに変更してください。',
  MFA_REQUIRED: '2段階認証が済んでいません。認証アプリのコード、パスキーまたは回復コードで確認してください。',
  MFA_ENROLMENT_REQUIRED: 'この自治体では2段階認証が必須です。先に認証アプリかパスキーを登録してください。',
  MFA_CODE_WRONG: '確認コードが正しくないか、すでに使われています。',
  WRONG_APP: 'このアカウントではこの画面を利用できません。',
  ROLE_FORBIDDEN: 'この操作を行う権限がありません。',
  NOT_FOUND: '対象が見つかりません。',
  CONFLICT: '他の職員が先に更新しました。最新の内容を読み込んでからやり直してください。',
  // Refusals of hostile or malformed input and of the transport (ADR 0013).
  VALIDATION: '入力内容を確認してください。',
  MALFORMED_REQUEST: '送信された内容を読み取れませんでした。ページを再読み込みしてから、もう一度お試しください。',
  PAYLOAD_TOO_LARGE: '送信する内容が大きすぎます。文章を短くするか、分けて送信してください。',
  UNSUPPORTED_REQUEST: 'この操作は受け付けられません。ページを再読み込みしてから、もう一度お試しください。',
  INTERNAL_ERROR: 'サーバーで問題が発生しました。時間をおいてもう一度お試しください。（受付番号: {requestId}）',
} as const;

export type ApiMessageCode = keyof typeof apiMessages;

export function apiMessage(code: ApiMessageCode, vars: Record<string, string | number> = {}): string {
  return apiMessages[code].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
