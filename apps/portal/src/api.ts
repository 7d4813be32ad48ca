import { createContext, useContext, useEffect, useState } from 'react';
import type { TRPCClient } from '@trpc/client';
import type { AppRouter } from '@kasane/api';
import { createKasaneClient } from '@kasane/ui';

// The portal must stay under 100 KB of gzipped JavaScript on first load (React alone is ~66 KB),
// so instead of TanStack Query (~15 KB) it reads the few public queries through this small cache.
// The staff and prefecture apps use TanStack Query.

export type PortalClient = TRPCClient<AppRouter>;

export interface Api {
  client: PortalClient;
  /** settled results and requests in flight, by key; failures are dropped so the next mount retries */
  cache: Map<string, Promise<unknown>>;
}

export function createApi(options: { fetch?: typeof globalThis.fetch } = {}): Api {
  return { client: createKasaneClient<AppRouter>(options.fetch ? { fetch: options.fetch } : {}), cache: new Map() };
}

const ApiContext = createContext<Api | null>(null);
export const ApiProvider = ApiContext.Provider;

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  /** no data yet for the current key */
  isPending: boolean;
  /** a request for the current key is in flight (the previous key's data may still show) */
  isFetching: boolean;
}

/**
 * Runs `load` once per `key` (null: do nothing) and shares the result with every component asking
 * for the same key. With keepPrevious, the previous key's data stays on screen while a new key loads.
 */
export function useApiQuery<T>(key: string | null, load: (client: PortalClient) => Promise<T>, options: { keepPrevious?: boolean } = {}): QueryState<T> {
  const api = useApi();
  const [state, setState] = useState<{ key: string | null; data: T | undefined; error: unknown; fetching: boolean }>({ key: null, data: undefined, error: null, fetching: false });

  useEffect(() => {
    if (key === null) return;
    let active = true;
    let promise = api.cache.get(key) as Promise<T> | undefined;
    if (!promise) {
      promise = load(api.client);
      api.cache.set(key, promise);
      promise.catch(() => api.cache.delete(key));
    }
    setState((s) => ({ ...s, fetching: true, error: null }));
    promise.then(
      (data) => {
        if (active) setState({ key, data, error: null, fetching: false });
      },
      (error: unknown) => {
        if (active) setState((s) => ({ ...s, key, error, fetching: false }));
      },
    );
    return () => {
      active = false;
    };
    // `load` is a new closure each render; the key alone says what it loads.
  }, [api, key]);

  const current = key !== null && state.key === key;
  const data = current || (key !== null && options.keepPrevious) ? state.data : undefined;
  const error = current ? state.error : null;
  return { data, error, isPending: key !== null && data === undefined && !error, isFetching: key !== null && (!current || state.fetching) };
}
