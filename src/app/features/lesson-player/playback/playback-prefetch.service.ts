import { Injectable, inject } from '@angular/core';
import { backendCall } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import { STREAM_PLAYER_FACTORY } from './stream-player';

/** A prefetched manifest is used only this soon after it was asked for; later the page fetches its own. */
export const PREFETCH_FRESH_MS = 30_000;

export interface PrefetchedPlayback {
  readonly manifest: string;
  readonly expiresAt: string;
}

interface Entry {
  readonly at: number;
  readonly playback: Promise<PrefetchedPlayback | null | undefined>;
}

/**
 * Starts what a lesson's first frame waits for as soon as the user shows intent (the lesson link is
 * visible, hovered or focused): the lesson page's code, hls.js and the lesson's playback manifest.
 * The lesson page takes the manifest once (`take`), so a click plays without waiting for the backend.
 */
@Injectable({ providedIn: 'root' })
export class PlaybackPrefetch {
  private readonly data = inject(DataClientService);
  private readonly player = inject(STREAM_PLAYER_FACTORY);
  private readonly entries = new Map<string, Entry>();
  private codeRequested = false;

  prefetch(lessonId: string): void {
    this.loadCode();
    const key = this.keyOf(lessonId);
    if (this.isFresh(this.entries.get(key))) return;
    const playback = backendCall(this.data.client.queries.getPlayback({ lessonId }, { authMode: this.data.authMode() }));
    const entry: Entry = { at: Date.now(), playback };
    // A failed prefetch is forgotten: the page then asks itself and shows the backend's answer.
    playback.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    this.entries.set(key, entry);
  }

  /** The prefetched manifest for this lesson and the current sign-in, once; undefined when there is none fresh. */
  take(lessonId: string): Promise<PrefetchedPlayback | null | undefined> | undefined {
    const key = this.keyOf(lessonId);
    const entry = this.entries.get(key);
    this.entries.delete(key);
    return this.isFresh(entry) ? entry.playback : undefined;
  }

  private loadCode(): void {
    if (this.codeRequested) return;
    this.codeRequested = true;
    void this.player.prepare();
    // The same chunk the lesson route loads: fetched now, ready when the router asks for it.
    import('../lesson-player.page').catch(() => undefined);
  }

  private keyOf(lessonId: string): string {
    return `${this.data.authMode()}:${lessonId}`;
  }

  private isFresh(entry: Entry | undefined): entry is Entry {
    return entry !== undefined && Date.now() - entry.at < PREFETCH_FRESH_MS;
  }
}
