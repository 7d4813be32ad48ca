// Strings of the shared components; each app registers them under the "ui" namespace.
export const uiJa = {
  skipToMain: '本文へ移動',
  required: '必須',
  optional: '任意',
  loading: '読み込み中です…',
  userMenu: '利用者メニュー',
  logout: 'ログアウト',
  loggingOut: 'ログアウトしています…',
  language: '表示言語',
  errorPrefix: 'エラー',
  alert: { error: 'エラー', success: '完了', warning: '注意', info: 'お知らせ' },
  login: {
    loginId: 'ログインID',
    password: 'パスワード',
    submit: 'ログイン',
    submitting: 'ログインしています…',
    loginIdRequired: 'ログインIDを入力してください。',
    loginIdTooLong: 'ログインIDは100文字以内で入力してください。',
    passwordRequired: 'パスワードを入力してください。',
    passwordTooLong: 'パスワードは200文字以内で入力してください。',
    fixErrors: '入力内容を確認してください。',
  },
  errors: {
    UNAUTHENTICATED: 'ログインが必要です。もう一度ログインしてください。',
    CSRF: '画面の有効期限が切れました。ページを再読み込みしてから、もう一度お試しください。',
    LOGIN_FAILED: 'ログインIDまたはパスワードが正しくありません。',
    LOGIN_THROTTLED: 'ログインの試行が多すぎます。しばらくしてからもう一度お試しください。',
    WRONG_APP: 'このアカウントではこの画面を利用できません。',
    ROLE_FORBIDDEN: 'この操作を行う権限がありません。',
    NOT_FOUND: '対象が見つかりません。',
    network: 'サーバーに接続できませんでした。通信環境を確認して、もう一度お試しください。',
    unexpected: '予期しないエラーが発生しました。時間をおいてもう一度お試しください。',
  },
};

export type UiResources = typeof uiJa;
