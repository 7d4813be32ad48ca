// Issue #9 "Lock-out as a weapon": failures slow the attacker's account × address and, past a large
// budget, the address; the real user with the right password still gets in (ADR 0018). The clock is
// the API's own deps.now, moved by the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createContext } from '../src/create-context.js';
import { AppError } from '../src/errors.js';
import { appRouter } from '../src/root.js';
import { createCallerFactory } from '../src/trpc.js';
import { createHarness, fakeRequest, fixedNow } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

const createCaller = createCallerFactory(appRouter);
let h: Harness;
let clock = fixedNow.getTime();

beforeAll(async () => {
  h = await createHarness();
  h.deps.now = () => new Date(clock);
});
afterAll(async () => h.close());

const advance = (seconds: number) => void (clock += seconds * 1000);

async function login(loginId: string, password: string, ip: string): Promise<{ code: string; retryAfter?: unknown; message?: string }> {
  const caller = createCaller(await createContext(h.deps, fakeRequest({ cookies: { kasane_csrf: 'c' }, csrfHeader: 'c', ip })));
  try {
    await caller.auth.login({ loginId, password, app: 'staff' });
    return { code: 'OK' };
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    return { code: e.code, message: e.message, retryAfter: e instanceof AppError ? e.details?.retryAfterSeconds : undefined };
  }
}

/** Wrong passwords from `ip`, each one as soon as the throttle lets it through. */
async function failures(n: number, loginIds: string[], ip: string): Promise<void> {
  for (let i = 0; i < n; i++) {
    const r = await login(loginIds[i % loginIds.length] ?? '', 'wrong-password', ip);
    if (r.code === 'TOO_MANY_REQUESTS') {
      // a refusal must say how long to wait; a lock-out that never ends would loop here forever
      expect(r.retryAfter).toBeGreaterThan(0);
      expect(r.retryAfter).toBeLessThanOrEqual(300);
      advance(Number(r.retryAfter));
      i--;
      continue;
    }
    expect(r.code).toBe('UNAUTHORIZED');
  }
}

describe('sign-in throttling without lock-out', () => {
  it('lets the user in from their own address after an attacker’s 50 failures from another', async () => {
    await failures(50, ['tsuchiura.worker'], '203.0.113.66');
    expect((await login('tsuchiura.worker', 'kasane-demo', '203.0.113.66')).code).toBe('TOO_MANY_REQUESTS');
    expect((await login('tsuchiura.worker', 'kasane-demo', '198.51.100.7')).code).toBe('OK');
  });

  it('lets the right password in from the same address once the delay has passed, and says when', async () => {
    await failures(6, ['koga.worker'], '192.0.2.10');
    const refused = await login('koga.worker', 'kasane-demo', '192.0.2.10');
    expect(refused.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.message).toMatch(new RegExp(`${String(refused.retryAfter)}秒後にもう一度お試しください`));
    advance(Number(refused.retryAfter) - 1);
    expect((await login('koga.worker', 'kasane-demo', '192.0.2.10')).code).toBe('TOO_MANY_REQUESTS');
    advance(1);
    expect((await login('koga.worker', 'kasane-demo', '192.0.2.10')).code).toBe('OK');
    // the success cleared this account × address: one more typo is not delayed
    expect((await login('koga.worker', 'wrong-password', '192.0.2.10')).code).toBe('UNAUTHORIZED');
    expect((await login('koga.worker', 'kasane-demo', '192.0.2.10')).code).toBe('OK');
  });

  it('does not lock colleagues behind a shared NAT out after 30 failures from that address', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `nobody.${i}`);
    await failures(30, names, '192.0.2.200');
    expect((await login('nankoku.worker', 'kasane-demo', '192.0.2.200')).code).toBe('OK');
  });
});

describe('the per-address budget', () => {
  it('past the budget, delays the address for seconds but never blocks it', async () => {
    const local = await createHarness({ throttle: { perPair: { freeFailures: 3, baseDelaySeconds: 2, maxDelaySeconds: 300 }, perAddress: { freeFailures: 10, delaySeconds: 10 }, forgetAfterSeconds: 3600, maxEntries: 1000 } });
    try {
      const at = fixedNow.getTime();
      local.deps.now = () => new Date(at);
      const caller = (loginId: string, password: string) => createCaller({ deps: local.deps, req: fakeRequest({ cookies: { kasane_csrf: 'c' }, csrfHeader: 'c', ip: '192.0.2.99' }), session: null }).auth.login({ loginId, password, app: 'staff' });
      for (let i = 0; i < 10; i++) await expect(caller(`sprayed.${i}`, 'x')).rejects.toThrow('ログインIDまたはパスワードが正しくありません。');
      await expect(caller('matsumoto.worker', 'kasane-demo')).rejects.toThrow(/10秒後にもう一度/);
      local.deps.now = () => new Date(at + 10_000);
      await expect(caller('matsumoto.worker', 'kasane-demo')).resolves.toMatchObject({ actor: { kind: 'staff' } });
    } finally {
      await local.close();
    }
  });
});
