import { TestBed } from '@angular/core/testing';
import {
  Router,
  UrlSegment,
  UrlTree,
  provideRouter,
  type ActivatedRouteSnapshot,
  type CanActivateFn,
  type GuardResult,
  type Route,
  type RouterStateSnapshot,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { AmplifyAuth } from './amplify-auth';
import { adminGuard, signedInGuard } from './auth.guards';
import { FakeAmplifyAuth } from './testing/fake-amplify-auth';

describe('auth guards', () => {
  let amplify: FakeAmplifyAuth;

  beforeEach(() => {
    amplify = new FakeAmplifyAuth();
    TestBed.configureTestingModule({ providers: [{ provide: AmplifyAuth, useValue: amplify }] });
  });

  function run(guard: CanActivateFn, url: string): Promise<GuardResult> {
    const state = { url } as RouterStateSnapshot;
    return TestBed.runInInjectionContext(() => guard({} as ActivatedRouteSnapshot, state) as Promise<GuardResult>);
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
    function match(path: string): Promise<GuardResult> {
      const segments = path
        .split('/')
        .filter(Boolean)
        .map((part) => new UrlSegment(part, {}));
      return TestBed.runInInjectionContext(() => adminGuard({} as Route, segments) as Promise<GuardResult>);
    }

    it('should match the admin area when the user is in ADMINS', async () => {
      amplify.givenSession({ sub: 'admin-1', email: 'admin@example.com', groups: ['ADMINS'] });

      expect(await match('/admin')).toBeTrue();
    });

    it('should not match the admin area when a signed-in user is not in ADMINS', async () => {
      amplify.givenSession({ sub: 'user-1', email: 'student@example.com', groups: [] });

      expect(await match('/admin/courses/c1')).toBeFalse();
    });

    it('should send a guest to sign-in with the returnUrl when opening admin', async () => {
      amplify.givenSession(null);

      const result = await match('/admin/courses/c1');

      expect(serialize(result)).toBe('/account/sign-in?returnUrl=%2Fadmin%2Fcourses%2Fc1');
    });
  });

  describe('the admin routes of the app', () => {
    beforeEach(() => TestBed.configureTestingModule({ providers: [provideRouter(routes)] }));

    it('should explain at the same URL why a signed-in non-admin cannot enter', async () => {
      amplify.givenSession({ sub: 'user-1', email: 'student@example.com', groups: [] });
      const harness = await RouterTestingHarness.create();

      await harness.navigateByUrl('/admin/courses/c1');

      expect(TestBed.inject(Router).url).toBe('/admin/courses/c1');
      expect(harness.routeNativeElement?.textContent).toContain(
        'You are signed in as student@example.com, which is not a course-admin account',
      );
      expect(harness.routeNativeElement?.querySelector('a[href="/"]')?.textContent).toContain('Back to the catalog');
    });

    it('should send a guest who opens admin to sign-in with the returnUrl', async () => {
      amplify.givenSession(null);
      const harness = await RouterTestingHarness.create();

      await harness.navigateByUrl('/admin?tab=x');

      expect(TestBed.inject(Router).url).toBe('/account/sign-in?returnUrl=%2Fadmin%3Ftab%3Dx');
    });
  });
});
