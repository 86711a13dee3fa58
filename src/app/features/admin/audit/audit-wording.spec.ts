import { auditReason, describeAction, describeActor, describeEntity } from './audit-wording';

const none = { before: null, after: null, details: null };

describe('describeAction', () => {
  it('should put known actions in words', () => {
    const actions = ['course.publish', 'lesson.reorder', 'access.grant', 'access.revoke', 'material.rename'];
    expect(actions.map((action) => describeAction({ action, details: null }))).toEqual([
      'Published course',
      'Reordered lessons',
      'Granted access',
      'Revoked access',
      'Renamed material',
    ]);
  });

  it('should put an order refund in words', () => {
    expect(describeAction({ action: 'order.refund', details: null })).toBe('Refunded order');
  });

  it('should name what was uploaded when an upload completed', () => {
    const kinds = ['VIDEO', 'MATERIAL', 'COURSE_ART', 'OTHER'];
    expect(kinds.map((kind) => describeAction({ action: 'upload.complete', details: { kind } }))).toEqual([
      'Uploaded video',
      'Uploaded material',
      'Uploaded course art',
      'Uploaded file',
    ]);
  });

  it('should still read as words when the action is unknown', () => {
    expect(describeAction({ action: 'lesson.archive_all', details: null })).toBe('Lesson: archive all');
  });
});

describe('describeEntity', () => {
  it('should name a lesson by its title after the change', () => {
    expect(describeEntity({ ...none, entityType: 'Lesson', entityId: 'l1', after: { title: 'Turnarounds' } })).toBe('Lesson “Turnarounds”');
  });

  it('should name a deleted material by its title before the change', () => {
    expect(describeEntity({ ...none, entityType: 'LessonMaterial', entityId: 'm1', before: { title: 'Tab' } })).toBe('Material “Tab”');
  });

  it('should name a course from the course list when the entry does not carry its title', () => {
    expect(describeEntity({ ...none, entityType: 'Course', entityId: 'c1' }, new Map([['c1', 'Blues Lead Guitar']]))).toBe(
      'Course “Blues Lead Guitar”',
    );
  });

  it('should name a student by email when access changed', () => {
    expect(describeEntity({ ...none, entityType: 'Enrollment', entityId: 'u1', details: { email: 'newbie@example.com' } })).toBe(
      'Student newbie@example.com',
    );
  });

  it('should name a refunded order by its id', () => {
    expect(describeEntity({ ...none, entityType: 'Order', entityId: 'cs_1', details: { reason: 'Duplicate purchase' } })).toBe('Order cs_1');
  });

  it('should fall back to the id when nothing names the record', () => {
    expect(describeEntity({ ...none, entityType: 'Lesson', entityId: 'l9' })).toBe('Lesson l9');
  });
});

describe('describeActor', () => {
  it('should show the email when known, else the id', () => {
    expect([describeActor({ actorId: 'a1', actorEmail: 'admin@example.com' }), describeActor({ actorId: 'a2', actorEmail: null })]).toEqual(
      ['admin@example.com', 'a2'],
    );
  });
});

describe('auditReason', () => {
  it('should give the reason an admin wrote', () => {
    expect(auditReason({ details: { reason: 'Refunded' } })).toBe('Refunded');
  });
});
