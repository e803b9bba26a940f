import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitSettings {
  /** Failed authentications allowed per client address per minute before 429. */
  authFailuresPerMinute: number;
  /** Writes (POST, PUT, PATCH, DELETE) allowed per API key per minute before 429. */
  writesPerMinute: number;
}

/** The edge's two budgets: wrong keys per address (guessing), and writes per key (a runaway client). */
export class RateLimits {
  private readonly authFailures: RateLimiterMemory;
  private readonly writes: RateLimiterMemory;

  constructor(settings: RateLimitSettings) {
    this.authFailures = new RateLimiterMemory({ keyPrefix: 'auth-failures', points: settings.authFailuresPerMinute, duration: 60 });
    this.writes = new RateLimiterMemory({ keyPrefix: 'writes', points: settings.writesPerMinute, duration: 60 });
  }

  /** Seconds until the address may try again, or 0 while it is within its budget. */
  authFailure(address: string): Promise<number> {
    return secondsToWait(this.authFailures.consume(address));
  }

  /** Seconds until the key may write again, or 0 while it is within its budget. */
  write(keyId: string): Promise<number> {
    return secondsToWait(this.writes.consume(keyId));
  }
}

async function secondsToWait(consumed: Promise<RateLimiterRes>): Promise<number> {
  try {
    await consumed;
    return 0;
  } catch (refused) {
    if (refused instanceof RateLimiterRes) return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
    throw refused;
  }
}
