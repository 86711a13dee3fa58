import type { AppSyncIdentityCognito } from 'aws-lambda';
import { userIdentity } from './testing/appsync-events';
import { callerOf, isAdmin, requireAdmin } from './identity';

/** AppSync's `groups` field says ADMINS, but the signed token's claim does not. */
function listedButNotClaimed(sub: string): AppSyncIdentityCognito {
  return { ...userIdentity(sub), groups: ['ADMINS'], claims: { sub, email: `${sub}@example.com` } };
}

describe('identity', () => {
  describe('isAdmin', () => {
    it('should be false when only identity.groups names ADMINS and the token claim does not', () => {
      expect(isAdmin(callerOf(listedButNotClaimed('student')))).toBeFalse();
    });

    it('should be true when the cognito:groups claim names ADMINS', () => {
      expect(isAdmin(callerOf(userIdentity('admin', ['ADMINS'])))).toBeTrue();
    });

    it('should be true when the claim arrives as a space-separated string', () => {
      const identity: AppSyncIdentityCognito = { ...userIdentity('admin'), claims: { sub: 'admin', 'cognito:groups': 'STAFF ADMINS' } };
      expect(isAdmin(callerOf(identity))).toBeTrue();
    });
  });

  describe('requireAdmin', () => {
    it('should refuse with Unauthorized when only identity.groups names ADMINS', () => {
      expect(() => requireAdmin(listedButNotClaimed('student'), 'do this')).toThrowError(/^Unauthorized: only admins can do this/);
    });

    it('should return the caller when the token claim names ADMINS', () => {
      expect(requireAdmin(userIdentity('admin', ['ADMINS']), 'do this').sub).toBe('admin');
    });

    it('should refuse a guest with Unauthorized', () => {
      expect(() => requireAdmin(null, 'do this')).toThrowError(/^Unauthorized: /);
    });
  });
});
