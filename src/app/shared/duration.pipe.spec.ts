import { DurationPipe, formatDuration } from './duration.pipe';

describe('formatDuration', () => {
  it('should show minutes only when under an hour', () => {
    expect(formatDuration(12 * 60 + 20)).toBe('12 min');
  });

  it('should show hours and padded minutes when an hour or more', () => {
    expect(formatDuration(3600 + 5 * 60)).toBe('1 h 05 min');
  });

  it('should show seconds when under a minute', () => {
    expect(formatDuration(45)).toBe('45 s');
  });

  it('should render m:ss when the style is clock', () => {
    expect(formatDuration(4 * 60 + 5, 'clock')).toBe('4:05');
  });

  it('should render h:mm:ss when the clock style exceeds an hour', () => {
    expect(formatDuration(3723, 'clock')).toBe('1:02:03');
  });

  it('should render nothing when the value is missing', () => {
    expect(formatDuration(null)).toBe('');
  });
});

describe('DurationPipe', () => {
  it('should format through formatDuration when used as a pipe', () => {
    expect(new DurationPipe().transform(90, 'clock')).toBe('1:30');
  });
});
