import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthService } from '../../../core/auth/auth.service';
import { PendingAccount } from '../pending-account.service';
import { PageDriver } from '../testing/page-driver';
import { SIGNED_OUT_EVERYWHERE_NOTICE, SignOutEverywhere } from './sign-out-everywhere.component';

describe('SignOutEverywhere', () => {
  let auth: jasmine.SpyObj<Pick<AuthService, 'signOut'>>;
  let router: Router;
  let page: PageDriver<SignOutEverywhere>;

  beforeEach(async () => {
    auth = jasmine.createSpyObj<Pick<AuthService, 'signOut'>>('AuthService', ['signOut']);
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: '**', children: [] }]), { provide: AuthService, useValue: auth }],
    });
    router = TestBed.inject(Router);
    spyOn(router, 'navigateByUrl').and.resolveTo(true);
    const fixture = TestBed.createComponent(SignOutEverywhere);
    page = new PageDriver(fixture);
    await fixture.whenStable();
  });

  const click = () => page.click('Sign out of all devices', () => auth.signOut.calls.mostRecent()?.returnValue);

  it('should sign out everywhere and go to sign-in with a notice when Cognito accepts', async () => {
    auth.signOut.and.resolveTo();

    await click();

    expect(auth.signOut).toHaveBeenCalledOnceWith('everywhere');
    expect(router.navigateByUrl).toHaveBeenCalledWith('/account/sign-in');
    expect(TestBed.inject(PendingAccount).notice()).toBe(SIGNED_OUT_EVERYWHERE_NOTICE);
  });

  it('should stay and show the error when the sign-out fails', async () => {
    const error = new Error('Failed to fetch');
    error.name = 'NetworkError';
    auth.signOut.and.rejectWith(error);

    await click();

    expect(page.alert()).toContain('Cannot reach the sign-in service.');
    expect(router.navigateByUrl).not.toHaveBeenCalled();
  });
});
