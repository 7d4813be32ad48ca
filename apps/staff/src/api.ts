import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { createContext, useContext } from 'react';
import type { AppRouter } from '@kasane/api';
import { appErrorOf, createKasaneClient } from '@kasane/ui';

export type Trpc = TRPCOptionsProxy<AppRouter>;

export interface Api {
  queryClient: QueryClient;
  trpc: Trpc;
  /** Called when any call says the session is gone (expired, signed out elsewhere). */
  setOnUnauthenticated(handler: () => void): void;
}

export function createApi(options: { fetch?: typeof globalThis.fetch } = {}): Api {
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
  const client = createKasaneClient<AppRouter>(options.fetch ? { fetch: options.fetch } : {});
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  return {
    queryClient,
    trpc,
    setOnUnauthenticated: (handler) => {
      onUnauthenticated = handler;
    },
  };
}

const TrpcContext = createContext<Trpc | null>(null);
export const TrpcProvider = TrpcContext.Provider;

export function useTrpc(): Trpc {
  const trpc = useContext(TrpcContext);
  if (!trpc) throw new Error('useTrpc outside TrpcProvider');
  return trpc;
}
