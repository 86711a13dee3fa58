export interface SignedManifest {
  readonly manifest: string;
  /** When its presigned URLs stop working (epoch ms). */
  readonly expiresAt: number;
}

export interface ManifestCacheOptions {
  /** A manifest is handed out again only while at least this much of its validity is left. */
  readonly minRemainingMs: number;
  /** Manifests kept at most; the one stored longest ago goes first. */
  readonly maxEntries: number;
  readonly now?: () => number;
}

/**
 * Signed manifests an execution environment keeps between invocations. A manifest does not depend on
 * who asks (access is decided before it is needed), so every caller allowed to play a ladder can get
 * the same one while enough of it is valid; signing each segment URL again on every call cost more
 * CPU than the rest of getPlayback together. Keyed by the master playlist's key, which changes with
 * every new upload of the lesson's video.
 */
export class ManifestCache {
  private readonly entries = new Map<string, SignedManifest>();
  private readonly now: () => number;

  constructor(private readonly options: ManifestCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  async get(masterKey: string, sign: () => Promise<SignedManifest>): Promise<SignedManifest> {
    const kept = this.entries.get(masterKey);
    if (kept && kept.expiresAt - this.now() >= this.options.minRemainingMs) return kept;
    this.entries.delete(masterKey);
    const signed = await sign();
    this.entries.set(masterKey, signed);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries) break;
      this.entries.delete(oldest);
    }
    return signed;
  }
}
