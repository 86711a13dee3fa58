import { TestBed } from '@angular/core/testing';
import { AuthService } from '../../../core/auth/auth.service';
import { DataClientService } from '../../../core/data/data-client';
import { FakeAuth } from '../../../shared/testing/student-fakes.spec';
import { PageDriver } from '../testing/page-driver';
import { DisplayNameForm } from './display-name-form.component';
import type { UserProfileRecord } from './user-profile-data';

function profile(displayName: string | null): UserProfileRecord {
  return { userId: 'user-1', email: 'user-1@example.com', displayName, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
}

describe('DisplayNameForm', () => {
  let userProfile: { get: jasmine.Spy; update: jasmine.Spy };
  let page: PageDriver<DisplayNameForm>;
  let settle: () => Promise<void>;

  beforeEach(() => {
    userProfile = {
      get: jasmine.createSpy('UserProfile.get').and.resolveTo({ data: profile('Ada') }),
      update: jasmine.createSpy('UserProfile.update').and.callFake((input: { displayName: string | null }) =>
        Promise.resolve({ data: profile(input.displayName) }),
      ),
    };
    const data = { client: { models: { UserProfile: userProfile } }, authMode: () => 'userPool' } as unknown as DataClientService;
    TestBed.configureTestingModule({
      providers: [
        { provide: AuthService, useValue: new FakeAuth().signIn().asService() },
        { provide: DataClientService, useValue: data },
      ],
    });
  });

  async function open(): Promise<void> {
    const fixture = TestBed.createComponent(DisplayNameForm);
    page = new PageDriver(fixture);
    settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    await settle();
  }

  const nameInput = () => page.element.querySelector<HTMLInputElement>('input[name="displayName"]');

  it('should show the saved display name when the profile loads', async () => {
    await open();
    expect(nameInput()?.value).toBe('Ada');
  });

  it('should save the trimmed name for the signed-in user and say so when saving succeeds', async () => {
    await open();
    page.type('displayName', '  Ada Lovelace ');

    await page.click('Save name');
    await settle();

    expect(userProfile.update).toHaveBeenCalledOnceWith({ userId: 'user-1', displayName: 'Ada Lovelace' });
    expect(page.status()).toBe('Display name saved.');
  });

  it('should clear the name when a blank name is saved', async () => {
    await open();
    page.type('displayName', '   ');

    await page.click('Save name');
    await settle();

    expect(userProfile.update).toHaveBeenCalledOnceWith({ userId: 'user-1', displayName: null });
  });

  it('should refuse a name over 100 characters without calling the backend', async () => {
    await open();
    page.type('displayName', 'x'.repeat(101));

    await page.click('Save name');
    await settle();

    expect(userProfile.update).not.toHaveBeenCalled();
    expect(page.text()).toContain('Use 100 characters or fewer.');
  });

  it('should show the backend refusal when saving fails', async () => {
    userProfile.update.and.resolveTo({ data: null, errors: [{ message: 'Not Authorized to access updateUserProfile', errorType: 'Unauthorized' }] });
    await open();
    page.type('displayName', 'Ada');

    await page.click('Save name');
    await settle();

    expect(page.alert()).toBe('Your display name was not saved: You do not have permission to do this.');
  });

  it('should offer Retry and load again when loading fails', async () => {
    userProfile.get.and.resolveTo({ data: null, errors: [{ message: 'Network error', originalError: { name: 'NetworkError' } }] });
    await open();
    expect(page.alert()).toContain("We couldn't load your profile.");

    userProfile.get.and.resolveTo({ data: profile('Grace') });
    await page.click('Retry');
    await settle();

    expect(nameInput()?.value).toBe('Grace');
  });

  it('should say the profile is not set up when it does not exist', async () => {
    userProfile.get.and.resolveTo({ data: null });
    await open();
    expect(page.status()).toContain('Your profile is not set up yet.');
  });
});
