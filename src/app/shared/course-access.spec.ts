import { accessBadge, opensEveryLesson } from './course-access';

describe('course access', () => {
  it('should badge the course "Owned" when the user bought it', () => {
    expect(accessBadge('OWNED')).toBe('Owned');
  });

  it('should badge the course "Included in membership" when the membership unlocks it', () => {
    expect(accessBadge('MEMBERSHIP')).toBe('Included in membership');
  });

  it('should show no badge when the user has no access or is an admin', () => {
    expect([accessBadge('NONE'), accessBadge('ADMIN')]).toEqual([null, null]);
  });

  it('should open every lesson only when the backend granted some access', () => {
    expect((['NONE', 'OWNED', 'MEMBERSHIP', 'ADMIN'] as const).map(opensEveryLesson)).toEqual([false, true, true, true]);
  });
});
