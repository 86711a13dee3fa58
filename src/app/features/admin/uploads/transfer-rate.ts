/** Speeds are measured over at least this long, so one quick progress event cannot swing them. */
const MIN_INTERVAL_MS = 500;
/** Time constant of the smoothing: older speeds fade out over a few seconds. */
const SMOOTHING_MS = 4000;

/**
 * Upload speed and time left, smoothed exponentially over time so the numbers a person reads stay
 * calm while a few parts start and finish. Fed the total bytes sent; a drop (aborted in-flight
 * parts on pause or retry) starts a fresh measurement rather than a negative speed.
 */
export class TransferRate {
  private last: { at: number; bytes: number } | undefined;
  private speed: number | undefined;

  /** Bytes per second, or undefined until one interval was measured. */
  get bytesPerSecond(): number | undefined {
    return this.speed;
  }

  sample(at: number, bytes: number): void {
    if (!this.last || bytes < this.last.bytes) {
      this.last = { at, bytes };
      return;
    }
    const elapsed = at - this.last.at;
    if (elapsed < MIN_INTERVAL_MS) return;
    const current = ((bytes - this.last.bytes) * 1000) / elapsed;
    const weight = 1 - Math.exp(-elapsed / SMOOTHING_MS);
    this.speed = this.speed === undefined ? current : this.speed + weight * (current - this.speed);
    this.last = { at, bytes };
  }

  /** Whole seconds left for `remainingBytes` at the smoothed speed; undefined while it is unknown or zero. */
  secondsLeft(remainingBytes: number): number | undefined {
    if (!this.speed) return undefined;
    return Math.ceil(Math.max(0, remainingBytes) / this.speed);
  }

  reset(): void {
    this.last = undefined;
    this.speed = undefined;
  }
}
