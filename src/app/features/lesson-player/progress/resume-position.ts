/** Saved positions this close to the end restart the lesson: the user finished it. */
export const RESTART_NEAR_END_SECONDS = 5;
/** Positions this close to the start are not worth a resume jump. */
export const MIN_RESUME_SECONDS = 1;

/** Where to start a lesson given the saved position and (if known) its duration. */
export function resumePosition(savedSeconds: number | null | undefined, durationSeconds: number | null | undefined): number {
  if (savedSeconds == null || !Number.isFinite(savedSeconds) || savedSeconds < MIN_RESUME_SECONDS) return 0;
  if (durationSeconds != null && durationSeconds > 0 && savedSeconds >= durationSeconds - RESTART_NEAR_END_SECONDS) return 0;
  return savedSeconds;
}
