import { afterEach, describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- checks that the alias serves the portal's module
import * as aliased from 'react-i18next';
import { uiJa } from '@kasane/ui';
import { createI18n, languageStorageKey, setLanguage, storedLanguage } from '../src/i18n/index.js';
import { portalJa } from '../src/i18n/ja.js';
import * as own from '../src/i18n/react.js';
import { createTranslator, interpolate } from '../src/i18n/translator.js';
import type { Bundles, Language } from '../src/i18n/translator.js';
import type { PortalResources } from '../src/i18n/ja.js';

const ja: Bundles = { portal: portalJa, ui: uiJa };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

afterEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'ja';
});

describe('interpolate', () => {
  it('fills {{name}} with strings and numbers, empties unknown names, leaves plain text alone', () => {
    expect(interpolate('{{name}}を選びました。', { name: '土浦市' })).toBe('土浦市を選びました。');
    expect(interpolate('{{count}}件見つかりました。', { count: 12 })).toBe('12件見つかりました。');
    expect(interpolate('約{{ km }}km', { km: 1.5 })).toBe('約1.5km');
    expect(interpolate('{{missing}}です', {})).toBe('です');
    expect(interpolate('<b>{{x}}</b>', { x: '<i>' })).toBe('<b><i></b>');
  });
});

describe('translator', () => {
  it('reads dotted keys in both namespaces and falls back to Japanese, then defaultValue, then the key', async () => {
    const { brand: _brand, ...withoutBrand } = portalJa;
    const partialEn: Bundles = { portal: { ...withoutBrand, home: { ...portalJa.home, title: 'Home' } } as PortalResources, ui: { ...uiJa, skipToMain: 'Skip' } };
    const translator = createTranslator({ ja, load: async () => partialEn });
    expect(translator.t('portal')('home.title')).toBe('ホーム');
    expect(translator.t('ui')('alert.error')).toBe('エラー');
    await translator.changeLanguage('en');
    expect(translator.language).toBe('en');
    expect(translator.t('portal')('home.title')).toBe('Home');
    expect(translator.t('ui')('skipToMain')).toBe('Skip');
    expect(translator.t('portal')('brand')).toBe('Kasane');
    expect(translator.t('portal')('community.kinds.no_such_kind', { defaultValue: 'no_such_kind' })).toBe('no_such_kind');
    expect(translator.t('portal')('chooser.chosenAnnouncement', { name: 'X' })).toBe('Xを選びました。');
    expect(translator.t('portal')('community.nope' as 'home.title')).toBe('community.nope');
  });

  it('loads a language once, notifies subscribers, and gives a new t after a switch', async () => {
    const loads: Language[] = [];
    const translator = createTranslator({ ja, load: async (l) => (loads.push(l), ja) });
    let calls = 0;
    const unsubscribe = translator.subscribe(() => calls++);
    const before = translator.t('portal');
    expect(translator.t('portal')).toBe(before);
    await translator.changeLanguage('en');
    expect(translator.t('portal')).not.toBe(before);
    await translator.changeLanguage('ja');
    await translator.changeLanguage('en');
    expect(loads).toEqual(['en']);
    expect(calls).toBe(3);
    unsubscribe();
    await translator.changeLanguage('ja');
    expect(calls).toBe(3);
  });

  it('keeps the last choice when an earlier language arrives later', async () => {
    const slow = deferred<Bundles>();
    const translator = createTranslator({ ja, load: (l) => (l === 'en' ? slow.promise : Promise.resolve(ja)) });
    const first = translator.changeLanguage('en');
    await translator.changeLanguage('easy-ja');
    slow.resolve(ja);
    await first;
    expect(translator.language).toBe('easy-ja');
  });
});

describe('language choice', () => {
  it('loads the real English and やさしい日本語 texts, sets html lang and remembers the choice', async () => {
    const translator = await createI18n('ja');
    await setLanguage(translator, 'en');
    expect(translator.t('portal')('home.title')).toBe('Home');
    expect(translator.t('ui')('skipToMain')).toBe('Skip to main content');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(languageStorageKey)).toBe('en');
    expect(storedLanguage()).toBe('en');
    await setLanguage(translator, 'easy-ja');
    expect(document.documentElement.lang).toBe('ja');
    expect((await createI18n()).language).toBe('easy-ja');
  });

  it('starts in Japanese when nothing or something unknown is stored, or storage fails', () => {
    expect(storedLanguage()).toBe('ja');
    localStorage.setItem(languageStorageKey, 'fr');
    expect(storedLanguage()).toBe('ja');
    const broken = { getItem: () => { throw new Error('denied'); } } as unknown as Storage;
    expect(storedLanguage(broken)).toBe('ja');
  });
});

describe('the portal build', () => {
  it('serves packages/ui’s react-i18next import from the portal’s own module (vite.config.ts alias)', () => {
    expect(aliased.useTranslation).toBe(own.useTranslation);
  });
});
