/**
 * The slice of HTMLMediaElement the practice tools use, so they can be driven by a fake in
 * unit specs. A real HTMLVideoElement satisfies it.
 */
export interface MediaLike {
  currentTime: number;
  readonly duration: number;
  readonly paused: boolean;
  readonly ended: boolean;
  playbackRate: number;
  preservesPitch: boolean;
  play(): Promise<void>;
  pause(): void;
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}
