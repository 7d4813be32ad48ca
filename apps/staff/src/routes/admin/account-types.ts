import type { AppRouter } from '@kasane/api';
import type { inferRouterOutputs } from '@trpc/server';

export type AccountList = inferRouterOutputs<AppRouter>['staff']['account']['find'];
export type Account = AccountList['accounts'][number];

const signInFormat = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' });

export function formatSignIn(at: Date | null, never: string): string {
  return at ? signInFormat.format(at) : never;
}
