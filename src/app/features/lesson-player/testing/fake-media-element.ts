import { MediaLike } from '../practice/media-like';

/** A scriptable stand-in for HTMLVideoElement: specs move time and fire media events by hand. */
export class FakeMediaElement implements MediaLike {
  duration = Number.NaN;
  paused = true;
  ended = false;
  playbackRate = 1;
  preservesPitch = false;
  /** Every time written through `currentTime` (what a player seeks to). */
  readonly seeks: number[] = [];
  private readonly listeners = new Map<string, Set<() => void>>();
  private time = 0;

  get currentTime(): number {
    return this.time;
  }

  set currentTime(seconds: number) {
    this.time = seconds;
    this.seeks.push(seconds);
  }

  play(): Promise<void> {
    this.paused = false;
    this.emit('play');
    return Promise.resolve();
  }

  pause(): void {
    this.paused = true;
    this.emit('pause');
  }

  addEventListener(type: string, listener: () => void): void {
    const set = this.listeners.get(type) ?? new Set<() => void>();
    set.add(listener);
    this.listeners.set(type, set);
  }

  removeEventListener(type: string, listener: () => void): void {
    this.listeners.get(type)?.delete(listener);
  }

  listenerCount(): number {
    let count = 0;
    this.listeners.forEach((set) => (count += set.size));
    return count;
  }

  emit(type: string): void {
    this.listeners.get(type)?.forEach((listener) => listener());
  }

  /** Simulates playback reaching `seconds` (a timeupdate). */
  advanceTo(seconds: number): void {
    this.time = seconds;
    this.emit('timeupdate');
  }

  loadMetadata(duration: number): void {
    this.duration = duration;
    this.emit('loadedmetadata');
    this.emit('durationchange');
  }
}
