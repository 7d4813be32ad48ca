import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { uiJa } from '../src/i18n/ja.js';

export async function setupI18n() {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({ lng: 'ja', resources: { ja: { ui: uiJa } }, ns: ['ui'], defaultNS: 'ui', interpolation: { escapeValue: false } });
  return instance;
}
