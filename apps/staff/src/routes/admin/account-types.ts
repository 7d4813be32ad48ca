import type { AppRouter } from '@kasane/api';
import type { inferRouterOutputs } from '@trpc/server';
import { formatDateTimeShortJst } from '@kasane/ui';

export type AccountList = inferRouterOutputs<AppRouter>['staff']['account']['find'];
export type Account = AccountList['accounts'][number];

export function formatSignIn(at: Date | null, never: string): string {
  return at ? formatDateTimeShortJst(at) : never;
}
