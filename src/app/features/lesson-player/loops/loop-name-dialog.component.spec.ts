import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialog, MatDialogRef } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { BackendError } from '../../../core/data/backend-call';
import { LoopNameDialog, LoopNameDialogData, openLoopNameDialog } from './loop-name-dialog.component';

describe('LoopNameDialog', () => {
  let close: jasmine.Spy;
  let submit: jasmine.Spy<(name: string) => Promise<unknown>>;

  function data(): LoopNameDialogData {
    return { heading: 'Save loop', action: 'Save', range: '1:05–1:20', name: 'Loop 1:05–1:20', submit };
  }

  beforeEach(() => {
    close = jasmine.createSpy('close');
    submit = jasmine.createSpy('submit').and.resolveTo(undefined);
  });

  async function render() {
    TestBed.configureTestingModule({
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: data() },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(LoopNameDialog);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector('input')!;
    return {
      element,
      input,
      async type(text: string) {
        input.value = text;
        input.dispatchEvent(new Event('input'));
        await fixture.whenStable();
      },
      async submit() {
        element.querySelector('form')!.dispatchEvent(new Event('submit'));
        await fixture.whenStable();
      },
      error: () => element.querySelector('mat-error')?.textContent?.trim(),
    };
  }

  it('should start with the suggested name when opened', async () => {
    const dialog = await render();
    expect(dialog.input.value).toBe('Loop 1:05–1:20');
  });

  it('should store the trimmed name and close with true when submitted', async () => {
    const dialog = await render();
    await dialog.type('  Solo  ');
    await dialog.submit();
    expect([submit.calls.allArgs(), close.calls.allArgs()]).toEqual([[['Solo']], [[true]]]);
  });

  it('should refuse a blank name with a message when submitted', async () => {
    const dialog = await render();
    await dialog.type('   ');
    await dialog.submit();
    expect([submit.calls.count(), dialog.error()]).toEqual([0, 'Give the loop a name.']);
  });

  it('should say while typing that a name is longer than 100 characters', async () => {
    const dialog = await render();
    await dialog.type('x'.repeat(101));
    expect(dialog.error()).toBe('A loop name can be at most 100 characters (101 now).');
  });

  it('should not store a name longer than 100 characters when submitted', async () => {
    const dialog = await render();
    await dialog.type('x'.repeat(101));
    await dialog.submit();
    expect(submit).not.toHaveBeenCalled();
  });

  it("should show the backend's refusal, keep the text and stay open when storing fails", async () => {
    submit.and.rejectWith(new BackendError('invalid', 'A loop must end after it starts.'));
    const dialog = await render();
    await dialog.type('Solo');
    await dialog.submit();
    const alert = dialog.element.querySelector('[role="alert"]')?.textContent?.trim();
    expect([alert, dialog.input.value, close.calls.count()]).toEqual(['A loop must end after it starts.', 'Solo', 0]);
  });

  it('should close with false when cancelled', async () => {
    const dialog = await render();
    const cancel = Array.from(dialog.element.querySelectorAll('button')).find((button) => button.textContent?.trim() === 'Cancel');
    cancel?.click();
    expect(close).toHaveBeenCalledOnceWith(false);
  });

  it('should close without storing when Escape is pressed', async () => {
    const ref = openLoopNameDialog(TestBed.inject(MatDialog), data());
    const closed = firstValueFrom(ref.afterClosed());
    await new Promise((resolve) => setTimeout(resolve));
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(escape, 'keyCode', { get: () => 27 });
    document.activeElement?.dispatchEvent(escape);
    expect([await closed, submit.calls.count()]).toEqual([undefined, 0]);
  });
});
