import type { AppRouter } from '@kasane/api';
import type { inferRouterOutputs } from '@trpc/server';

export type CaseView = inferRouterOutputs<AppRouter>['staff']['coordination']['get'];
