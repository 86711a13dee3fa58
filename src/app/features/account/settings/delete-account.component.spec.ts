import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { Router, provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { DataClientService } from '../../../core/data/data-client';
import { PendingAccount } from '../pending-account.service';
import { PageDriver } from '../testing/page-driver';
import { ACCOUNT_DELETED_NOTICE, DeleteAccount } from './delete-account.component';

describe('DeleteAccount', () => {
  let deleteMyAccount: jasmine.Spy;
  let auth: jasmine.SpyObj<Pick<AuthService, 'signOut'>>;
  let dialogAnswer: boolean | undefined;
  let router: Router;
  let fixture: ComponentFixture<DeleteAccount>;
  let page: PageDriver<DeleteAccount>;

  beforeEach(async () => {
    deleteMyAccount = jasmine.createSpy('deleteMyAccount').and.resolveTo({ data: true });
    auth = jasmine.createSpyObj<Pick<AuthService, 'signOut'>>('AuthService', ['signOut']);
    auth.signOut.and.resolveTo();
    dialogAnswer = true;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', children: [] }]),
        { provide: AuthService, useValue: auth },
        { provide: DataClientService, useValue: { client: { mutations: { deleteMyAccount } } } },
        { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(dialogAnswer) }) } },
      ],
    });
    router = TestBed.inject(Router);
    spyOn(router, 'navigateByUrl').and.resolveTo(true);
    fixture = TestBed.createComponent(DeleteAccount);
    page = new PageDriver(fixture);
    await fixture.whenStable();
  });

  /** Clicks Delete account… and lets the dialog answer, the backend call and the rendering settle. */
  async function click(): Promise<void> {
    await page.click('Delete account…');
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('should delete the account with the typed confirmation, sign out and go to sign-in with a notice when confirmed', async () => {
    await click();

    expect(deleteMyAccount).toHaveBeenCalledOnceWith({ confirmation: 'DELETE' });
    expect(auth.signOut).toHaveBeenCalled();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/account/sign-in');
    expect(TestBed.inject(PendingAccount).notice()).toBe(ACCOUNT_DELETED_NOTICE);
  });

  it('should do nothing when the dialog is cancelled', async () => {
    dialogAnswer = false;

    await click();

    expect(deleteMyAccount).not.toHaveBeenCalled();
    expect(auth.signOut).not.toHaveBeenCalled();
  });

  it('should stay signed in and show why when the backend refuses', async () => {
    deleteMyAccount.and.resolveTo({ data: null, errors: [{ message: 'InternalFailure: the request could not be completed', errorType: 'Lambda:Unhandled' }] });

    await click();

    expect(page.alert()).toBe('Your account was not deleted: Something went wrong on our side. Please try again in a moment.');
    expect(auth.signOut).not.toHaveBeenCalled();
    expect(router.navigateByUrl).not.toHaveBeenCalled();
  });
});
