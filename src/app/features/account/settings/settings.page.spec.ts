import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AmplifyAuth } from '../../../core/auth/amplify-auth';
import { AuthService } from '../../../core/auth/auth.service';
import { FakeAmplifyAuth } from '../../../core/auth/testing/fake-amplify-auth';
import { DataClientService } from '../../../core/data/data-client';
import { FakeAuth } from '../../../shared/testing/student-fakes.spec';
import SettingsPage from './settings.page';

describe('SettingsPage', () => {
  it('should show who is signed in and one labelled region per setting', async () => {
    const data = {
      client: { models: { UserProfile: { get: jasmine.createSpy('UserProfile.get').and.resolveTo({ data: null }) } } },
    } as unknown as DataClientService;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AuthService, useValue: new FakeAuth().signIn().asService() },
        { provide: AmplifyAuth, useValue: new FakeAmplifyAuth() },
        { provide: DataClientService, useValue: data },
      ],
    });
    const fixture = TestBed.createComponent(SettingsPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const regions = [...element.querySelectorAll('[role="region"]')].map(
      (region) => element.querySelector(`#${region.getAttribute('aria-labelledby')}`)?.textContent,
    );
    expect(element.textContent).toContain('Signed in as user-1@example.com');
    expect(regions).toEqual(['Display name', 'Password', 'Two-factor sign-in', 'Devices', 'Delete account']);
  });
});
