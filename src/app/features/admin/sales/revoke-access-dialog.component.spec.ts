import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { RevokeAccessDialog } from './revoke-access-dialog.component';

describe('RevokeAccessDialog', () => {
  let close: jasmine.Spy;
  let element: HTMLElement;

  async function submit(reason: string): Promise<void> {
    const fixture = TestBed.createComponent(RevokeAccessDialog);
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
    const textarea = element.querySelector('textarea')!;
    textarea.value = reason;
    textarea.dispatchEvent(new Event('input'));
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  beforeEach(() => {
    close = jasmine.createSpy('close');
    TestBed.configureTestingModule({
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: { student: 'newbie@example.com' } },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
  });

  it('should close with the trimmed reason when one is given', async () => {
    await submit('  Scholarship ended ');
    expect(close).toHaveBeenCalledOnceWith('Scholarship ended');
  });

  it('should stay open and ask for a reason when it is blank', async () => {
    await submit('   ');
    expect(close).not.toHaveBeenCalled();
    expect(element.querySelector('mat-error')?.textContent).toContain('Enter a reason.');
  });

  it('should name the student in its title', async () => {
    await submit('x');
    expect(element.querySelector('h2')?.textContent).toContain('Revoke access for newbie@example.com?');
  });
});
