import { materialTitleError } from './material-title';

describe('materialTitleError', () => {
  it('should accept a title of 1 to 120 characters', () => {
    expect([materialTitleError('A'), materialTitleError('x'.repeat(120))]).toEqual([null, null]);
  });

  it('should ask for a title when it is empty or only spaces', () => {
    expect([materialTitleError(''), materialTitleError('   ')]).toEqual(['Enter a title.', 'Enter a title.']);
  });

  it('should refuse a title longer than 120 characters, saying how long it is', () => {
    expect(materialTitleError('x'.repeat(121))).toBe('Use at most 120 characters (now 121).');
  });

  it('should measure the title without surrounding spaces', () => {
    expect(materialTitleError(`  ${'x'.repeat(120)}  `)).toBeNull();
  });
});
