import { TestBed } from '@angular/core/testing';
import { convertToParamMap, Router, UrlTree, type ActivatedRouteSnapshot, type GuardResult, type RouterStateSnapshot } from '@angular/router';
import { AmplifyAuth } from '../../core/auth/amplify-auth';
import { FakeAmplifyAuth } from '../../core/auth/testing/fake-amplify-auth';
import { guestOnlyGuard } from './guest-only.guard';

describe('guestOnlyGuard', () => {
  let amplify: FakeAmplifyAuth;

  beforeEach(() => {
    amplify = new FakeAmplifyAuth();
    TestBed.configureTestingModule({ providers: [{ provide: AmplifyAuth, useValue: amplify }] });
  });

  function run(returnUrl: string | null): Promise<GuardResult> {
    const route = { queryParamMap: convertToParamMap(returnUrl ? { returnUrl } : {}) } as ActivatedRouteSnapshot;
    return TestBed.runInInjectionContext(() => guestOnlyGuard(route, {} as RouterStateSnapshot) as Promise<GuardResult>);
  }

  it('should show the form when the visitor is a guest', async () => {
    amplify.givenSession(null);

    expect(await run('/learning')).toBeTrue();
  });

  it('should send a signed-in user on to the safe returnUrl when they open sign-in', async () => {
    amplify.givenSession({ sub: 'user-1', email: 'student@example.com' });

    const result = await run('/learning');

    expect(result).toBeInstanceOf(UrlTree);
    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/learning');
  });

  it('should send a signed-in user to the catalog when the returnUrl leaves the app', async () => {
    amplify.givenSession({ sub: 'user-1', email: 'student@example.com' });

    const result = await run('https://evil.example');

    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/');
  });
});
