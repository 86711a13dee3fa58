import { canPlay, canUseCourse, type AccessFacts } from './entitlement';

const guest: AccessFacts = { signedIn: false, admin: false, freePreview: false, enrolled: false, activeMembership: false };
const student: AccessFacts = { ...guest, signedIn: true };

describe('entitlement', () => {
  it('should let anyone play a lesson when it is a free preview', () => {
    expect(canPlay({ ...guest, freePreview: true })).toBeTrue();
  });

  it('should refuse a guest when the lesson is not a preview', () => {
    expect(canPlay(guest)).toBeFalse();
  });

  it('should refuse a signed-in student when they have no enrollment or membership', () => {
    expect(canPlay(student)).toBeFalse();
  });

  it('should allow a student when they are enrolled in the course', () => {
    expect(canPlay({ ...student, enrolled: true })).toBeTrue();
  });

  it('should allow a student when their membership is active', () => {
    expect(canPlay({ ...student, activeMembership: true })).toBeTrue();
  });

  it('should allow an admin when they have no purchase', () => {
    expect(canPlay({ ...student, admin: true })).toBeTrue();
  });

  it('should not open course materials when only the lesson is a free preview', () => {
    expect(canUseCourse({ ...student, freePreview: true })).toBeFalse();
  });

  it('should refuse materials to a guest even when facts claim an enrollment', () => {
    expect(canUseCourse({ ...guest, enrolled: true })).toBeFalse();
  });
});
