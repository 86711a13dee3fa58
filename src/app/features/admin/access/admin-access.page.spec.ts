import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../../core/auth/auth.service';
import { FakeAuth } from '../../../shared/testing/student-fakes.spec';
import AdminAccessPage from './admin-access.page';

@Component({ template: 'sign in' })
class SignInStub {}

describe('AdminAccessPage', () => {
  let auth: FakeAuth & { signOut: jasmine.Spy };

  beforeEach(() => {
    auth = Object.assign(new FakeAuth().signIn('student'), { signOut: jasmine.createSpy('signOut').and.resolveTo() });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'admin', children: [{ path: '**', component: AdminAccessPage }] },
          { path: 'account/sign-in', component: SignInStub },
        ]),
        { provide: AuthService, useValue: auth.asService() },
      ],
    });
  });

  async function open() {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/courses/c1');
    return { harness, page: harness.routeNativeElement as HTMLElement };
  }

  it('should name the account that is signed in and how to get access', async () => {
    const { page } = await open();

    expect(page.textContent).toContain('You are signed in as student@example.com, which is not a course-admin account');
    expect(page.textContent).toContain('Ask an administrator');
  });

  it('should sign out and offer sign-in back to the admin page when switching account', async () => {
    const { page, harness } = await open();

    Array.from(page.querySelectorAll('button'))
      .find((button) => button.textContent?.includes('Sign in with another account'))
      ?.click();
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();

    expect(auth.signOut).toHaveBeenCalled();
    expect(TestBed.inject(Router).url).toBe('/account/sign-in?returnUrl=%2Fadmin%2Fcourses%2Fc1');
  });
});
