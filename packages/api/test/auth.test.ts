import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { defaultThrottleLimits } from '../src/auth/login-throttle.js';
import { createContext } from '../src/create-context.js';
import { appRouter } from '../src/root.js';
import { createCallerFactory } from '../src/trpc.js';
import { createHarness, fakeRequest } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

const createCaller = createCallerFactory(appRouter);
let h: Harness;

beforeAll(async () => {
  h = await createHarness({ throttle: { ...defaultThrottleLimits, perPair: { freeFailures: 3, baseDelaySeconds: 60, maxDelaySeconds: 600 } } });
});
afterAll(async () => h.close());

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

/** Signs in through the real procedure and returns a request carrying the cookies it set. */
async function signIn(loginId: string, app: 'staff' | 'prefecture' = 'staff') {
  const first = fakeRequest({ cookies: { kasane_csrf: 'pre' }, csrfHeader: 'pre' });
  await createCaller(await createContext(h.deps, first)).auth.login({ loginId, password: 'kasane-demo', app });
  const cookies = Object.fromEntries(first.jar);
  return fakeRequest({ cookies, csrfHeader: cookies.kasane_csrf });
}

describe('sign-in and sessions', () => {
  it('signs a demo worker in with an httpOnly session cookie and a fresh CSRF token, and sees their organisation', async () => {
    const req = await signIn('tsuchiura.worker');
    expect(req.cookies.kasane_session).toMatch(/^[\w-]{40,}$/);
    expect(req.cookies.kasane_csrf).not.toBe('pre');
    const caller = createCaller(await createContext(h.deps, req));
    const home = await caller.staff.home.get();
    expect(home.municipality.name).toBe('土浦市');
    expect(home.organisation.name).toBe('土浦市中央地域包括支援センター');
    expect(home.parts.map((p) => p.partId).sort()).toEqual(['community.elderly_prevention', 'consult.elderly']);
  });

  it('stores only a hash of the session token', async () => {
    const req = await signIn('koga.worker');
    const token = req.cookies.kasane_session ?? '';
    const rows = await h.t.db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Session" WHERE id = ${token}`;
    expect(rows[0]?.n).toBe(0n);
  });

  it('refuses a wrong password with a Japanese message', async () => {
    const caller = h.anonymous({ cookies: { kasane_csrf: 'a' }, csrfHeader: 'a' });
    await expect(caller.auth.login({ loginId: 'koga.admin', password: 'wrong', app: 'staff' })).rejects.toThrow('ログインIDまたはパスワードが正しくありません。');
  });

  it('slows repeated wrong passwords for one account from one address, even with the right password afterwards', async () => {
    const caller = h.anonymous({ cookies: { kasane_csrf: 'a' }, csrfHeader: 'a', ip: '10.0.0.9' });
    for (let i = 0; i < 3; i++) expect(await codeOf(caller.auth.login({ loginId: 'matsumoto.admin', password: 'nope', app: 'staff' }))).toBe('UNAUTHORIZED');
    expect(await codeOf(caller.auth.login({ loginId: 'matsumoto.admin', password: 'kasane-demo', app: 'staff' }))).toBe('TOO_MANY_REQUESTS');
    await expect(caller.auth.login({ loginId: 'matsumoto.admin', password: 'kasane-demo', app: 'staff' })).rejects.toThrow(/約1分後にもう一度/);
  });

  it('slows one address trying many accounts', async () => {
    const local = await createHarness({ throttle: { ...defaultThrottleLimits, perAddress: { freeFailures: 4, delaySeconds: 10 } } });
    try {
      const caller = local.anonymous({ cookies: { kasane_csrf: 'a' }, csrfHeader: 'a', ip: '10.0.0.77' });
      for (const id of ['a', 'b', 'c', 'd']) await codeOf(caller.auth.login({ loginId: `nobody.${id}`, password: 'x', app: 'staff' }));
      expect(await codeOf(caller.auth.login({ loginId: 'nankoku.worker', password: 'kasane-demo', app: 'staff' }))).toBe('TOO_MANY_REQUESTS');
    } finally {
      await local.close();
    }
  });

  it('refuses a staff account on the prefecture dashboard and the other way round', async () => {
    const caller = h.anonymous({ cookies: { kasane_csrf: 'a' }, csrfHeader: 'a' });
    expect(await codeOf(caller.auth.login({ loginId: 'tsuchiura.admin', password: 'kasane-demo', app: 'prefecture' }))).toBe('FORBIDDEN');
    expect(await codeOf(caller.auth.login({ loginId: 'ibaraki.pref', password: 'kasane-demo', app: 'staff' }))).toBe('FORBIDDEN');
  });

  it('refuses demo passwords when NODE_ENV=production', async () => {
    const prod = await createHarness({ config: { production: true } });
    try {
      const caller = prod.anonymous({ cookies: { kasane_csrf: 'a' }, csrfHeader: 'a' });
      await expect(caller.auth.login({ loginId: 'tsuchiura.admin', password: 'kasane-demo', app: 'staff' })).rejects.toThrow('デモ用アカウントは本番環境では使えません。');
    } finally {
      await prod.close();
    }
  });

  it('ends the session on logout', async () => {
    const req = await signIn('nankoku.worker');
    const caller = createCaller(await createContext(h.deps, req));
    await caller.auth.logout();
    const after = createCaller(await createContext(h.deps, req));
    expect(await codeOf(after.staff.home.get())).toBe('UNAUTHORIZED');
  });

  it('expires an idle session', async () => {
    const req = await signIn('tsuchiura.coordinator');
    const later = { ...h.deps, now: () => new Date(h.deps.now().getTime() + 31 * 60_000) };
    const caller = createCaller(await createContext(later, req));
    expect(await codeOf(caller.staff.home.get())).toBe('UNAUTHORIZED');
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the token', async () => {
    const req = await signIn('koga.coordinator');
    const withoutHeader = fakeRequest({ cookies: req.cookies, csrfHeader: undefined });
    const caller = createCaller(await createContext(h.deps, withoutHeader));
    expect(await codeOf(caller.auth.logout())).toBe('FORBIDDEN');
    const login = h.anonymous({ cookies: { kasane_csrf: 'x' } });
    expect(await codeOf(login.auth.login({ loginId: 'koga.admin', password: 'kasane-demo', app: 'staff' }))).toBe('FORBIDDEN');
  });

  it('refuses a token that is not the session’s own', async () => {
    const req = await signIn('koga.auditor');
    const forged = fakeRequest({ cookies: { ...req.cookies, kasane_csrf: 'attacker' }, csrfHeader: 'attacker' });
    const caller = createCaller(await createContext(h.deps, forged));
    expect(await codeOf(caller.auth.logout())).toBe('FORBIDDEN');
  });

  it('hands out a CSRF cookie to a new visitor', async () => {
    const req = fakeRequest();
    const caller = createCaller(await createContext(h.deps, req));
    const s = await caller.auth.session();
    expect(s.actor).toBeNull();
    expect(req.jar.get('kasane_csrf')).toBe(s.csrfToken);
  });
});
