import { TITLE_MAX_LENGTH, descriptionError, lessonForm, lessonInput, titleError } from './lesson-form';

describe('lesson form', () => {
  it('should be invalid with "Enter a title." when the title is empty', () => {
    const form = lessonForm();
    expect([form.valid, titleError(form.controls.title)]).toEqual([false, 'Enter a title.']);
  });

  it('should refuse a title of only spaces when validating', () => {
    const form = lessonForm();
    form.controls.title.setValue('   ');
    expect(titleError(form.controls.title)).toBe('Enter a title.');
  });

  it('should accept a title of exactly the maximum length', () => {
    const form = lessonForm();
    form.controls.title.setValue('x'.repeat(TITLE_MAX_LENGTH));
    expect(form.valid).toBeTrue();
  });

  it('should say how long the title is when it is too long', () => {
    const form = lessonForm();
    form.controls.title.setValue('x'.repeat(TITLE_MAX_LENGTH + 1));
    expect(titleError(form.controls.title)).toBe('Use at most 120 characters (now 121).');
  });

  it('should treat the description as optional when it is empty', () => {
    const form = lessonForm();
    form.controls.title.setValue('Shuffle rhythm');
    expect([form.valid, descriptionError(form.controls.description)]).toEqual([true, null]);
  });

  it('should refuse a description when it is longer than allowed', () => {
    const form = lessonForm();
    form.controls.description.setValue('x'.repeat(5001));
    expect(descriptionError(form.controls.description)).toBe('Use at most 5000 characters (now 5001).');
  });

  it('should prefill every field when editing a lesson', () => {
    const form = lessonForm({ title: 'Bends', description: 'Half and whole steps', freePreview: true });
    expect(form.getRawValue()).toEqual({ title: 'Bends', description: 'Half and whole steps', freePreview: true });
  });

  it('should trim the input and send an empty description as null', () => {
    const form = lessonForm();
    form.setValue({ title: '  Vibrato ', description: '   ', freePreview: true });
    expect(lessonInput(form)).toEqual({ title: 'Vibrato', description: null, freePreview: true });
  });
});
