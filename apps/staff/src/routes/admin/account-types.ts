import type { AppRouter } from '@kasane/api';
import type { inferRouterOutputs } from '@trpc/server';
import { formatDateTime } from '../../dates.js';

export type AccountList = inferRouterOutputs<AppRouter>['staff']['account']['find'];
export type Account = AccountList['accounts'][number];

export function formatSignIn(at: Date | null, never: string): string {
  return at ? formatDateTime(at) : never;
}
