import { TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { PageDriver } from '../testing/page-driver';
import { DeleteAccountDialog } from './delete-account-dialog.component';

describe('DeleteAccountDialog', () => {
  let close: jasmine.Spy;
  let page: PageDriver<DeleteAccountDialog>;
  let settle: () => Promise<unknown>;

  beforeEach(async () => {
    close = jasmine.createSpy('close');
    TestBed.configureTestingModule({ providers: [{ provide: MatDialogRef, useValue: { close } }] });
    const fixture = TestBed.createComponent(DeleteAccountDialog);
    page = new PageDriver(fixture);
    settle = () => fixture.whenStable();
    await settle();
  });

  const deleteButton = () =>
    [...page.element.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === 'Delete account');

  it('should keep Delete account disabled until DELETE is typed exactly', async () => {
    page.type('deleteConfirmation', 'delete');
    await settle();
    expect(deleteButton()?.disabled).toBeTrue();

    page.type('deleteConfirmation', 'DELETE');
    await settle();
    expect(deleteButton()?.disabled).toBeFalse();
  });

  it('should close with true when Delete account is clicked after typing DELETE', async () => {
    page.type('deleteConfirmation', 'DELETE');
    await settle();

    await page.click('Delete account');

    expect(close).toHaveBeenCalledWith(true);
  });

  it('should close with false when Cancel is clicked', async () => {
    await page.click('Cancel');

    expect(close).toHaveBeenCalledWith(false);
  });
});
