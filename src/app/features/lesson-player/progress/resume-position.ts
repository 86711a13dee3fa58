/** Saved positions this close to the end (at most 5 % of the lesson) restart it: the user finished it. */
export const RESTART_NEAR_END_SECONDS = 5;
const RESTART_NEAR_END_SHARE = 0.05;
/** Positions this close to the start are not worth a resume jump. */
export const MIN_RESUME_SECONDS = 1;

/** Where to start a lesson given the saved position and (if known) its duration. */
export function resumePosition(savedSeconds: number | null | undefined, durationSeconds: number | null | undefined): number {
  if (savedSeconds == null || !Number.isFinite(savedSeconds) || savedSeconds < MIN_RESUME_SECONDS) return 0;
  if (durationSeconds != null && durationSeconds > 0) {
    const nearEnd = Math.min(RESTART_NEAR_END_SECONDS, durationSeconds * RESTART_NEAR_END_SHARE);
    if (savedSeconds >= durationSeconds - nearEnd) return 0;
  }
  return savedSeconds;
}
