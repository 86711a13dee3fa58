import type { OutputFile } from './hls-output';

/**
 * Uploads a job's HLS segments while ffmpeg still writes the next ones. Each poll lists the finished
 * segments (ffmpeg's temp_file flag gives a segment its own name only once it is complete) and puts
 * the ones not yet sent, one at a time, in the order listed. Playlists never go through here: the job
 * puts them after finish(), so a reader never sees a playlist before its segments.
 */
export class LiveSegmentUpload {
  private readonly sent = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> = Promise.resolve();
  private failure: Error | undefined;
  private stopped = false;

  constructor(
    private readonly listFinished: () => Promise<OutputFile[]>,
    private readonly put: (file: OutputFile) => Promise<void>,
    private readonly pollMs = 250,
  ) {}

  start(): void {
    this.schedule();
  }

  /** Once ffmpeg has exited: stops polling and puts every segment not sent yet; rejects with the first failed put. */
  async finish(): Promise<void> {
    await this.stop();
    if (this.failure) throw this.failure;
    await this.sendNew();
  }

  /** Stops polling (ffmpeg failed, or the job is finishing) once the put in flight is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.current;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.current = this.sendNew().then(
        () => this.schedule(),
        (error: unknown) => {
          this.failure = error instanceof Error ? error : new Error(String(error));
          this.stopped = true;
        },
      );
    }, this.pollMs);
  }

  private async sendNew(): Promise<void> {
    for (const file of await this.listFinished()) {
      if (this.sent.has(file.key)) continue;
      await this.put(file);
      this.sent.add(file.key);
    }
  }
}
