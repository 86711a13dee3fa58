import { InjectionToken } from '@angular/core';

export interface StreamLevel {
  readonly height: number;
  readonly bitrate: number;
}

export type StreamFatalError = 'network' | 'media' | 'other';

export interface StreamPlayerEvents {
  /** The master playlist was parsed and `levels` is known. */
  levelsReady(levels: readonly StreamLevel[]): void;
  levelSwitched(level: number): void;
  fatalError(kind: StreamFatalError): void;
}

/** The part of an hls.js instance the player uses (so the engine can be specced with a fake). */
export interface StreamPlayer {
  readonly levels: readonly StreamLevel[];
  /** -1 means automatic (adaptive) selection. */
  currentLevel: number;
  recoverMediaError(): void;
  destroy(): void;
}

export interface StreamPlayerFactory {
  /** Loads the player library; `isSupported` and `create` are only called after it settled. */
  prepare(): Promise<void>;
  isSupported(): boolean;
  create(media: HTMLMediaElement, url: string, startPosition: number, events: StreamPlayerEvents): StreamPlayer;
}

type HlsModule = typeof import('hls.js');
let hlsModule: HlsModule | null = null;

/** hls.js, loaded on demand so the lesson page renders while the library downloads. */
export const hlsJsFactory: StreamPlayerFactory = {
  async prepare() {
    try {
      hlsModule ??= await import('hls.js');
    } catch {
      // Leaves isSupported() false: the engine falls back to native HLS or says it cannot play.
    }
  },
  isSupported: () => hlsModule?.default.isSupported() ?? false,
  create(media, url, startPosition, events) {
    if (!hlsModule) throw new Error('hls.js is not loaded: call prepare() first');
    const { default: Hls, Events, ErrorTypes } = hlsModule;
    const hls = new Hls({ startPosition, capLevelToPlayerSize: false });
    hls.on(Events.MANIFEST_PARSED, (_event, data) =>
      events.levelsReady(data.levels.map((level) => ({ height: level.height, bitrate: level.bitrate }))),
    );
    hls.on(Events.LEVEL_SWITCHED, (_event, data) => events.levelSwitched(data.level));
    hls.on(Events.ERROR, (_event, data) => {
      if (!data.fatal) return;
      const kind: StreamFatalError =
        data.type === ErrorTypes.NETWORK_ERROR ? 'network' : data.type === ErrorTypes.MEDIA_ERROR ? 'media' : 'other';
      events.fatalError(kind);
    });
    hls.loadSource(url);
    hls.attachMedia(media);
    return hls;
  },
};

/** How HLS is played; hls.js by default. */
export const STREAM_PLAYER_FACTORY = new InjectionToken<StreamPlayerFactory>('STREAM_PLAYER_FACTORY', {
  providedIn: 'root',
  factory: () => hlsJsFactory,
});
