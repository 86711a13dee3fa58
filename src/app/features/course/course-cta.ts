import { CourseAccess } from '../../shared/catalog-types';
import { opensEveryLesson } from '../../shared/course-access';

/** What the course page offers the visitor; 'entitled' covers every access the backend grants. */
export type CourseCta = 'guest' | 'buy' | 'entitled';

/** Guests are asked to sign in, signed-in users without access can buy, users with access start or continue. */
export function courseCta(signedIn: boolean, access: CourseAccess): CourseCta {
  if (!signedIn) return 'guest';
  return opensEveryLesson(access) ? 'entitled' : 'buy';
}
