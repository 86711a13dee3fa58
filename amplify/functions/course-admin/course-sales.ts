import * as store from './admin-store';
import { requireCourse } from './existing-records';
import type { CourseSales, CourseStudent, EnrollmentRecord } from './records';
import { revenueOf } from './sales-report';
import { emailOfUser } from '../shared/user-directory';

/** Who is enrolled (newest first) and what the course has earned. */
export async function courseSales(courseId: string): Promise<CourseSales> {
  const course = await requireCourse(courseId);
  const [enrollments, orders] = await Promise.all([store.listEnrollments(courseId), store.listOrders(courseId)]);
  const students = await Promise.all(enrollments.map(toStudent));
  students.sort((a, b) => b.enrolledAt.localeCompare(a.enrolledAt));
  return { courseId, currency: course.currency, ...revenueOf(orders, course.currency), students };
}

async function toStudent(enrollment: EnrollmentRecord): Promise<CourseStudent> {
  const email = (await store.getProfileEmail(enrollment.userId)) ?? (await emailOfUser(enrollment.userId));
  return {
    userId: enrollment.userId,
    email,
    source: enrollment.source,
    enrolledAt: enrollment.createdAt,
    grantReason: enrollment.grantReason ?? null,
  };
}
