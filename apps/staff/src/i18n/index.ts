import i18next from 'i18next';
import type { i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { uiJa } from '@kasane/ui';
import { uiMfaJa } from '@kasane/ui/mfa';
import { uiShellJa } from '@kasane/ui/shell';
import { staffJa } from './ja.js';

export const resources = { ja: { staff: staffJa, ui: uiJa, mfa: uiMfaJa, shell: uiShellJa } } as const;

/** A fresh instance per app start (and per test), Japanese only: staff work in Japanese. */
export async function createI18n(): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'ja',
    fallbackLng: 'ja',
    resources,
    ns: ['staff', 'ui', 'mfa', 'shell'],
    defaultNS: 'staff',
    interpolation: { escapeValue: false },
  });
  return instance;
}
