export const HLS_MIME_TYPE = 'application/vnd.apple.mpegurl';

/**
 * Holds the Blob URL the player loads the manifest TEXT from. Each new manifest revokes the
 * previous URL, so refreshes before expiry don't leak blobs; `dispose()` revokes the last one.
 */
export class ManifestObjectUrl {
  private current: string | null = null;

  replace(manifest: string): string {
    const next = URL.createObjectURL(new Blob([manifest], { type: HLS_MIME_TYPE }));
    this.revoke();
    this.current = next;
    return next;
  }

  get url(): string | null {
    return this.current;
  }

  dispose(): void {
    this.revoke();
  }

  private revoke(): void {
    if (this.current) URL.revokeObjectURL(this.current);
    this.current = null;
  }
}
