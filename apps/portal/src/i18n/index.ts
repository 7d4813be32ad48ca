import i18next from 'i18next';
import type { i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { uiJa } from '@kasane/ui';
import { safeStorage } from '../municipality-store.js';
import { portalJa } from './ja.js';

export const languages = ['ja', 'easy-ja', 'en'] as const;
export type Language = (typeof languages)[number];

export const languageStorageKey = 'kasane.portal.language';

/** The html lang attribute: やさしい日本語 is Japanese. */
export function htmlLang(language: Language): string {
  return language === 'en' ? 'en' : 'ja';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

// Only Japanese ships in the first load; the other languages are fetched when chosen.
async function loadBundles(language: Language): Promise<{ portal: object; ui: object }> {
  if (language === 'en') {
    const [{ portalEn }, { uiEn }] = await Promise.all([import('./en.js'), import('@kasane/ui/i18n/en')]);
    return { portal: portalEn, ui: uiEn };
  }
  if (language === 'easy-ja') {
    const [{ portalEasyJa }, { uiEasyJa }] = await Promise.all([import('./easy-ja.js'), import('@kasane/ui/i18n/easy-ja')]);
    return { portal: portalEasyJa, ui: uiEasyJa };
  }
  return { portal: portalJa, ui: uiJa };
}

export async function setLanguage(instance: i18n, language: Language, storage: Storage | undefined = safeStorage()): Promise<void> {
  if (!instance.hasResourceBundle(language, 'portal')) {
    const bundles = await loadBundles(language);
    instance.addResourceBundle(language, 'portal', bundles.portal);
    instance.addResourceBundle(language, 'ui', bundles.ui);
  }
  await instance.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = htmlLang(language);
  try {
    storage?.setItem(languageStorageKey, language);
  } catch {
    // storage disabled: the language lasts for this visit
  }
}

export function storedLanguage(storage: Storage | undefined = safeStorage()): Language {
  try {
    const value = storage?.getItem(languageStorageKey);
    return isLanguage(value) ? value : 'ja';
  } catch {
    return 'ja';
  }
}

export async function createI18n(language: Language = storedLanguage()): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'ja',
    fallbackLng: 'ja',
    resources: { ja: { portal: portalJa, ui: uiJa } },
    ns: ['portal', 'ui'],
    defaultNS: 'portal',
    interpolation: { escapeValue: false },
  });
  if (language !== 'ja') await setLanguage(instance, language);
  return instance;
}
