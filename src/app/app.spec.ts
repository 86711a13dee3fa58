import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { App } from './app';
import { AmplifyAuth } from './core/auth/amplify-auth';
import { AuthService } from './core/auth/auth.service';
import { FakeAmplifyAuth } from './core/auth/testing/fake-amplify-auth';

describe('App shell', () => {
  let amplify: FakeAmplifyAuth;
  let fixture: ComponentFixture<App>;

  beforeEach(() => {
    amplify = new FakeAmplifyAuth();
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([{ path: 'account/sign-in', children: [] }]), { provide: AmplifyAuth, useValue: amplify }],
    });
  });

  async function render(claims: Parameters<FakeAmplifyAuth['givenSession']>[0]): Promise<HTMLElement> {
    amplify.givenSession(claims);
    await TestBed.inject(AuthService).refresh();
    fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('should show the brand, a skip link and a Sign in button when the visitor is a guest', async () => {
    const element = await render(null);

    expect(element.querySelector('mat-toolbar')?.textContent).toContain('Play-Along');
    expect(element.querySelector('.skip-link')?.textContent).toContain('Skip to content');
    expect(element.querySelector('app-account-menu button')?.textContent).toContain('Sign in');
  });

  it('should show the email in the account menu when the user is signed in', async () => {
    const element = await render({ sub: 'u', email: 'student@example.com' });

    expect(element.querySelector('app-account-menu')?.textContent).toContain('student@example.com');
  });

  it('should hide the toolbar Sign in button when an account page is open', async () => {
    const element = await render(null);

    await TestBed.inject(Router).navigateByUrl('/account/sign-in');
    await fixture.whenStable();

    expect(element.querySelector('app-account-menu button')).toBeNull();
  });

  it('should move focus to the main content when the skip link is used', async () => {
    const element = await render(null);

    element.querySelector<HTMLAnchorElement>('.skip-link')?.click();

    expect(document.activeElement?.id).toBe('main-content');
  });
});
