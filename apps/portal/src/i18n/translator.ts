// The portal's own translation function (ADR 0008): what the portal used of i18next, in about 1 KB
// instead of 15 KB gzipped. Two namespaces ("portal", and "ui" for the shared components), keys as
// dotted paths into the resource objects, `{{name}}` interpolation, fallback to Japanese, and
// languages loaded on demand. No plurals: the resources have none (counts are written as
// "{{count}}件" / "{{count}} found"); add `_one`/`_other` handling here before using such keys.
import type { UiBaseResources } from '@kasane/ui';
import type { PortalResources } from './ja.js';

export const languages = ['ja', 'easy-ja', 'en'] as const;
export type Language = (typeof languages)[number];

export const fallbackLanguage: Language = 'ja';

export interface Bundles {
  portal: PortalResources;
  ui: UiBaseResources;
}
export type Namespace = keyof Bundles;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/**
 * Every text key of the portal's namespace, e.g. "community.places.title". The shared components'
 * "ui" keys are checked where they are written (packages/ui, against i18next's string keys), and
 * some are built there from strings (login form), so the portal accepts any string for them.
 */
export type TranslationKey<N extends Namespace> = N extends 'portal' ? Leaves<PortalResources> : string;

export type Values = Record<string, string | number>;

export interface TFunction<N extends Namespace = 'portal'> {
  (key: TranslationKey<N>, values?: Values): string;
  /** A key built from data (a code the server sends): `defaultValue` shows when no language has it. */
  (key: string, options: Values & { defaultValue: string }): string;
}

export interface Translator {
  /** The language the texts are in now. */
  readonly language: Language;
  readonly t: <N extends Namespace>(namespace: N) => TFunction<N>;
  /** Loads the language's texts if needed, then switches; the last call wins if several overlap. */
  readonly changeLanguage: (language: Language) => Promise<void>;
  /** Called after every switch; returns the unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function lookup(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** `{{name}}` → values.name; an unknown name becomes empty text. Nothing is escaped: React escapes. */
export function interpolate(text: string, values: Values | undefined): string {
  if (!text.includes('{{')) return text;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = values?.[name];
    return value === undefined ? '' : String(value);
  });
}

export function createTranslator(options: { ja: Bundles; load: (language: Language) => Promise<Bundles> }): Translator {
  const resources = new Map<Language, Bundles>([[fallbackLanguage, options.ja]]);
  const listeners = new Set<() => void>();
  const functions = new Map<string, (key: string, values?: Values & { defaultValue?: string }) => string>();
  let language: Language = fallbackLanguage;
  let requested = 0;

  function translate(lang: Language, namespace: Namespace, key: string, values?: Values & { defaultValue?: string }): string {
    const text = lookup(resources.get(lang)?.[namespace], key) ?? lookup(options.ja[namespace], key) ?? values?.defaultValue ?? key;
    return interpolate(text, values);
  }

  function switchTo(next: Language) {
    if (next === language) return;
    language = next;
    for (const listener of [...listeners]) listener();
  }

  return {
    get language() {
      return language;
    },
    t(namespace) {
      // One function per language and namespace: a new identity after a switch, as with i18next.
      const lang = language;
      const id = `${lang}:${namespace}`;
      let fn = functions.get(id);
      if (!fn) {
        fn = (key, values) => translate(lang, namespace, key, values);
        functions.set(id, fn);
      }
      return fn;
    },
    changeLanguage: async (next) => {
      const ticket = ++requested;
      if (!resources.has(next)) resources.set(next, await options.load(next));
      if (ticket === requested) switchTo(next);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
