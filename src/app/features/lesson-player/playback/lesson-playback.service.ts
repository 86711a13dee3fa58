import { Injectable, OnDestroy, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { backendCall, toBackendError } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import { ManifestObjectUrl } from './manifest-object-url';
import { PlaybackPrefetch } from './playback-prefetch.service';
import { PlaybackFailure, playbackFailureOf } from './playback-failure';

/**
 * Refetch once this share of the manifest's remaining lifetime has passed: a fraction rather than a
 * fixed margin, so a browser clock that lags the server's still refreshes before the URLs expire.
 */
export const REFRESH_AT_LIFETIME_FRACTION = 0.8;
/** Never refetch more often than this, whatever expiresAt says (guards against clock skew). */
export const MIN_REFRESH_DELAY_MS = 10_000;

export type PlaybackStatus = 'idle' | 'loading' | 'ready' | PlaybackFailure;

interface Playback {
  readonly manifest: string;
  readonly expiresAt: string;
}

/**
 * Fetches a lesson's playback manifest and keeps it fresh: the manifest TEXT becomes a Blob URL,
 * and a new one is fetched well before `expiresAt` and handed to `onRefresh` listeners.
 * A lesson the user is not entitled to sends them to the course page, which explains why.
 */
@Injectable()
export class LessonPlayback implements OnDestroy {
  private readonly data = inject(DataClientService);
  private readonly router = inject(Router);
  private readonly prefetched = inject(PlaybackPrefetch);
  private readonly urls = new ManifestObjectUrl();
  private readonly current = signal<PlaybackStatus>('idle');
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lessonId = '';
  private refreshListener: ((url: string) => void) | null = null;
  private lastRefreshAt = 0;
  private destroyed = false;

  readonly status = this.current.asReadonly();

  /** Resolves with the Blob URL to play, or null when the lesson cannot be played (see `status`). */
  async open(courseId: string, lessonId: string): Promise<string | null> {
    this.lessonId = lessonId;
    this.current.set('loading');
    const result = await this.fetch(this.prefetched.take(lessonId));
    if (this.destroyed) return null;
    if ('failure' in result) {
      this.current.set(result.failure);
      if (result.failure === 'locked') {
        await this.router.navigate(['/courses', courseId], { queryParams: { locked: lessonId }, replaceUrl: true });
      }
      return null;
    }
    this.current.set('ready');
    return this.accept(result);
  }

  onRefresh(listener: (url: string) => void): void {
    this.refreshListener = listener;
  }

  /** Fetches a fresh manifest now (e.g. after segment requests failed); rate-limited. */
  async refresh(): Promise<void> {
    if (Date.now() - this.lastRefreshAt < MIN_REFRESH_DELAY_MS) {
      this.current.set('error');
      return;
    }
    this.clearTimer();
    this.lastRefreshAt = Date.now();
    const result = await this.fetch();
    if (this.destroyed) return;
    if ('failure' in result) {
      this.current.set(result.failure);
      return;
    }
    this.current.set('ready');
    this.refreshListener?.(this.accept(result));
  }

  ngOnDestroy(): void {
    this.destroyed = true;
    this.clearTimer();
    this.urls.dispose();
  }

  private accept(playback: Playback): string {
    const url = this.urls.replace(playback.manifest);
    const expiresAt = Date.parse(playback.expiresAt);
    if (Number.isFinite(expiresAt)) {
      const delay = Math.max(MIN_REFRESH_DELAY_MS, (expiresAt - Date.now()) * REFRESH_AT_LIFETIME_FRACTION);
      this.timer = setTimeout(() => void this.refresh(), delay);
    }
    return url;
  }

  private async fetch(prefetched?: Promise<Playback | null | undefined>): Promise<Playback | { failure: PlaybackFailure }> {
    try {
      const data = await (prefetched ?? backendCall(this.data.client.queries.getPlayback({ lessonId: this.lessonId }, { authMode: this.data.authMode() })));
      if (!data?.manifest) return { failure: 'not-found' };
      return data;
    } catch (thrown) {
      return { failure: playbackFailureOf(toBackendError(thrown)) };
    }
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
