import { courseCta } from './course-cta';

describe('courseCta', () => {
  it('should ask to sign in when the visitor is a guest', () => {
    expect(courseCta(false, 'NONE')).toBe('guest');
  });

  it('should offer to buy when the backend gives the signed-in user no access', () => {
    expect(courseCta(true, 'NONE')).toBe('buy');
  });

  it('should offer the lessons when the user owns the course, is a member or an admin', () => {
    expect((['OWNED', 'MEMBERSHIP', 'ADMIN'] as const).map((access) => courseCta(true, access))).toEqual([
      'entitled',
      'entitled',
      'entitled',
    ]);
  });
});
