import { defaultLoopName, loopRangeLabel } from './loop-name';

describe('loop names', () => {
  it('should show the span in whole seconds on the player clock', () => {
    expect(loopRangeLabel({ start: 65.4, end: 80.9 })).toBe('1:05–1:20');
  });

  it('should name a new loop after its span when the student has not named it', () => {
    expect(defaultLoopName({ start: 65, end: 80 })).toBe('Loop 1:05–1:20');
  });
});
