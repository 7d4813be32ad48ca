import i18next from 'i18next';
import type { i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { uiJa } from '@kasane/ui';
import { uiMfaJa } from '@kasane/ui/mfa';
import { uiShellJa } from '@kasane/ui/shell';
import { prefectureJa } from './ja.js';

export const resources = { ja: { prefecture: prefectureJa, ui: uiJa, mfa: uiMfaJa, shell: uiShellJa } } as const;

export async function createI18n(): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'ja',
    fallbackLng: 'ja',
    resources,
    ns: ['prefecture', 'ui', 'mfa', 'shell'],
    defaultNS: 'prefecture',
    interpolation: { escapeValue: false },
  });
  return instance;
}
