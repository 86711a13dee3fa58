import { TestBed } from '@angular/core/testing';
import { AmplifyAuth } from './amplify-auth';
import { AuthService } from './auth.service';
import { FakeAmplifyAuth } from './testing/fake-amplify-auth';

describe('AuthService', () => {
  let amplify: FakeAmplifyAuth;
  let auth: AuthService;

  beforeEach(() => {
    amplify = new FakeAmplifyAuth();
    TestBed.configureTestingModule({ providers: [{ provide: AmplifyAuth, useValue: amplify }] });
    auth = TestBed.inject(AuthService);
  });

  /** Lets the refresh started by a Hub event settle. */
  async function settle(): Promise<void> {
    await amplify.fetchTokens.calls.mostRecent()?.returnValue;
    await Promise.resolve();
  }

  describe('refresh', () => {
    it('should stay signed in when the identity pool refuses AWS credentials but the user-pool tokens are valid', async () => {
      amplify.givenSession({ sub: 'user-1', email: 'student@example.com' });
      amplify.fetchAuthSession.and.rejectWith(new Error('NotAuthorizedException: Logins do not match the identity.'));

      await auth.refresh();

      expect(auth.isSignedIn()).toBeTrue();
    });

    it('should not be ready when no session check has finished', () => {
      expect(auth.ready()).toBeFalse();
    });

    it('should expose the user and groups when the session has tokens', async () => {
      amplify.givenSession({ sub: 'user-1', email: 'student@example.com', groups: [] });

      await auth.refresh();

      expect(auth.user()).toEqual({ userId: 'user-1', email: 'student@example.com' });
      expect(auth.isSignedIn()).toBeTrue();
      expect(auth.isAdmin()).toBeFalse();
      expect(auth.ready()).toBeTrue();
    });

    it('should mark the user as admin when the token lists the ADMINS group', async () => {
      amplify.givenSession({ sub: 'admin-1', email: 'admin@example.com', groups: ['ADMINS'] });

      await auth.refresh();

      expect(auth.isAdmin()).toBeTrue();
      expect(auth.groups()).toEqual(['ADMINS']);
    });

    it('should be signed out and ready when there are no tokens', async () => {
      amplify.givenSession(null);

      await auth.refresh();

      expect(auth.user()).toBeNull();
      expect(auth.isSignedIn()).toBeFalse();
      expect(auth.ready()).toBeTrue();
    });

    it('should be signed out and ready when reading the tokens fails', async () => {
      amplify.fetchTokens.and.rejectWith(new Error('network down'));

      await auth.refresh();

      expect(auth.isSignedIn()).toBeFalse();
      expect(auth.ready()).toBeTrue();
    });
  });

  describe('Hub events', () => {
    it('should sign the user in when the Hub reports signedIn', async () => {
      amplify.givenSession({ sub: 'user-1', email: 'student@example.com' });

      amplify.emit('signedIn');
      await settle();

      expect(auth.user()?.email).toBe('student@example.com');
    });

    it('should pick up new groups when the Hub reports tokenRefresh', async () => {
      amplify.givenSession({ sub: 'user-1', email: 'student@example.com' });
      await auth.refresh();
      amplify.givenSession({ sub: 'user-1', email: 'student@example.com', groups: ['ADMINS'] });

      amplify.emit('tokenRefresh');
      await settle();

      expect(auth.isAdmin()).toBeTrue();
    });

    it('should clear the user when the Hub reports signedOut', async () => {
      amplify.givenSession({ sub: 'user-1', email: 'student@example.com' });
      await auth.refresh();

      amplify.emit('signedOut');

      expect(auth.user()).toBeNull();
      expect(auth.isAdmin()).toBeFalse();
    });

    it('should clear the user when the Hub reports tokenRefresh_failure', async () => {
      amplify.givenSession({ sub: 'user-1', email: 'student@example.com' });
      await auth.refresh();

      amplify.emit('tokenRefresh_failure');

      expect(auth.isSignedIn()).toBeFalse();
    });
  });

  describe('signOut', () => {
    it('should call Amplify signOut and clear the user when signing out', async () => {
      amplify.givenSession({ sub: 'user-1', email: 'student@example.com' });
      await auth.refresh();

      await auth.signOut();

      expect(amplify.signOut).toHaveBeenCalledOnceWith(undefined);
      expect(auth.user()).toBeNull();
    });

    it('should ask Cognito for a global sign-out when signing out everywhere', async () => {
      amplify.givenSession({ sub: 'user-1', email: 'student@example.com' });
      await auth.refresh();

      await auth.signOut('everywhere');

      expect(amplify.signOut).toHaveBeenCalledOnceWith({ global: true });
    });
  });
});
