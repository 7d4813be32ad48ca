/**
 * Where 「すぐに閉じる」 goes: a neutral site, replacing this page in the history so the back
 * button does not return here (for someone whose use of the portal may be watched, e.g. DV).
 */
export const QUICK_EXIT_URL = 'https://www.google.co.jp/';

export function quickExit(location: Pick<Location, 'replace'> = window.location): void {
  location.replace(QUICK_EXIT_URL);
}
