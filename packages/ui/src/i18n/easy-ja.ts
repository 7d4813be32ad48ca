import type { UiResources } from './ja.js';

// やさしい日本語 (出入国在留管理庁・文化庁「在留支援のためのやさしい日本語ガイドライン」).
export const uiEasyJa: UiResources = {
  skipToMain: 'ほんぶんへ いどう',
  required: 'ひつよう',
  optional: 'なくても いい',
  loading: 'よみこんで います…',
  userMenu: 'メニュー',
  logout: 'ログアウト',
  loggingOut: 'ログアウトして います…',
  language: 'ことば',
  errorPrefix: 'エラー',
  alert: { error: 'エラー', success: 'できました', warning: 'ちゅうい', info: 'おしらせ' },
  login: {
    loginId: 'ログインID',
    password: 'パスワード',
    submit: 'ログイン',
    submitting: 'ログインして います…',
    loginIdRequired: 'ログインIDを かいて ください。',
    loginIdTooLong: '100もじまでで かいて ください。',
    passwordRequired: 'パスワードを かいて ください。',
    passwordTooLong: '200もじまでで かいて ください。',
    fixErrors: 'かいた ことを たしかめて ください。',
  },
  errors: {
    UNAUTHENTICATED: 'もう いちど ログインして ください。',
    CSRF: 'じかんが すぎました。ページを よみこみなおして ください。',
    LOGIN_FAILED: 'ログインID か パスワードが ちがいます。',
    LOGIN_THROTTLED: 'なんかいも まちがえました。すこし まってから して ください。',
    WRONG_APP: 'この アカウントでは つかえません。',
    ROLE_FORBIDDEN: 'この そうさは できません。',
    NOT_FOUND: 'みつかりません。',
    network: 'つながりません。インターネットを たしかめて ください。',
    unexpected: 'エラーが おきました。あとで もう いちど して ください。',
  },
};
