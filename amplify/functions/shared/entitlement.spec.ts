import { PAST_DUE_GRACE_DAYS, canPlayLesson, courseAccess, membershipUnlocks, type Viewer } from './entitlement';

const student: Viewer = { admin: false, ownedCourseIds: new Set(), membership: null };
const now = new Date('2026-12-02T12:00:00Z');
const daysBefore = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();

describe('entitlement', () => {
  it('should give a guest no access when they are not signed in', () => {
    expect(courseAccess(null, 'c-1', now)).toBe('NONE');
  });

  it('should give a student no access when they have no enrollment or membership', () => {
    expect(courseAccess(student, 'c-1', now)).toBe('NONE');
  });

  it('should make the course OWNED when the student is enrolled in it', () => {
    expect(courseAccess({ ...student, ownedCourseIds: new Set(['c-1']) }, 'c-1', now)).toBe('OWNED');
    expect(courseAccess({ ...student, ownedCourseIds: new Set(['c-1']) }, 'c-2', now)).toBe('NONE');
  });

  it('should include every course when the membership is active', () => {
    expect(courseAccess({ ...student, membership: { status: 'ACTIVE' } }, 'c-1', now)).toBe('MEMBERSHIP');
  });

  it('should give ADMIN access when the viewer is an admin', () => {
    expect(courseAccess({ ...student, admin: true }, 'c-1', now)).toBe('ADMIN');
  });

  it('should keep a past-due membership unlocking during the grace period and not after', () => {
    expect(membershipUnlocks({ status: 'PAST_DUE', pastDueSince: daysBefore(PAST_DUE_GRACE_DAYS - 1) }, now)).toBeTrue();
    expect(membershipUnlocks({ status: 'PAST_DUE', pastDueSince: daysBefore(PAST_DUE_GRACE_DAYS + 1) }, now)).toBeFalse();
  });

  it('should never unlock when the membership is canceled', () => {
    expect(membershipUnlocks({ status: 'CANCELED' }, now)).toBeFalse();
  });

  it('should let anyone play a free preview and only entitled viewers play other lessons', () => {
    expect(canPlayLesson('NONE', true)).toBeTrue();
    expect(canPlayLesson('NONE', false)).toBeFalse();
    expect(canPlayLesson('MEMBERSHIP', false)).toBeTrue();
  });
});
