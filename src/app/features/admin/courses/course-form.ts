import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { INSTRUMENTS, Instrument, LEVELS, Level } from '../../../shared/catalog-types';
import type { CourseInput } from './admin-course';

export const TITLE_MAX_LENGTH = 120;
export const SUMMARY_MAX_LENGTH = 300;
export const DESCRIPTION_MAX_LENGTH = 5000;
export const MAX_PRICE = 1000;

/**
 * The currencies checkout accepts (course-admin's schema.ts; the server checks again), all with two
 * decimals: priceCents = price × 100. Limits here mirror the server's so mistakes show at the field.
 */
export const CURRENCIES = ['USD', 'EUR', 'GBP'] as const;

export type CourseFormGroup = FormGroup<{
  title: FormControl<string>;
  summary: FormControl<string>;
  description: FormControl<string>;
  instrument: FormControl<Instrument | null>;
  level: FormControl<Level | null>;
  /** Text in major units ("49.99"), so that "1e3" or "12," are refused rather than guessed. */
  price: FormControl<string>;
  currency: FormControl<string>;
}>;

type Field = keyof CourseFormGroup['controls'];

/** The create/edit course form, prefilled from `course` when editing. */
export function courseForm(course?: CourseInput): CourseFormGroup {
  const value = courseFormValue(course);
  return new FormGroup({
    title: new FormControl(value.title, {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(TITLE_MAX_LENGTH)],
    }),
    summary: new FormControl(value.summary, {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(SUMMARY_MAX_LENGTH)],
    }),
    description: new FormControl(value.description, {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(DESCRIPTION_MAX_LENGTH)],
    }),
    instrument: new FormControl<Instrument | null>(value.instrument, { validators: [Validators.required, oneOf(INSTRUMENTS)] }),
    level: new FormControl<Level | null>(value.level, { validators: [Validators.required, oneOf(LEVELS)] }),
    price: new FormControl(value.price, { nonNullable: true, validators: [Validators.required, price] }),
    currency: new FormControl(value.currency, {
      nonNullable: true,
      validators: [Validators.required, oneOf(CURRENCIES)],
    }),
  });
}

/** What the form shows for `course`: empty (currency USD) when creating. */
export function courseFormValue(course?: CourseInput): ReturnType<CourseFormGroup['getRawValue']> {
  return {
    title: course?.title ?? '',
    summary: course?.summary ?? '',
    description: course?.description ?? '',
    instrument: course?.instrument ?? null,
    level: course?.level ?? null,
    price: course ? priceText(course.priceCents) : '',
    currency: course?.currency?.toUpperCase() ?? 'USD',
  };
}

/** The form's value as the mutation input: trimmed text, the price in cents. Call only when the form is valid. */
export function courseInput(form: CourseFormGroup): CourseInput {
  const value = form.getRawValue();
  if (!value.instrument || !value.level) throw new Error('courseInput needs a valid form');
  return {
    title: value.title.trim(),
    summary: value.summary.trim(),
    description: value.description.trim(),
    instrument: value.instrument,
    level: value.level,
    priceCents: Math.round(Number(value.price.trim()) * 100),
    currency: value.currency,
  };
}

/** 4900 → "49", 4999 → "49.99", 4950 → "49.50". */
export function priceText(priceCents: number): string {
  const major = priceCents / 100;
  return Number.isInteger(major) ? String(major) : major.toFixed(2);
}

/** The message under a field, or null while it is valid. */
export function fieldError(form: CourseFormGroup, field: Field): string | null {
  const control = form.controls[field];
  const errors = control.errors;
  if (!errors) return null;
  const length = typeof control.value === 'string' ? control.value.length : 0;
  switch (field) {
    case 'title':
    case 'summary':
    case 'description': {
      const max = { title: TITLE_MAX_LENGTH, summary: SUMMARY_MAX_LENGTH, description: DESCRIPTION_MAX_LENGTH }[field];
      if (errors['required'] || errors['blank']) return REQUIRED_MESSAGES[field];
      if (errors['maxlength']) return $localize`:@@admin.courseForm.error.tooLong:Use at most ${max}:max: characters (now ${length}:length:).`;
      return null;
    }
    case 'instrument':
      return $localize`:@@admin.courseForm.error.instrument:Choose an instrument.`;
    case 'level':
      return $localize`:@@admin.courseForm.error.level:Choose a level.`;
    case 'currency':
      return $localize`:@@admin.courseForm.error.currency:Choose a currency.`;
    case 'price':
      if (errors['required']) return $localize`:@@admin.courseForm.error.priceRequired:Enter a price (0 for a free course).`;
      if (errors['negative']) return $localize`:@@admin.courseForm.error.priceNegative:The price cannot be negative.`;
      if (errors['decimals']) return $localize`:@@admin.courseForm.error.priceDecimals:Use at most 2 decimals, e.g. 49.99.`;
      if (errors['max']) return $localize`:@@admin.courseForm.error.priceMax:The price can be at most ${MAX_PRICE}:max:.`;
      return $localize`:@@admin.courseForm.error.priceNumber:Enter the price as a number, e.g. 49 or 49.99.`;
  }
}

const REQUIRED_MESSAGES = {
  title: $localize`:@@admin.courseForm.error.titleRequired:Enter a title.`,
  summary: $localize`:@@admin.courseForm.error.summaryRequired:Enter a summary.`,
  description: $localize`:@@admin.courseForm.error.descriptionRequired:Enter a description.`,
};

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.length > 0 && control.value.trim() === '' ? { blank: true } : null;
}

function oneOf(allowed: readonly string[]) {
  return (control: AbstractControl<string | null>): ValidationErrors | null =>
    control.value == null || control.value === '' || allowed.includes(control.value) ? null : { oneOf: true };
}

function price(control: AbstractControl<string>): ValidationErrors | null {
  const text = control.value.trim();
  if (text === '') return null;
  if (/^-\d+(\.\d+)?$/.test(text)) return { negative: true };
  if (/^\d+\.\d{3,}$/.test(text)) return { decimals: true };
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return { number: true };
  return Number(text) > MAX_PRICE ? { max: true } : null;
}
