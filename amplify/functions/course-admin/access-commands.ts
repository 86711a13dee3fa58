import { modelAttributes } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import { conflict, notFound } from '../shared/errors';
import * as store from './admin-store';
import { auditView, writeAudited, type Actor } from './audited-write';
import { requireCourse } from './existing-records';
import type { CourseStudent, EnrollmentRecord } from './records';
import { findVerifiedUser } from '../shared/user-directory';

/** Enrolls the user who signs in with this verified email, for the reason the admin gives. */
export async function grantAccess(actor: Actor, courseId: string, email: string, reason: string): Promise<CourseStudent> {
  await requireCourse(courseId);
  const user = await findVerifiedUser(email);
  if (!user) throw notFound(`no user has verified the email ${email}: they need to sign up and confirm it first`);
  const alreadyEnrolled = `${user.email} is already enrolled in this course`;
  if (await store.getEnrollment(user.sub, courseId)) throw conflict(alreadyEnrolled);
  const now = new Date().toISOString();
  const enrollment: EnrollmentRecord = {
    userId: user.sub,
    courseId,
    source: 'ADMIN_GRANT',
    grantReason: reason,
    ...modelAttributes('Enrollment', now),
  };
  await writeAudited(
    actor,
    [
      { ConditionCheck: { TableName: requireEnv('COURSE_TABLE'), Key: { id: courseId }, ConditionExpression: 'attribute_exists(id)' } },
      { Put: { TableName: requireEnv('ENROLLMENT_TABLE'), Item: enrollment, ConditionExpression: 'attribute_not_exists(userId)' } },
    ],
    {
      action: 'access.grant',
      entityType: 'Enrollment',
      entityId: user.sub,
      courseId,
      after: auditView(enrollment),
      details: { email: user.email, reason },
    },
    `${alreadyEnrolled}, or the course was deleted meanwhile`,
  );
  return { userId: user.sub, email: user.email, source: 'ADMIN_GRANT', enrolledAt: now, grantReason: reason };
}

/** Ends a student's access to the course, whatever gave it to them. */
export async function revokeAccess(actor: Actor, courseId: string, userId: string, reason: string): Promise<string> {
  const enrollment = await store.getEnrollment(userId, courseId);
  if (!enrollment) throw notFound('this user is not enrolled in this course');
  await writeAudited(
    actor,
    [{ Delete: { TableName: requireEnv('ENROLLMENT_TABLE'), Key: { userId, courseId }, ConditionExpression: 'attribute_exists(userId)' } }],
    { action: 'access.revoke', entityType: 'Enrollment', entityId: userId, courseId, before: auditView(enrollment), details: { reason } },
    'the enrollment was changed meanwhile: reload and try again',
  );
  return userId;
}
