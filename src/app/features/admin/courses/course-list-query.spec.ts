import { ALL_COURSES, isQueryActive, queryFromParams, queryToParams, titleVariants } from './course-list-query';

describe('course list query', () => {
  it('should read the search and the status from the URL', () => {
    expect(queryFromParams({ q: ' blues ', status: 'draft' })).toEqual({ q: 'blues', status: 'DRAFT' });
  });

  it('should show every course when the status in the URL is unknown', () => {
    expect(queryFromParams({ status: 'archived' }).status).toBeNull();
  });

  it('should take the first value when a param is repeated', () => {
    expect(queryFromParams({ status: ['published', 'draft'] }).status).toBe('PUBLISHED');
  });

  it('should drop empty parts from the URL', () => {
    expect(queryToParams(ALL_COURSES)).toEqual({ q: null, status: null });
  });

  it('should write the status in lower case', () => {
    expect(queryToParams({ q: 'jazz', status: 'PUBLISHED' })).toEqual({ q: 'jazz', status: 'published' });
  });

  it('should round-trip through the URL', () => {
    const query = { q: 'piano basics', status: 'DRAFT' as const };
    expect(queryFromParams(queryToParams(query))).toEqual(query);
  });

  it('should be active when searching or filtering by status', () => {
    expect([isQueryActive(ALL_COURSES), isQueryActive({ q: 'x', status: null }), isQueryActive({ q: '', status: 'DRAFT' })]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('should try the typed, lower, first-upper, title and upper case spellings of a search', () => {
    expect(titleVariants('blues lead')).toEqual(['blues lead', 'Blues lead', 'Blues Lead', 'BLUES LEAD']);
  });

  it('should try no spelling twice', () => {
    expect(titleVariants('A')).toEqual(['A', 'a']);
  });
});
