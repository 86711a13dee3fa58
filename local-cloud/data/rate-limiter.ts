/**
 * A WAF rate-based rule, per client key: every request is counted, blocked ones included, and a
 * request is refused while the requests in the trailing window (itself included) number more than
 * the limit. A client that keeps sending while blocked therefore stays blocked, as under WAF, and is
 * admitted again once its count in the window falls back to the limit.
 */
export class RateLimiter {
  /** Per key, the times of its requests still in the window, oldest first. */
  private readonly requests = new Map<string, number[]>();

  constructor(
    private readonly rule: { limit: number; windowMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request from `key` and answers whether it may pass. */
  admit(key: string): boolean {
    const now = this.now();
    const windowStart = now - this.rule.windowMs;
    for (const [other, times] of this.requests) {
      if ((times.at(-1) ?? windowStart) <= windowStart) this.requests.delete(other);
    }
    const times = this.requests.get(key) ?? [];
    const firstInWindow = times.findIndex((time) => time > windowStart);
    times.splice(0, firstInWindow === -1 ? times.length : firstInWindow);
    times.push(now);
    this.requests.set(key, times);
    return times.length <= this.rule.limit;
  }
}
