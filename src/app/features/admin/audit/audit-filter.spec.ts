import { auditFilterFromParams, auditFilterToParams, isFiltered } from './audit-filter';

describe('audit filter and the URL', () => {
  it('should read the course and admin from the query params', () => {
    expect(auditFilterFromParams({ course: 'c1', admin: 'a1' })).toEqual({ courseId: 'c1', actorId: 'a1' });
  });

  it('should read no filter from missing or blank params', () => {
    expect(auditFilterFromParams({ course: '  ' })).toEqual({ courseId: null, actorId: null });
  });

  it('should take the first value when a param is repeated', () => {
    expect(auditFilterFromParams({ admin: ['a1', 'a2'] }).actorId).toBe('a1');
  });

  it('should write null for an unset filter so the router drops the param', () => {
    expect(auditFilterToParams({ courseId: 'c1', actorId: null })).toEqual({ course: 'c1', admin: null });
  });

  it('should come back unchanged through the URL', () => {
    const filter = { courseId: 'c1', actorId: 'a1' };
    expect(auditFilterFromParams({ ...auditFilterToParams(filter) })).toEqual(filter);
  });

  it('should tell whether any filter is set', () => {
    expect([isFiltered({ courseId: null, actorId: null }), isFiltered({ courseId: null, actorId: 'a1' })]).toEqual([false, true]);
  });
});
