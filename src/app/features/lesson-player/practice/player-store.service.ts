import { Injectable, computed, signal } from '@angular/core';
import { MediaLike } from './media-like';

export const MIN_SPEED = 0.5;
export const MAX_SPEED = 1.5;
/** Keyboard speed step; the speed menu offers 0.1 steps. */
export const SPEED_STEP = 0.05;
/** A loop shorter than this is refused: it would stutter rather than help practice. */
export const MIN_LOOP_SECONDS = 0.5;
export const SEEK_STEP_SECONDS = 5;

export interface LoopRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Playback and practice state for one lesson (provided per player): mirrors the media element
 * into signals and owns speed and the A-B loop. It only touches the element through
 * {@link MediaLike}, so specs drive it with a fake.
 */
@Injectable()
export class PlayerStore {
  private media: MediaLike | null = null;
  private readonly time = signal(0);
  private readonly length = signal(0);
  private readonly isPaused = signal(true);
  private readonly rate = signal(1);
  private readonly a = signal<number | null>(null);
  private readonly b = signal<number | null>(null);
  private readonly looping = signal(false);
  private readonly notice = signal<string | null>(null);

  readonly currentTime = this.time.asReadonly();
  readonly duration = this.length.asReadonly();
  readonly paused = this.isPaused.asReadonly();
  readonly speed = this.rate.asReadonly();
  readonly loopStart = this.a.asReadonly();
  readonly loopEnd = this.b.asReadonly();
  readonly loopEnabled = this.looping.asReadonly();
  /** A short explanation of the last refused action (shown in a live region). */
  readonly message = this.notice.asReadonly();
  readonly loop = computed<LoopRange | null>(() => {
    const start = this.a();
    const end = this.b();
    return start !== null && end !== null ? { start, end } : null;
  });

  private readonly listeners: Record<string, () => void> = {
    timeupdate: () => this.sync(),
    seeked: () => this.sync(),
    durationchange: () => this.syncDuration(),
    loadedmetadata: () => this.syncDuration(),
    play: () => this.isPaused.set(false),
    pause: () => this.isPaused.set(true),
    ended: () => this.isPaused.set(true),
    // hls.js and native players may reset the rate when a new source loads.
    loadeddata: () => this.applySpeed(),
  };

  /** Binds to a media element; returns the function that unbinds it. */
  attach(media: MediaLike): () => void {
    this.media = media;
    for (const [type, listener] of Object.entries(this.listeners)) {
      media.addEventListener(type, listener);
    }
    this.applySpeed();
    this.isPaused.set(media.paused);
    this.syncDuration();
    this.sync();
    return () => {
      for (const [type, listener] of Object.entries(this.listeners)) {
        media.removeEventListener(type, listener);
      }
      if (this.media === media) this.media = null;
    };
  }

  /** Re-reads the position and enforces the loop (on timeupdate and seeked). */
  sync(): void {
    if (!this.media) return;
    this.enforceLoop();
    this.time.set(this.media.currentTime);
  }

  /**
   * Jumps back to A once playback reaches B. timeupdate fires only ~4 times a second, so the
   * player also calls this every animation frame while looping, without touching the signals.
   */
  enforceLoop(): void {
    const media = this.media;
    const start = this.a();
    const end = this.b();
    if (media && this.looping() && start !== null && end !== null && media.currentTime >= end) {
      media.currentTime = start;
    }
  }

  togglePlay(): void {
    const media = this.media;
    if (!media) return;
    if (media.paused || media.ended) {
      // play() rejects when interrupted by a pause or a source change; nothing to recover.
      media.play().catch(() => undefined);
    } else {
      media.pause();
    }
  }

  seekTo(seconds: number): void {
    const media = this.media;
    if (!media) return;
    const max = Number.isFinite(media.duration) ? media.duration : Number.POSITIVE_INFINITY;
    media.currentTime = Math.min(Math.max(0, seconds), max);
    this.time.set(media.currentTime);
  }

  seekBy(deltaSeconds: number): void {
    if (!this.media) return;
    this.seekTo(this.media.currentTime + deltaSeconds);
  }

  setSpeed(speed: number): void {
    const clamped = Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
    // Round to the 0.05 grid so repeated steps never drift (0.1 + 0.2 !== 0.3).
    this.rate.set(Number((Math.round(clamped / SPEED_STEP) * SPEED_STEP).toFixed(2)));
    this.applySpeed();
  }

  changeSpeed(delta: number): void {
    this.setSpeed(this.rate() + delta);
  }

  markA(): void {
    const now = this.position();
    this.a.set(now);
    const end = this.b();
    if (end !== null && end < now + MIN_LOOP_SECONDS) {
      this.b.set(null);
      this.looping.set(false);
    }
    this.notice.set(null);
  }

  /** Sets B at the current position and starts looping; refused unless B > A + 0.5 s. */
  markB(): boolean {
    const start = this.a();
    const now = this.position();
    if (start === null) {
      this.notice.set($localize`:@@player.store.setAFirst:Set point A first.`);
      return false;
    }
    if (now < start + MIN_LOOP_SECONDS) {
      this.notice.set($localize`:@@player.store.bTooClose:Point B must be at least ${MIN_LOOP_SECONDS}:seconds: s after point A.`);
      return false;
    }
    this.b.set(now);
    this.looping.set(true);
    this.notice.set(null);
    return true;
  }

  toggleLoop(): void {
    if (!this.loop()) {
      this.notice.set($localize`:@@player.store.setBoth:Set points A and B to loop a passage.`);
      return;
    }
    this.looping.update((on) => !on);
    this.notice.set(null);
  }

  clearLoop(): void {
    this.a.set(null);
    this.b.set(null);
    this.looping.set(false);
    this.notice.set(null);
  }

  /** Restores a saved loop: validates it, enables it and jumps to its start. */
  applyLoop(range: LoopRange): boolean {
    if (!(range.start >= 0) || range.end < range.start + MIN_LOOP_SECONDS) {
      this.notice.set($localize`:@@player.store.tooShort:That loop is too short to play.`);
      return false;
    }
    this.a.set(range.start);
    this.b.set(range.end);
    this.looping.set(true);
    this.notice.set(null);
    this.seekTo(range.start);
    return true;
  }

  private position(): number {
    return this.media ? this.media.currentTime : this.time();
  }

  private syncDuration(): void {
    const duration = this.media?.duration ?? Number.NaN;
    this.length.set(Number.isFinite(duration) ? duration : 0);
  }

  private applySpeed(): void {
    const media = this.media;
    if (!media) return;
    media.preservesPitch = true;
    media.playbackRate = this.rate();
  }
}
