/** The parts of a PracticeSession record the weekly total needs (`day` is an AWSDate, YYYY-MM-DD). */
export interface PracticeSessionLike {
  readonly day: string;
  readonly seconds: number;
}

export interface IsoWeek {
  /** Monday, YYYY-MM-DD, in the user's local calendar. */
  readonly start: string;
  /** Sunday, YYYY-MM-DD. */
  readonly end: string;
}

function localDate(date: Date): string {
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  const dd = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${mm}-${dd}`;
}

/** The ISO week (Monday to Sunday) containing `now`, in local time. */
export function isoWeekOf(now: Date): IsoWeek {
  const daysSinceMonday = (now.getDay() + 6) % 7;
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysSinceMonday);
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6);
  return { start: localDate(monday), end: localDate(sunday) };
}

/** Seconds practised on days of the ISO week containing `now`. */
export function practiceSecondsThisWeek(sessions: readonly PracticeSessionLike[], now: Date): number {
  const { start, end } = isoWeekOf(now);
  return sessions
    .filter((session) => session.day >= start && session.day <= end)
    .reduce((total, session) => total + Math.max(0, session.seconds), 0);
}
