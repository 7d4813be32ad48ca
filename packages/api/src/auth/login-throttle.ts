import { AppError } from '../errors.js';
import { apiMessage } from '../messages.js';

/**
 * Sign-in throttling without lock-out (issue #9, ADR 0018). Nothing here ever blocks an account:
 * - per account × address, after a few free failures each further attempt waits a delay that doubles
 *   up to a cap — an attacker at address A is slowed, the user at address B is not touched at all,
 *   and the user at A gets in with the right password once the delay has passed;
 * - per address across accounts (a shared office NAT), a much larger budget, then a short fixed
 *   spacing between attempts: password spraying is slowed, colleagues behind the NAT wait seconds.
 * A success clears that account × address. Time comes from the caller (deps.now), so tests need no sleeps.
 */
export interface ThrottleLimits {
  perPair: { freeFailures: number; baseDelaySeconds: number; maxDelaySeconds: number };
  perAddress: { freeFailures: number; delaySeconds: number };
  /** a key with no failure for this long starts again from zero */
  forgetAfterSeconds: number;
  /** entries kept per table; the least recently failed go first (bounded memory under rotation) */
  maxEntries: number;
}

export const defaultThrottleLimits: ThrottleLimits = {
  perPair: { freeFailures: 3, baseDelaySeconds: 2, maxDelaySeconds: 5 * 60 },
  perAddress: { freeFailures: 100, delaySeconds: 10 },
  forgetAfterSeconds: 60 * 60,
  maxEntries: 50_000,
};

interface Failures {
  count: number;
  lastAt: number;
}

/** Failures by key, oldest first (a Map keeps insertion order; a failure re-inserts its key). */
class FailureTable {
  private readonly rows = new Map<string, Failures>();
  constructor(private readonly limits: ThrottleLimits) {}

  get(key: string, now: number): Failures | null {
    const row = this.rows.get(key);
    if (!row) return null;
    if (now - row.lastAt > this.limits.forgetAfterSeconds * 1000) {
      this.rows.delete(key);
      return null;
    }
    return row;
  }

  add(key: string, now: number): void {
    const count = (this.get(key, now)?.count ?? 0) + 1;
    this.rows.delete(key);
    this.rows.set(key, { count, lastAt: now });
    for (const oldest of this.rows.keys()) {
      if (this.rows.size <= this.limits.maxEntries) break;
      this.rows.delete(oldest);
    }
  }

  clear(key: string): void {
    this.rows.delete(key);
  }
}

/** Milliseconds still to wait after `row`'s last failure, given the delay its count earned. */
function remaining(row: Failures | null, delaySeconds: (count: number) => number, now: number): number {
  if (!row) return 0;
  return Math.max(0, row.lastAt + delaySeconds(row.count) * 1000 - now);
}

/** The waiting time in words: 「45秒」, 「約3分」. */
export function waitInWords(seconds: number): string {
  return seconds < 60 ? `${seconds}秒` : `約${Math.ceil(seconds / 60)}分`;
}

/** A refusal because of throttling: HTTP 429 with `retryAfterSeconds`, sent as `Retry-After` by the server. */
export function throttledError(seconds: number): AppError {
  return new AppError('TOO_MANY_REQUESTS', 'LOGIN_THROTTLED', apiMessage('LOGIN_THROTTLED', { wait: waitInWords(seconds) }), { retryAfterSeconds: seconds });
}

export class LoginThrottle {
  private readonly pairs: FailureTable;
  private readonly addresses: FailureTable;

  constructor(private readonly limits: ThrottleLimits = defaultThrottleLimits) {
    this.pairs = new FailureTable(limits);
    this.addresses = new FailureTable(limits);
  }

  private pairDelay = (count: number): number => {
    const { freeFailures, baseDelaySeconds, maxDelaySeconds } = this.limits.perPair;
    if (count < freeFailures) return 0;
    return Math.min(maxDelaySeconds, baseDelaySeconds * 2 ** Math.min(30, count - freeFailures));
  };

  private addressDelay = (count: number): number => (count < this.limits.perAddress.freeFailures ? 0 : this.limits.perAddress.delaySeconds);

  /** Seconds until the next attempt for this account from this address is allowed, or 0. */
  retryAfter(loginId: string, ip: string, now: Date): number {
    const t = now.getTime();
    const ms = Math.max(remaining(this.pairs.get(pairKey(loginId, ip), t), this.pairDelay, t), remaining(this.addresses.get(ip, t), this.addressDelay, t));
    return Math.ceil(ms / 1000);
  }

  /** Refuses with a throttling error while the account × address or the address must wait. */
  check(loginId: string, ip: string, now: Date): void {
    const wait = this.retryAfter(loginId, ip, now);
    if (wait > 0) throw throttledError(wait);
  }

  recordFailure(loginId: string, ip: string, now: Date): void {
    this.pairs.add(pairKey(loginId, ip), now.getTime());
    this.addresses.add(ip, now.getTime());
  }

  /** The address's failures stay: one valid account must not reset a sprayer's budget. */
  recordSuccess(loginId: string, ip: string): void {
    this.pairs.clear(pairKey(loginId, ip));
  }
}

const pairKey = (loginId: string, ip: string) => `${loginId.trim().toLowerCase()}\n${ip}`;
