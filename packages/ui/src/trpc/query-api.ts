// The signed-in apps' API object: one QueryClient whose caches report an expired session, and
// the tRPC options proxy over the Kasane client. Generic over the router, so apps pass
// `AppRouter` as a type and the portal (which does not use TanStack Query) never loads this.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AnyTRPCRouter } from '@trpc/server';
import { createContext, useContext } from 'react';
import type { Provider } from 'react';
import { createKasaneClient } from './client.js';
import { appErrorOf } from './errors.js';

export { usePasswordChange, useSignIn } from './account-hooks.js';

export interface QueryApi<TRouter extends AnyTRPCRouter> {
  queryClient: QueryClient;
  trpc: TRPCOptionsProxy<TRouter>;
  /** Called when any call says the session is gone (expired, signed out elsewhere). */
  setOnUnauthenticated(handler: () => void): void;
}

export function createQueryApi<TRouter extends AnyTRPCRouter>(options: { fetch?: typeof globalThis.fetch } = {}): QueryApi<TRouter> {
  let onUnauthenticated: () => void = () => undefined;
  const handleError = (error: unknown) => {
    if (appErrorOf(error).code === 'UNAUTHENTICATED') onUnauthenticated();
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A refusal will not change on retry; a network blip might.
        retry: (count, error) => appErrorOf(error).code === null && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  const client = createKasaneClient<TRouter>(options.fetch ? { fetch: options.fetch } : {});
  const trpc = createTRPCOptionsProxy<TRouter>({ client, queryClient });
  return {
    queryClient,
    trpc,
    setOnUnauthenticated: (handler) => {
      onUnauthenticated = handler;
    },
  };
}

/** A React context carrying the tRPC options proxy, typed for one router. */
export function createTrpcContext<TRouter extends AnyTRPCRouter>(): {
  TrpcProvider: Provider<TRPCOptionsProxy<TRouter> | null>;
  useTrpc: () => TRPCOptionsProxy<TRouter>;
} {
  const TrpcContext = createContext<TRPCOptionsProxy<TRouter> | null>(null);
  return {
    TrpcProvider: TrpcContext.Provider,
    useTrpc: () => {
      const trpc = useContext(TrpcContext);
      if (!trpc) throw new Error('useTrpc outside TrpcProvider');
      return trpc;
    },
  };
}
