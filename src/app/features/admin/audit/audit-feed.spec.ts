import { fakeAdminData, page } from '../testing/fake-admin-data.spec';
import { fetchAuditPage } from './audit-feed';

const entry = {
  id: 'e1',
  actorId: 'a1',
  actorEmail: null,
  action: 'course.update',
  entityType: 'Course',
  entityId: 'c1',
  courseId: 'c1',
  at: '2026-11-30T10:00:00Z',
  before: null,
  after: null,
  details: null,
};

describe('fetchAuditPage', () => {
  it('should read on past pages the admin filter emptied when a course and an admin are chosen', async () => {
    const fake = fakeAdminData();
    const byCourse = fake.models['AuditEntry']['auditByCourse'].and.callFake((_key: unknown, options: { nextToken: string | null }) =>
      Promise.resolve(options.nextToken === null ? page([], 't2') : page([entry], 't3')),
    );
    const result = await fetchAuditPage(fake.service, { courseId: 'c1', actorId: 'a1' }, null);
    expect(byCourse).toHaveBeenCalledTimes(2);
    expect([result.items.map((item) => item.id), result.nextToken]).toEqual([['e1'], 't3']);
  });

  it('should stop reading empty pages after a few reads and offer the rest', async () => {
    const fake = fakeAdminData();
    const byCourse = fake.models['AuditEntry']['auditByCourse'].and.resolveTo(page([], 'more'));
    const result = await fetchAuditPage(fake.service, { courseId: 'c1', actorId: 'a1' }, null);
    expect([byCourse.calls.count(), result.items.length, result.nextToken]).toEqual([5, 0, 'more']);
  });
});
