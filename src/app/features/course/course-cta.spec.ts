import { courseCta } from './course-cta';

describe('courseCta', () => {
  it('should wait when the session check has not finished', () => {
    expect(courseCta(false, false, 'loading')).toBe('checking');
  });

  it('should ask to sign in when the visitor is a guest', () => {
    expect(courseCta(true, false, 'loading')).toBe('guest');
  });

  it('should wait when the enrollment is still loading for a signed-in user', () => {
    expect(courseCta(true, true, 'loading')).toBe('checking');
  });

  it('should offer to buy when the signed-in user is not enrolled', () => {
    expect(courseCta(true, true, { entitled: false })).toBe('buy');
  });

  it('should offer to continue when the user is entitled', () => {
    expect(courseCta(true, true, { entitled: true })).toBe('enrolled');
  });

  it('should report an error when the enrollment check failed', () => {
    expect(courseCta(true, true, 'error')).toBe('error');
  });
});
