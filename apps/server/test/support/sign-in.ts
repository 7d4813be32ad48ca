import { expect } from 'vitest';

/** Signs a demo staff account in over real HTTP; the headers (session cookie, CSRF cookie and header) of its next requests. */
export async function signInOverHttp(base: string, loginId: string): Promise<Record<string, string>> {
  const first = await fetch(`${base}/api/trpc/auth.session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  const csrf = /kasane_csrf=([\w-]+)/.exec(first.headers.getSetCookie().join(';'))?.[1] ?? '';
  const r = await fetch(`${base}/api/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `kasane_csrf=${csrf}`, 'x-csrf-token': csrf },
    body: JSON.stringify({ json: { loginId, password: 'kasane-demo', app: 'staff' } }),
  });
  expect(r.status).toBe(200);
  const jar = new Map([['kasane_csrf', csrf], ...r.headers.getSetCookie().map((c) => (c.split(';')[0] ?? '').split('=') as [string, string])]);
  return { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': jar.get('kasane_csrf') ?? '' };
}
