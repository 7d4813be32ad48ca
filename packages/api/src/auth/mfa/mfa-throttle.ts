import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { ApiDeps } from '../../context.js';
import { apiError } from '../../errors.js';

// Wrong second-factor codes are counted apart from wrong passwords: a correct password clears the
// password counter, and must not give someone who knows it a fresh set of guesses at the code.
// 5 wrong codes per account in 15 minutes (a 6-digit code: 5 in a million). One per server, like
// the password throttle (ADR 0004), kept beside it so its construction stays untouched.
const limiters = new WeakMap<ApiDeps['throttle'], RateLimiterMemory>();

function limiterOf(deps: ApiDeps): RateLimiterMemory {
  let limiter = limiters.get(deps.throttle);
  if (!limiter) {
    limiter = new RateLimiterMemory({ points: 5, duration: 15 * 60, blockDuration: 15 * 60 });
    limiters.set(deps.throttle, limiter);
  }
  return limiter;
}

export async function refuseWhileThrottled(deps: ApiDeps, userId: string): Promise<void> {
  const r = await limiterOf(deps).get(userId);
  if (r && r.remainingPoints <= 0) throw apiError('LOGIN_THROTTLED', { seconds: Math.ceil(r.msBeforeNext / 1000) });
}

export async function recordWrongCode(deps: ApiDeps, userId: string): Promise<void> {
  await limiterOf(deps).consume(userId).catch(() => undefined);
}

export async function clearWrongCodes(deps: ApiDeps, userId: string): Promise<void> {
  await limiterOf(deps).delete(userId);
}
