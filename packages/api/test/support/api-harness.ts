import { asSystem, findAccountByLoginId } from '@kasane/db';
import { createTestDatabase } from '@kasane/db/testing';
import type { TestDatabase } from '@kasane/db/testing';
import { LoginThrottle } from '../../src/auth/login-throttle.js';
import type { ThrottleLimits } from '../../src/auth/login-throttle.js';
import { hashPassword } from '../../src/auth/password.js';
import type { Actor, ApiConfig, ApiDeps, Context, RequestInfo } from '../../src/context.js';
import { appRouter } from '../../src/root.js';
import { createCallerFactory } from '../../src/trpc.js';

export const fixedNow = new Date('2026-11-20T01:00:00Z');

export interface Harness {
  t: TestDatabase;
  deps: ApiDeps;
  /** a caller signed in as the demo account `loginId`, with a valid CSRF pair */
  as(loginId: string): Promise<ReturnType<typeof createCaller>>;
  anonymous(req?: Partial<RequestInfo>): ReturnType<typeof createCaller>;
  actorOf(loginId: string): Promise<Actor>;
  close(): Promise<void>;
}

const createCaller = createCallerFactory(appRouter);

export function fakeRequest(over: Partial<RequestInfo> = {}): RequestInfo & { jar: Map<string, string> } {
  const jar = new Map<string, string>();
  return {
    ip: '127.0.0.1',
    userAgent: 'vitest',
    cookies: {},
    csrfHeader: undefined,
    setCookie: (name, value) => void jar.set(name, value),
    clearCookie: (name) => void jar.delete(name),
    jar,
    ...over,
  };
}

export async function createHarness(options: { config?: Partial<ApiConfig>; throttle?: ThrottleLimits } = {}): Promise<Harness> {
  const t = await createTestDatabase({ demo: { hashPassword, now: fixedNow } });
  const deps: ApiDeps = {
    db: t.db,
    now: () => fixedNow,
    throttle: new LoginThrottle(options.throttle),
    config: { production: false, sessionIdleMinutes: 30, sessionAbsoluteHours: 12, suppressionThreshold: 5, ...options.config },
  };
  const actorOf = async (loginId: string): Promise<Actor> => {
    const a = await asSystem(t.db, (tx) => findAccountByLoginId(tx, loginId));
    if (!a) throw new Error(`no demo account ${loginId}`);
    if (a.role === 'prefectural_official') return { kind: 'prefecture', userId: a.id, displayName: a.displayName, role: 'prefectural_official', prefectureCode: a.prefectureCode ?? '' };
    return { kind: 'staff', userId: a.id, displayName: a.displayName, role: a.role, organisationId: a.organisationId ?? '', municipalityCode: a.municipalityCode ?? '' };
  };
  return {
    t,
    deps,
    actorOf,
    async as(loginId) {
      const actor = await actorOf(loginId);
      const csrfToken = `csrf-${loginId}`;
      const ctx: Context = {
        deps,
        req: fakeRequest({ cookies: { kasane_csrf: csrfToken }, csrfHeader: csrfToken }),
        session: { id: `session-${loginId}`, csrfToken, actor },
      };
      return createCaller(ctx);
    },
    anonymous(req = {}) {
      return createCaller({ deps, req: fakeRequest(req), session: null });
    },
    close: () => t.drop(),
  };
}
