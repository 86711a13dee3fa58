/**
 * The account's clock, the local counterpart of Stripe's test clocks: real time plus an offset that only grows.
 * Checkout creates its own customers, which test clocks cannot be attached to, so the whole account shares this one
 * clock. The offset is persisted in the state and set here when the stand-in starts; one stand-in runs per process.
 */
let offsetSeconds = 0;

export function setClockOffset(seconds: number): void {
  offsetSeconds = seconds;
}

export function clockOffsetSeconds(): number {
  return offsetSeconds;
}

/** Real time, for what the outside world checks against its own clock (webhook signature timestamps). */
export function wallClockSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
