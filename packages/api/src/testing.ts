// For the apps' component tests: the real API on a fresh test database, reached through a
// `fetch` the tRPC client can be given, with a cookie jar standing in for the browser's.
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createTestDatabase } from '@kasane/db/testing';
import type { TestDatabase } from '@kasane/db/testing';
import { LoginThrottle } from './auth/login-throttle.js';
import { hashPassword } from './auth/password.js';
import type { ApiDeps, RequestInfo } from './context.js';
import { createContext } from './create-context.js';
import { appRouter } from './root.js';

export interface TestApi {
  t: TestDatabase;
  deps: ApiDeps;
  /** hand to the app's tRPC client */
  fetch: typeof globalThis.fetch;
  /** the cookies the API set; readable ones are also written to `document.cookie` when there is one */
  cookies: Map<string, string>;
  close(): Promise<void>;
}

export async function createTestApi(options: { now?: Date } = {}): Promise<TestApi> {
  const now = options.now ?? new Date('2026-11-20T01:00:00Z');
  const t = await createTestDatabase({ demo: { hashPassword, now } });
  const deps: ApiDeps = {
    db: t.db,
    now: () => now,
    throttle: new LoginThrottle(),
    config: { production: false, sessionIdleMinutes: 30, sessionAbsoluteHours: 12, suppressionThreshold: 5 },
  };
  const cookies = new Map<string, string>();
  const doc = (globalThis as { document?: { cookie: string } }).document;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const request = new Request(url, init);
    const header = request.headers.get('x-csrf-token') ?? undefined;
    const info: RequestInfo = {
      ip: '127.0.0.1',
      userAgent: 'component-test',
      cookies: Object.fromEntries(cookies),
      csrfHeader: header,
      setCookie: (name, value, o) => {
        cookies.set(name, value);
        if (!o.httpOnly && doc) doc.cookie = `${name}=${value}; path=/`;
      },
      clearCookie: (name) => void cookies.delete(name),
    };
    // as the server answers (apps/server/src/http.ts): queries come as POST, with no input in the URL
    return fetchRequestHandler({ endpoint: '/api/trpc', req: request, router: appRouter, allowMethodOverride: true, createContext: () => createContext(deps, info) });
  };
  return { t, deps, fetch, cookies, close: () => t.drop() };
}
