const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** Unix seconds as the hosted pages show a date, e.g. "January 2, 2027" (UTC, like Stripe's emails). */
export function formatDate(seconds: number): string {
  return longDate.format(new Date(seconds * 1000));
}
