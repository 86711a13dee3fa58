import { Injectable, computed, inject, signal } from '@angular/core';
import { HLS_MIME_TYPE } from './manifest-object-url';
import { STREAM_PLAYER_FACTORY, StreamFatalError, StreamLevel, StreamPlayer } from './stream-player';

export interface QualityOption {
  /** The hls.js level index; -1 is Auto. */
  readonly level: number;
  readonly label: string;
}

export const AUTO_QUALITY = -1;
const AUTO_LABEL = $localize`:@@player.quality.auto:Auto`;

export type EngineState = 'idle' | 'hls' | 'native' | 'unsupported' | 'failed';

/**
 * Plays an HLS manifest URL in a video element: hls.js where MSE is available, the browser's
 * own HLS (Safari, iOS) otherwise. Loading a new URL (a refreshed manifest) keeps the position
 * the caller passes and the chosen quality. Fatal network errors are reported through
 * `onStreamLost` (presigned segment URLs may have expired) so the owner can refetch.
 */
@Injectable()
export class VideoEngine {
  private readonly factory = inject(STREAM_PLAYER_FACTORY);
  private player: StreamPlayer | null = null;
  private media: HTMLMediaElement | null = null;
  private detachNative: (() => void) | null = null;
  private readonly levels = signal<readonly StreamLevel[]>([]);
  private readonly chosen = signal(AUTO_QUALITY);
  private readonly playing = signal(AUTO_QUALITY);
  private readonly mode = signal<EngineState>('idle');
  private streamLost: (() => void) | null = null;
  private recoveredMediaError = false;

  readonly state = this.mode.asReadonly();
  readonly selectedQuality = this.chosen.asReadonly();
  /** Auto first, then each rendition from the highest; empty with native HLS (the browser decides). */
  readonly qualities = computed<QualityOption[]>(() => {
    const levels = this.levels();
    if (levels.length === 0) return [];
    const options = levels
      .map((level, index) => ({ level: index, label: qualityLabel(level), height: level.height, bitrate: level.bitrate }))
      .sort((a, b) => b.height - a.height || b.bitrate - a.bitrate)
      .map(({ level, label }) => ({ level, label }));
    return [{ level: AUTO_QUALITY, label: AUTO_LABEL }, ...options];
  });
  /** e.g. "Auto (720p)" or "540p", for the quality button. */
  readonly qualityLabel = computed(() => {
    const levels = this.levels();
    const chosen = this.chosen();
    if (chosen !== AUTO_QUALITY && levels[chosen]) return qualityLabel(levels[chosen]);
    const current = levels[this.playing()];
    return current ? $localize`:@@player.quality.autoWith:Auto (${qualityLabel(current)}:quality:)` : AUTO_LABEL;
  });

  /** Resolves once the player library is loaded; call before the first `load`. */
  prepare(): Promise<void> {
    return this.factory.prepare();
  }

  onStreamLost(listener: () => void): void {
    this.streamLost = listener;
  }

  load(media: HTMLMediaElement, url: string, startAt: number, autoplay: boolean): void {
    this.teardown();
    this.media = media;
    if (this.factory.isSupported()) {
      this.loadWithHlsJs(media, url, startAt, autoplay);
    } else if (media.canPlayType(HLS_MIME_TYPE) !== '') {
      this.loadNatively(media, url, startAt, autoplay);
    } else {
      this.mode.set('unsupported');
    }
  }

  selectQuality(level: number): void {
    this.chosen.set(level);
    if (this.player) this.player.currentLevel = level;
  }

  dispose(): void {
    this.teardown();
    this.media = null;
  }

  private loadWithHlsJs(media: HTMLMediaElement, url: string, startAt: number, autoplay: boolean): void {
    this.mode.set('hls');
    this.recoveredMediaError = false;
    const player = this.factory.create(media, url, startAt, {
      levelsReady: (levels) => {
        if (this.player !== player) return;
        this.levels.set(levels);
        if (this.chosen() !== AUTO_QUALITY && this.chosen() < levels.length) player.currentLevel = this.chosen();
        if (autoplay) media.play().catch(() => undefined);
      },
      levelSwitched: (level) => {
        if (this.player === player) this.playing.set(level);
      },
      fatalError: (kind) => {
        if (this.player === player) this.handleFatal(player, kind);
      },
    });
    this.player = player;
  }

  private loadNatively(media: HTMLMediaElement, url: string, startAt: number, autoplay: boolean): void {
    this.mode.set('native');
    this.levels.set([]);
    const onMetadata = () => {
      if (startAt > 0) media.currentTime = startAt;
      if (autoplay) media.play().catch(() => undefined);
    };
    const onError = () => this.streamLost?.();
    media.addEventListener('loadedmetadata', onMetadata, { once: true });
    media.addEventListener('error', onError);
    this.detachNative = () => {
      media.removeEventListener('loadedmetadata', onMetadata);
      media.removeEventListener('error', onError);
    };
    media.src = url;
  }

  private handleFatal(player: StreamPlayer, kind: StreamFatalError): void {
    if (kind === 'media' && !this.recoveredMediaError) {
      this.recoveredMediaError = true;
      player.recoverMediaError();
    } else if (kind === 'network' && this.streamLost) {
      this.streamLost();
    } else {
      this.teardown();
      this.mode.set('failed');
    }
  }

  private teardown(): void {
    this.player?.destroy();
    this.player = null;
    this.detachNative?.();
    this.detachNative = null;
    if (this.media && this.mode() === 'native') {
      this.media.removeAttribute('src');
      this.media.load();
    }
    this.levels.set([]);
    this.playing.set(AUTO_QUALITY);
    this.mode.set('idle');
  }
}

function qualityLabel(level: StreamLevel): string {
  return level.height > 0 ? `${level.height}p` : `${Math.round(level.bitrate / 1000)} kbps`;
}
