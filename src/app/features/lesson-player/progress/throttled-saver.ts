/**
 * Runs `save` at most once per `intervalMs` and never two at a time: requests made while a save
 * is waiting or in flight coalesce into one follow-up. `flush()` skips the wait (pause, leaving the
 * page) but still queues behind a save in flight. A failed save is not retried by itself; the next
 * request saves whatever is still unsaved.
 */
export class ThrottledSaver {
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastStartedAt = Number.NEGATIVE_INFINITY;
  private pending = false;
  private urgent = false;

  constructor(
    private readonly save: () => Promise<void>,
    private readonly intervalMs: number,
  ) {}

  request(): void {
    this.pending = true;
    if (!this.inFlight) this.schedule();
  }

  async flush(): Promise<void> {
    this.pending = true;
    this.urgent = true;
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    if (this.pending) await this.run();
  }

  private schedule(): void {
    if (this.timer !== null) return;
    const wait = this.lastStartedAt + this.intervalMs - Date.now();
    if (wait <= 0) {
      void this.run();
    } else {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.run();
      }, wait);
    }
  }

  private run(): Promise<void> {
    this.clearTimer();
    this.pending = false;
    this.urgent = false;
    this.lastStartedAt = Date.now();
    const running = this.save()
      .catch(() => undefined)
      .finally(() => {
        this.inFlight = null;
        if (!this.pending) return;
        if (this.urgent) void this.run();
        else this.schedule();
      });
    this.inFlight = running;
    return running;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
