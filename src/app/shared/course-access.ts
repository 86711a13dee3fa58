import { CourseAccess } from './catalog-types';

/** Whether the backend's answer opens every lesson of the course to the caller (free previews are open anyway). */
export function opensEveryLesson(access: CourseAccess): boolean {
  return access !== 'NONE';
}

/** What a student already has, shown instead of the price; null when the price applies (or for an admin). */
export function accessBadge(access: CourseAccess): string | null {
  switch (access) {
    case 'OWNED':
      return $localize`:@@shared.access.owned:Owned`;
    case 'MEMBERSHIP':
      return $localize`:@@shared.access.membership:Included in membership`;
    default:
      return null;
  }
}
