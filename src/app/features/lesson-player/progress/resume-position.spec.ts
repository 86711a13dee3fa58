import { resumePosition } from './resume-position';

describe('resumePosition', () => {
  it('should resume at the saved position when it is mid-lesson', () => {
    expect(resumePosition(42.5, 300)).toBe(42.5);
  });

  it('should start at 0 when nothing was saved', () => {
    expect(resumePosition(null, 300)).toBe(0);
  });

  it('should start at 0 when the saved position is within the first second', () => {
    expect(resumePosition(0.4, 300)).toBe(0);
  });

  it('should start over when the saved position is near the end', () => {
    expect(resumePosition(297, 300)).toBe(0);
  });

  it('should resume mid-lesson when a short lesson is half watched', () => {
    expect(resumePosition(6, 12)).toBe(6);
  });

  it('should start over when a short lesson was watched to its last moments', () => {
    expect(resumePosition(11.6, 12)).toBe(0);
  });

  it('should resume at the saved position when the duration is unknown', () => {
    expect(resumePosition(120, null)).toBe(120);
  });
});
