import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { TRPCClient } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import superjson from 'superjson';
import { csrfHeaders } from './csrf.js';

export const apiPath = '/api/trpc';

export interface KasaneClientOptions {
  /** Defaults to `/api/trpc` on the same origin. */
  url?: string;
  /** Injected in tests. */
  fetch?: typeof globalThis.fetch;
}

/**
 * The one way the apps talk to the API: same origin, superjson, every call a POST, the CSRF header
 * read from the cookie at request time, cookies sent. Apps pass `AppRouter` as a type only.
 */
export function createKasaneClient<TRouter extends AnyTRPCRouter>(options: KasaneClientOptions = {}): TRPCClient<TRouter> {
  const fetchImpl = options.fetch;
  // The link's options depend on the router's transformer; every Kasane router uses superjson.
  const link = httpBatchLink({
    url: options.url ?? apiPath,
    transformer: superjson,
    // Queries as POST too: a search term or a birth date in a URL ends up in logs and history (ADR 0013).
    methodOverride: 'POST',
    headers: () => csrfHeaders(),
    fetch: (url: string | URL | Request, init?: RequestInit) => (fetchImpl ?? globalThis.fetch)(url, { ...init, credentials: 'same-origin' }),
  } as unknown as Parameters<typeof httpBatchLink<TRouter>>[0]);
  return createTRPCClient<TRouter>({ links: [link] });
}
