export interface Signed<T> {
  readonly value: T;
  /** When its presigned URLs stop working (epoch ms). */
  readonly expiresAt: number;
}

export interface SignedCacheOptions {
  /** A value is handed out again only while at least this much of its validity is left. */
  readonly minRemainingMs: number;
  /** Values kept at most; the one stored longest ago goes first. */
  readonly maxEntries: number;
  readonly now?: () => number;
}

/**
 * Presigned URLs (or documents full of them) an execution environment keeps between invocations.
 * Use it only for values that do not depend on who asks (access is decided before they are needed):
 * then every allowed caller can get the same one while enough of it is valid. Signing is CPU work
 * the SDK repeats per URL, and a stable URL also lets browsers cache what it points to.
 */
export class SignedCache<T> {
  private readonly entries = new Map<string, Signed<T>>();
  private readonly now: () => number;

  constructor(private readonly options: SignedCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  async get(key: string, sign: () => Promise<Signed<T>>): Promise<Signed<T>> {
    const kept = this.entries.get(key);
    if (kept && kept.expiresAt - this.now() >= this.options.minRemainingMs) return kept;
    this.entries.delete(key);
    const signed = await sign();
    this.entries.set(key, signed);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries) break;
      this.entries.delete(oldest);
    }
    return signed;
  }
}
