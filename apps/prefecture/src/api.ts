import type { AppRouter } from '@kasane/api';
import { createQueryApi, createTrpcContext } from '@kasane/ui/query';
import type { QueryApi } from '@kasane/ui/query';

export type Api = QueryApi<AppRouter>;
export type Trpc = Api['trpc'];

export function createApi(options: { fetch?: typeof globalThis.fetch } = {}): Api {
  return createQueryApi<AppRouter>(options);
}

export const { TrpcProvider, useTrpc } = createTrpcContext<AppRouter>();
