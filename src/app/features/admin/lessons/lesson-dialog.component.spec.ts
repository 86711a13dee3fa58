import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { BackendError } from '../../../core/data/backend-call';
import { LessonDialog, LessonDialogData } from './lesson-dialog.component';
import { lessonFixture } from './testing/fake-lesson-client.spec';

describe('LessonDialog', () => {
  let save: jasmine.Spy<LessonDialogData['save']>;
  let close: jasmine.Spy;
  let fixture: ComponentFixture<LessonDialog>;

  async function render(data: Partial<LessonDialogData> = {}): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: { save, ...data } },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    fixture = TestBed.createComponent(LessonDialog);
    await fixture.whenStable();
  }

  const element = () => fixture.nativeElement as HTMLElement;
  const titleField = () => element().querySelector<HTMLInputElement>('input[formControlName="title"]');

  async function typeTitle(value: string): Promise<void> {
    const input = titleField();
    if (!input) throw new Error('no title field');
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  beforeEach(() => {
    save = jasmine.createSpy('save');
    close = jasmine.createSpy('close');
  });

  it('should show "Enter a title." and send nothing when the title is empty', async () => {
    await render();
    await submit();
    expect([element().querySelector('mat-error')?.textContent?.trim(), save.calls.count()]).toEqual(['Enter a title.', 0]);
  });

  it('should send the trimmed input and close with the lesson when saving succeeds', async () => {
    const created = lessonFixture({ id: 'l9', position: 9, title: 'Bends' });
    save.and.resolveTo(created);
    await render();
    await typeTitle('  Bends ');
    await submit();
    expect([save.calls.argsFor(0), close.calls.argsFor(0)]).toEqual([[{ title: 'Bends', description: null, freePreview: false }], [created]]);
  });

  it("should show the server's message and keep the input when saving is refused", async () => {
    save.and.rejectWith(new BackendError('invalid', 'A lesson with this title already exists.'));
    await render();
    await typeTitle('Bends');
    await submit();
    expect([element().querySelector('[role="alert"]')?.textContent?.trim(), titleField()?.value, close.calls.count()]).toEqual([
      'A lesson with this title already exists.',
      'Bends',
      0,
    ]);
  });

  it('should prefill the fields when editing a lesson', async () => {
    await render({ lesson: lessonFixture({ id: 'l1', position: 1, title: 'Vibrato', freePreview: true }) });
    expect([element().querySelector('h2')?.textContent?.trim(), titleField()?.value]).toEqual(['Edit lesson', 'Vibrato']);
  });
});
