import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface ThrottleLimits {
  perAccount: { failures: number; windowSeconds: number; blockSeconds: number };
  perAddress: { failures: number; windowSeconds: number; blockSeconds: number };
}

export const defaultThrottleLimits: ThrottleLimits = {
  perAccount: { failures: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  perAddress: { failures: 30, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
};

/**
 * Failed sign-ins counted per account and per address. In memory: the server is one process
 * (docs/decisions/0004-sessions-and-sign-in.md); a cluster would move this to PostgreSQL.
 */
export class LoginThrottle {
  private readonly account: RateLimiterMemory;
  private readonly address: RateLimiterMemory;

  constructor(limits: ThrottleLimits = defaultThrottleLimits) {
    this.account = new RateLimiterMemory({ points: limits.perAccount.failures, duration: limits.perAccount.windowSeconds, blockDuration: limits.perAccount.blockSeconds });
    this.address = new RateLimiterMemory({ points: limits.perAddress.failures, duration: limits.perAddress.windowSeconds, blockDuration: limits.perAddress.blockSeconds });
  }

  /** Seconds until the next attempt is allowed, or 0. */
  async retryAfter(loginId: string, ip: string): Promise<number> {
    const [a, b] = await Promise.all([this.account.get(loginId.toLowerCase()), this.address.get(ip)]);
    const wait = (r: typeof a) => (r && r.remainingPoints <= 0 ? Math.ceil(r.msBeforeNext / 1000) : 0);
    return Math.max(wait(a), wait(b));
  }

  async recordFailure(loginId: string, ip: string): Promise<void> {
    await Promise.allSettled([this.account.consume(loginId.toLowerCase()), this.address.consume(ip)]);
  }

  async recordSuccess(loginId: string): Promise<void> {
    await this.account.delete(loginId.toLowerCase());
  }
}
