// React binding of the portal's translator (ADR 0008). The portal's Vite config also resolves the
// shared components' `import { useTranslation } from './react.js'` (packages/ui) to this file,
// so the portal bundle carries no i18next while the staff and prefecture apps keep it. Only what
// packages/ui uses is offered: `useTranslation(ns)` returning `{ t, i18n }`; a missing export
// fails the portal build.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { Namespace, TFunction, Translator } from './translator.js';

const TranslatorContext = createContext<Translator | null>(null);

export function TranslatorProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

/** The texts of a namespace in the current language; the component renders again after a switch. */
export function useTranslation<N extends Namespace = 'portal'>(namespace?: N): { t: TFunction<N>; i18n: Translator } {
  const translator = useContext(TranslatorContext);
  if (!translator) throw new Error('useTranslation outside TranslatorProvider');
  useSyncExternalStore(translator.subscribe, () => translator.language);
  return { t: translator.t(namespace ?? ('portal' as N)), i18n: translator };
}
