import { CourseFormGroup, courseForm, courseInput, fieldError, priceText } from './course-form';

function filled(): CourseFormGroup {
  const form = courseForm();
  form.setValue({
    title: '  Blues Lead Guitar ',
    summary: 'Solo over a twelve-bar blues',
    description: 'Bends, vibrato and the minor pentatonic.',
    instrument: 'GUITAR',
    level: 'INTERMEDIATE',
    price: '49.99',
    currency: 'EUR',
  });
  return form;
}

describe('course form', () => {
  it('should be invalid when empty, with a message for each required field', () => {
    const form = courseForm();

    expect(form.valid).toBeFalse();
    expect(fieldError(form, 'title')).toBe('Enter a title.');
    expect(fieldError(form, 'summary')).toBe('Enter a summary.');
    expect(fieldError(form, 'description')).toBe('Enter a description.');
    expect(fieldError(form, 'instrument')).toBe('Choose an instrument.');
    expect(fieldError(form, 'level')).toBe('Choose a level.');
    expect(fieldError(form, 'price')).toBe('Enter a price (0 for a free course).');
  });

  it('should default the currency to USD when creating', () => {
    expect(courseForm().controls.currency.value).toBe('USD');
  });

  it('should be valid when every field is filled in', () => {
    expect(filled().valid).toBeTrue();
  });

  it('should refuse a title of only spaces', () => {
    const form = filled();
    form.controls.title.setValue('   ');
    expect(fieldError(form, 'title')).toBe('Enter a title.');
  });

  it('should say how long the title is when it is longer than 120 characters', () => {
    const form = filled();
    form.controls.title.setValue('x'.repeat(121));
    expect(fieldError(form, 'title')).toBe('Use at most 120 characters (now 121).');
  });

  it('should refuse a summary longer than 300 characters', () => {
    const form = filled();
    form.controls.summary.setValue('x'.repeat(301));
    expect(form.controls.summary.valid).toBeFalse();
  });

  it('should refuse a description longer than 5000 characters', () => {
    const form = filled();
    form.controls.description.setValue('x'.repeat(5001));
    expect(fieldError(form, 'description')).toBe('Use at most 5000 characters (now 5001).');
  });

  const prices: [string, string | null][] = [
    ['0', null],
    ['49', null],
    ['49.9', null],
    ['49.99', null],
    ['-1', 'The price cannot be negative.'],
    ['49.999', 'Use at most 2 decimals, e.g. 49.99.'],
    ['1e3', 'Enter the price as a number, e.g. 49 or 49.99.'],
    ['12,50', 'Enter the price as a number, e.g. 49 or 49.99.'],
    ['1000', null],
    ['1000.01', 'The price can be at most 1000.'],
  ];
  for (const [text, message] of prices) {
    it(`should ${message ? 'refuse' : 'accept'} the price "${text}"`, () => {
      const form = filled();
      form.controls.price.setValue(text);
      expect(fieldError(form, 'price')).toBe(message);
    });
  }

  it('should refuse a currency that is not in the list', () => {
    const form = filled();
    form.controls.currency.setValue('JPY');
    expect(fieldError(form, 'currency')).toBe('Choose a currency.');
  });

  it('should convert the price to cents and trim the text when building the input', () => {
    expect(courseInput(filled())).toEqual({
      title: 'Blues Lead Guitar',
      summary: 'Solo over a twelve-bar blues',
      description: 'Bends, vibrato and the minor pentatonic.',
      instrument: 'GUITAR',
      level: 'INTERMEDIATE',
      priceCents: 4999,
      currency: 'EUR',
    });
  });

  it('should not lose a cent to floating point when converting 0.29', () => {
    const form = filled();
    form.controls.price.setValue('0.29');
    expect(courseInput(form).priceCents).toBe(29);
  });

  it('should prefill the price in major units when editing', () => {
    const form = courseForm({ ...courseInput(filled()), priceCents: 4950, currency: 'usd' });
    expect([form.controls.price.value, form.controls.currency.value]).toEqual(['49.50', 'USD']);
  });

  it('should write whole prices without decimals', () => {
    expect([priceText(4900), priceText(0), priceText(5)]).toEqual(['49', '0', '0.05']);
  });
});
