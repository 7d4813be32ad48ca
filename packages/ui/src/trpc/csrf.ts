/** The double-submit cookie the server sets on `auth.session`; echoed in a header on every call. */
export const csrfCookieName = 'kasane_csrf';
export const csrfHeaderName = 'x-csrf-token';

export function readCookie(name: string, cookieString: string = typeof document === 'undefined' ? '' : document.cookie): string | undefined {
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** Read at request time: the cookie may have been set or rotated since the page loaded. */
export function csrfHeaders(): Record<string, string> {
  const token = readCookie(csrfCookieName);
  return token ? { [csrfHeaderName]: token } : {};
}
