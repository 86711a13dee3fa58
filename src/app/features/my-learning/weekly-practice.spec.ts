import { isoWeekOf, practiceSecondsThisWeek } from './weekly-practice';

// Dates are built with local-time constructors so the specs hold in any time zone.
const wednesday = new Date(2026, 10, 25, 15, 30); // Wed 25 Nov 2026
const sunday = new Date(2026, 10, 29, 23, 59); // Sun 29 Nov 2026
const monday = new Date(2026, 10, 23, 0, 1); // Mon 23 Nov 2026

describe('isoWeekOf', () => {
  it('should start on Monday when the day is mid-week', () => {
    expect(isoWeekOf(wednesday)).toEqual({ start: '2026-11-23', end: '2026-11-29' });
  });

  it('should still belong to the week started the previous Monday when the day is Sunday', () => {
    expect(isoWeekOf(sunday)).toEqual({ start: '2026-11-23', end: '2026-11-29' });
  });

  it('should start on the same day when the day is Monday', () => {
    expect(isoWeekOf(monday).start).toBe('2026-11-23');
  });

  it('should cross the year boundary when the week spans New Year', () => {
    expect(isoWeekOf(new Date(2027, 0, 1))).toEqual({ start: '2026-12-28', end: '2027-01-03' });
  });
});

describe('practiceSecondsThisWeek', () => {
  const sessions = [
    { day: '2026-11-22', seconds: 900 }, // Sunday of the previous week
    { day: '2026-11-23', seconds: 600 },
    { day: '2026-11-25', seconds: 300 },
    { day: '2026-11-29', seconds: 120 },
    { day: '2026-11-30', seconds: 999 }, // next Monday
  ];

  it('should sum only the sessions from Monday to Sunday of the current week', () => {
    expect(practiceSecondsThisWeek(sessions, wednesday)).toBe(1020);
  });

  it('should be 0 when nothing was practised this week', () => {
    expect(practiceSecondsThisWeek([{ day: '2026-11-01', seconds: 500 }], wednesday)).toBe(0);
  });
});
