import '../shared/testing/quiet-logs';
import type { Schema } from '../../data/resource';
import { call, courseFixture, useAdminTables, useFakeMediaBucket, useFakeUserPool } from './testing/admin-spec-kit';

type CourseSales = Schema['CourseSales']['type'];

describe('course-admin access, sales and materials', () => {
  const tables = useAdminTables();
  useFakeUserPool([
    { sub: 'admin-1', email: 'admin@example.com', verified: true },
    { sub: 'newbie-1', email: 'newbie@example.com', verified: true },
    { sub: 'pending-1', email: 'pending@example.com', verified: false },
    { sub: 'buyer-2', email: 'buyer2@example.com', verified: true },
  ]);
  const bucket = useFakeMediaBucket([]);

  beforeAll(async () => {
    await tables.put('COURSE_TABLE', courseFixture('c-1', { currency: 'usd' }));
  });

  it('should enroll the user with that verified sign-in email as an admin grant with its reason', async () => {
    const student = await call('adminGrantAccess', { courseId: 'c-1', email: ' newbie@example.com ', reason: 'Scholarship' });

    expect(student).toEqual({ userId: 'newbie-1', email: 'newbie@example.com', source: 'ADMIN_GRANT', enrolledAt: jasmine.any(String), grantReason: 'Scholarship' });
    expect(await tables.get('ENROLLMENT_TABLE', { userId: 'newbie-1', courseId: 'c-1' })).toEqual({
      userId: 'newbie-1', courseId: 'c-1', source: 'ADMIN_GRANT', grantReason: 'Scholarship', __typename: 'Enrollment',
      createdAt: jasmine.any(String), updatedAt: jasmine.any(String),
    });
  });

  it('should refuse with Conflict and write nothing when the user is already enrolled', async () => {
    await tables.put('ENROLLMENT_TABLE', { userId: 'buyer-2', courseId: 'c-1', source: 'PURCHASE', createdAt: '2026-02-01T00:00:00.000Z' });
    const before = await tables.snapshot();

    await expectAsync(call('adminGrantAccess', { courseId: 'c-1', email: 'buyer2@example.com', reason: 'x' })).toBeRejectedWithError(
      'Conflict: buyer2@example.com is already enrolled in this course',
    );
    expect(await tables.snapshot()).toEqual(before);
  });

  it('should refuse with NotFound when the email is not verified in the user pool', async () => {
    await expectAsync(call('adminGrantAccess', { courseId: 'c-1', email: 'pending@example.com', reason: 'x' })).toBeRejectedWithError(/^NotFound: no user has verified/);
  });

  it('should not find a user by the email in their editable profile', async () => {
    await tables.put('USER_PROFILE_TABLE', { userId: 'pending-1', email: 'claimed@example.com' });

    await expectAsync(call('adminGrantAccess', { courseId: 'c-1', email: 'claimed@example.com', reason: 'x' })).toBeRejectedWithError(/^NotFound: /);
  });

  it('should refuse with BadRequest when the email or the reason is missing', async () => {
    await expectAsync(call('adminGrantAccess', { courseId: 'c-1', email: 'not-an-email', reason: ' ' })).toBeRejectedWithError(
      'BadRequest: email is not a valid email address; reason is required',
    );
  });

  it('should delete the enrollment and keep the reason in the audit when an admin revokes access', async () => {
    await tables.put('ENROLLMENT_TABLE', { userId: 'u-revoke', courseId: 'c-1', source: 'ADMIN_GRANT', grantReason: 'trial', createdAt: '2026-02-01T00:00:00.000Z' });

    expect(await call('adminRevokeAccess', { courseId: 'c-1', userId: 'u-revoke', reason: 'Trial ended' })).toBe('u-revoke');

    expect(await tables.get('ENROLLMENT_TABLE', { userId: 'u-revoke', courseId: 'c-1' })).toBeUndefined();
    expect((await tables.audit()).find((entry) => entry['action'] === 'access.revoke' && entry['entityId'] === 'u-revoke')?.['details']).toEqual({ reason: 'Trial ended' });
  });

  it('should report students with their emails and the paid revenue by month', async () => {
    await tables.put('COURSE_TABLE', courseFixture('c-sales', { currency: 'usd' }));
    await tables.put('ENROLLMENT_TABLE', { userId: 'buyer-1', courseId: 'c-sales', source: 'PURCHASE', orderId: 'o-1', createdAt: '2026-01-10T00:00:00.000Z' });
    await tables.put('ENROLLMENT_TABLE', { userId: 'buyer-2', courseId: 'c-sales', source: 'ADMIN_GRANT', grantReason: 'press', createdAt: '2026-03-01T00:00:00.000Z' });
    await tables.put('USER_PROFILE_TABLE', { userId: 'buyer-1', email: 'buyer1@example.com' });
    const order = (id: string, status: string, paidAt: string, amountCents = 2900) => ({ id, userId: 'buyer-1', courseId: 'c-sales', product: 'COURSE', amountCents, currency: 'usd', status, paidAt, createdAt: paidAt, stripeSessionId: id });
    await tables.put('ORDER_TABLE', order('o-1', 'PAID', '2026-01-10T00:00:00.000Z'));
    await tables.put('ORDER_TABLE', order('o-2', 'PAID', '2026-01-31T23:59:59.000Z', 1000));
    await tables.put('ORDER_TABLE', order('o-3', 'PAID', '2026-02-02T00:00:00.000Z'));
    await tables.put('ORDER_TABLE', order('o-4', 'PENDING', '2026-02-03T00:00:00.000Z'));
    await tables.put('ORDER_TABLE', order('o-5', 'REFUNDED', '2026-02-04T00:00:00.000Z'));

    const sales = await call<CourseSales>('adminCourseSales', { courseId: 'c-sales' });

    expect(sales).toEqual({
      courseId: 'c-sales',
      currency: 'usd',
      revenueCents: 6800,
      paidOrders: 3,
      byMonth: [{ month: '2026-01', revenueCents: 3900, orders: 2 }, { month: '2026-02', revenueCents: 2900, orders: 1 }],
      students: [
        { userId: 'buyer-2', email: 'buyer2@example.com', source: 'ADMIN_GRANT', enrolledAt: '2026-03-01T00:00:00.000Z', grantReason: 'press' },
        { userId: 'buyer-1', email: 'buyer1@example.com', source: 'PURCHASE', enrolledAt: '2026-01-10T00:00:00.000Z', grantReason: null },
      ],
    });
  });

  it('should rename a material and audit the old and new title', async () => {
    await tables.put('LESSON_MATERIAL_TABLE', { id: 'm-r', courseId: 'c-1', title: 'Old', fileKey: 'materials/c-1/r.pdf', contentType: 'application/pdf', sizeBytes: 1 });

    await call('adminRenameMaterial', { id: 'm-r', title: ' Chord chart ' });

    expect((await tables.get('LESSON_MATERIAL_TABLE', { id: 'm-r' }))?.['title']).toBe('Chord chart');
    expect((await tables.audit()).find((entry) => entry['entityId'] === 'm-r')).toEqual(
      jasmine.objectContaining({ action: 'material.rename', before: { title: 'Old' }, after: { title: 'Chord chart' } }),
    );
  });

  it('should delete a material record and its file', async () => {
    await tables.put('LESSON_MATERIAL_TABLE', { id: 'm-d', courseId: 'c-1', title: 'T', fileKey: 'materials/c-1/d.pdf', contentType: 'application/pdf', sizeBytes: 1 });

    await call('adminDeleteMaterial', { id: 'm-d' });

    expect(await tables.get('LESSON_MATERIAL_TABLE', { id: 'm-d' })).toBeUndefined();
    expect(bucket.deletedKeys()).toEqual(['materials/c-1/d.pdf']);
  });
});
