/** Where the admin area is mounted (app.routes.ts) and its pages' links, for navigation from code. */
export const ADMIN_HOME = '/admin';

export function courseStudioLink(courseId: string): string[] {
  return [ADMIN_HOME, 'courses', courseId];
}

/** The navigation-state key under which "New course" hands the created course to the studio. */
export const CREATED_COURSE_STATE = 'createdCourse';
