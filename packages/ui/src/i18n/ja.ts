// Strings of the shared components; each app registers them under the "ui" namespace.
/** What every app shows; the portal, which has no sign-in, ships only these. */
export const uiBaseJa = {
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

/** Everything, with the sign-in and password texts of the staff and prefecture apps. */
export const uiJa = {
  ...uiBaseJa,
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
  password: {
    current: '現在のパスワード',
    new: '新しいパスワード',
    newHint: '12文字以上にしてください。日本語の文も使えます。ログインIDと同じもの、よく使われるものは使えません。',
    confirm: '新しいパスワード（確認）',
    submit: 'パスワードを変更する',
    submitting: '変更しています…',
    currentRequired: '現在のパスワードを入力してください。',
    newTooShort: '新しいパスワードは12文字以上にしてください。',
    tooLong: 'パスワードは200文字以内で入力してください。',
    mismatch: '確認のため、同じパスワードをもう一度入力してください。',
    sameAsCurrent: '今のパスワードとは違うものにしてください。',
  },
  passwordPage: {
    title: 'パスワードの変更',
    lead: '現在のパスワードと新しいパスワードを入力してください。変更すると、ほかの端末でログイン中の画面は終了します。',
    mustChange: '管理者が設定した初期パスワードでログインしています。続ける前に、自分だけが知っているパスワードに変更してください。',
    done: 'パスワードを変更しました。ほかの端末でログイン中だった画面は終了しました。',
  },
};

export type UiResources = typeof uiJa;
export type UiBaseResources = typeof uiBaseJa;
