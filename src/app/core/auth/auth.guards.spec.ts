import { TestBed } from '@angular/core/testing';
import { Router, UrlTree, type ActivatedRouteSnapshot, type GuardResult, type RouterStateSnapshot } from '@angular/router';
import { AmplifyAuth } from './amplify-auth';
import { adminGuard, signedInGuard } from './auth.guards';
import { FakeAmplifyAuth } from './testing/fake-amplify-auth';

describe('auth guards', () => {
  let amplify: FakeAmplifyAuth;

  beforeEach(() => {
    amplify = new FakeAmplifyAuth();
    TestBed.configureTestingModule({ providers: [{ provide: AmplifyAuth, useValue: amplify }] });
  });

  function run(guard: typeof signedInGuard, url: string): Promise<GuardResult> {
    const state = { url } as RouterStateSnapshot;
    return TestBed.runInInjectionContext(
      () => guard({} as ActivatedRouteSnapshot, state) as Promise<GuardResult>,
    );
  }

  function serialize(result: GuardResult): string {
    expect(result).toBeInstanceOf(UrlTree);
    return TestBed.inject(Router).serializeUrl(result as UrlTree);
  }

  describe('signedInGuard', () => {
    it('should redirect to sign-in with the returnUrl when a guest opens a guarded page', async () => {
      amplify.givenSession(null);

      const result = await run(signedInGuard, '/learning?tab=recent');

      expect(serialize(result)).toBe('/account/sign-in?returnUrl=%2Flearning%3Ftab%3Drecent');
    });

    it('should allow the navigation when the user is signed in', async () => {
      amplify.givenSession({ sub: 'user-1', email: 'student@example.com' });

      expect(await run(signedInGuard, '/learning')).toBeTrue();
    });
  });

  describe('adminGuard', () => {
    it('should allow the navigation when the user is in ADMINS', async () => {
      amplify.givenSession({ sub: 'admin-1', email: 'admin@example.com', groups: ['ADMINS'] });

      expect(await run(adminGuard, '/admin')).toBeTrue();
    });

    it('should send a signed-in non-admin to the catalog when opening admin', async () => {
      amplify.givenSession({ sub: 'user-1', email: 'student@example.com', groups: [] });

      const result = await run(adminGuard, '/admin');

      expect(serialize(result)).toBe('/');
    });

    it('should send a guest to sign-in with the returnUrl when opening admin', async () => {
      amplify.givenSession(null);

      const result = await run(adminGuard, '/admin');

      expect(serialize(result)).toBe('/account/sign-in?returnUrl=%2Fadmin');
    });
  });
});
