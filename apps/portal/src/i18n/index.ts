import { uiBaseJa } from '@kasane/ui';
import { safeStorage } from '../municipality-store.js';
import { portalJa } from './ja.js';
import { createTranslator, isLanguage } from './translator.js';
import type { Bundles, Language, Translator } from './translator.js';

export { isLanguage, languages } from './translator.js';
export type { Language, TFunction, Translator } from './translator.js';

export const languageStorageKey = 'kasane.portal.language';

/** The html lang attribute: やさしい日本語 is Japanese. */
export function htmlLang(language: Language): string {
  return language === 'en' ? 'en' : 'ja';
}

// Only Japanese ships in the first load; the other languages are fetched when chosen.
async function loadBundles(language: Language): Promise<Bundles> {
  if (language === 'en') {
    const [{ portalEn }, { uiEn }] = await Promise.all([import('./en.js'), import('@kasane/ui/i18n/en')]);
    return { portal: portalEn, ui: uiEn };
  }
  if (language === 'easy-ja') {
    const [{ portalEasyJa }, { uiEasyJa }] = await Promise.all([import('./easy-ja.js'), import('@kasane/ui/i18n/easy-ja')]);
    return { portal: portalEasyJa, ui: uiEasyJa };
  }
  return { portal: portalJa, ui: uiBaseJa };
}

/** Switches the texts and the html lang, and remembers the choice on this device. */
export async function setLanguage(translator: Translator, language: Language, storage: Storage | undefined = safeStorage()): Promise<void> {
  await translator.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = htmlLang(translator.language);
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

export async function createI18n(language: Language = storedLanguage()): Promise<Translator> {
  const translator = createTranslator({ ja: { portal: portalJa, ui: uiBaseJa }, load: loadBundles });
  if (language !== 'ja') await setLanguage(translator, language);
  return translator;
}
