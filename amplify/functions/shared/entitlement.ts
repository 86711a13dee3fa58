import type { Schema } from '../../data/resource';

export type CourseAccess = Schema['CourseAccess']['type'];
type Membership = Pick<Schema['Membership']['type'], 'status' | 'pastDueSince'>;

/** A past-due membership (Stripe is retrying the renewal) keeps unlocking courses this long. */
export const PAST_DUE_GRACE_DAYS = 7;

/** Everything the access decision depends on for one signed-in user, gathered before deciding. */
export interface Viewer {
  readonly admin: boolean;
  /** Courses the user has an enrollment for (a purchase or an admin grant). */
  readonly ownedCourseIds: ReadonlySet<string>;
  readonly membership: Membership | null;
}

/**
 * The one entitlement rule of the product: admins use every course, an enrollment makes it owned,
 * and a membership that Stripe keeps alive includes every course. Guests (no viewer) have none.
 */
export function courseAccess(viewer: Viewer | null, courseId: string, now: Date = new Date()): CourseAccess {
  if (!viewer) return 'NONE';
  if (viewer.admin) return 'ADMIN';
  if (viewer.ownedCourseIds.has(courseId)) return 'OWNED';
  return membershipUnlocks(viewer.membership, now) ? 'MEMBERSHIP' : 'NONE';
}

/** Free previews play for everyone, guests included; every other lesson needs access to the course. */
export function canPlayLesson(access: CourseAccess, freePreview: boolean): boolean {
  return freePreview || access !== 'NONE';
}

/**
 * ACTIVE (Stripe's active or trialing) unlocks; PAST_DUE unlocks for the grace period after it
 * began; CANCELED never does: Stripe cancels a subscription set to end at its period end only when
 * that period is over, and until then reports it active.
 */
export function membershipUnlocks(membership: Membership | null, now: Date): boolean {
  if (membership?.status === 'ACTIVE') return true;
  if (membership?.status !== 'PAST_DUE') return false;
  if (!membership.pastDueSince) return true;
  const graceEnds = Date.parse(membership.pastDueSince) + PAST_DUE_GRACE_DAYS * 24 * 60 * 60 * 1000;
  return now.getTime() < graceEnds;
}
