import { jsonObject, toAuditItem } from './audit-entry';

describe('jsonObject', () => {
  it('should parse AWSJSON text into an object', () => {
    expect(jsonObject('{"title":"Intro"}')).toEqual({ title: 'Intro' });
  });

  it('should parse text that was encoded twice', () => {
    expect(jsonObject(JSON.stringify('{"title":"Intro"}'))).toEqual({ title: 'Intro' });
  });

  it('should keep an object that is already parsed', () => {
    expect(jsonObject({ title: 'Intro' })).toEqual({ title: 'Intro' });
  });

  it('should treat missing, malformed or non-object JSON as absent', () => {
    expect([jsonObject(null), jsonObject('{oops'), jsonObject('[1,2]'), jsonObject('"text"')]).toEqual([null, null, null, null]);
  });
});

describe('toAuditItem', () => {
  it('should parse before, after and details of an entry', () => {
    const item = toAuditItem({
      id: 'e1',
      actorId: 'a1',
      actorEmail: null,
      action: 'material.rename',
      entityType: 'LessonMaterial',
      entityId: 'm1',
      courseId: 'c1',
      at: '2026-11-30T10:00:00Z',
      before: '{"title":"Old"}',
      after: '{"title":"New"}',
      details: null,
    });
    expect([item.before, item.after, item.details]).toEqual([{ title: 'Old' }, { title: 'New' }, null]);
  });
});
