import { csrfCookieName } from '@kasane/ui';

/**
 * Where 「すぐに閉じる」 goes: a neutral site, replacing this page in the history so the back
 * button does not return here (for someone whose use of the portal may be watched, e.g. DV).
 * The portal itself moves between its pages with history.replaceState (navigation.tsx), so the
 * tab holds a single entry for the portal, and this replaces it.
 */
export const QUICK_EXIT_URL = 'https://www.google.co.jp/';

/** Every key the portal keeps on the device starts with this (municipality, language). */
export const portalStoragePrefix = 'kasane.portal.';

function forgetStored(storage: Storage | undefined): void {
  if (!storage) return;
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null && k.startsWith(portalStoragePrefix));
  for (const k of keys) storage.removeItem(k);
}

/** Forgets what the portal stored on this device: its storage keys and the CSRF cookie of this visit. */
export function forgetPortal(): void {
  for (const pick of [() => window.localStorage, () => window.sessionStorage]) {
    try {
      forgetStored(pick());
    } catch {
      // storage disabled: nothing was kept there
    }
  }
  document.cookie = `${csrfCookieName}=; Max-Age=0; path=/; SameSite=Strict`;
}

export function quickExit(location: Pick<Location, 'replace'> = window.location): void {
  forgetPortal();
  location.replace(QUICK_EXIT_URL);
}

/** Esc pressed twice within this time leaves, as the button does. */
export const ESCAPE_TWICE_MS = 1500;

/** Calls `exit` on the second Escape within ESCAPE_TWICE_MS; returns the listener to remove. */
export function listenForEscapeTwice(target: Pick<Document, 'addEventListener' | 'removeEventListener'>, exit: () => void, now: () => number = Date.now): () => void {
  let last = -Infinity;
  const onKey = (e: Event) => {
    if ((e as KeyboardEvent).key !== 'Escape') return;
    const t = now();
    if (t - last <= ESCAPE_TWICE_MS) exit();
    last = t;
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
