import { StreamLevel, StreamPlayer, StreamPlayerEvents, StreamPlayerFactory } from '../playback/stream-player';

export class FakeStreamPlayer implements StreamPlayer {
  levels: StreamLevel[] = [];
  currentLevel = -1;
  destroyed = false;
  recovered = 0;

  constructor(
    readonly url: string,
    readonly startPosition: number,
    readonly events: StreamPlayerEvents,
  ) {}

  recoverMediaError(): void {
    this.recovered++;
  }

  destroy(): void {
    this.destroyed = true;
  }

  parseManifest(levels: StreamLevel[]): void {
    this.levels = levels;
    this.events.levelsReady(levels);
  }
}

/** Records every player it creates; `supported` toggles the hls.js (MSE) path. */
export class FakeStreamPlayerFactory implements StreamPlayerFactory {
  supported = true;
  readonly created: FakeStreamPlayer[] = [];

  prepare(): Promise<void> {
    return Promise.resolve();
  }

  isSupported(): boolean {
    return this.supported;
  }

  create(_media: HTMLMediaElement, url: string, startPosition: number, events: StreamPlayerEvents): FakeStreamPlayer {
    const player = new FakeStreamPlayer(url, startPosition, events);
    this.created.push(player);
    return player;
  }

  get last(): FakeStreamPlayer {
    const player = this.created.at(-1);
    if (!player) throw new Error('no player created');
    return player;
  }
}
