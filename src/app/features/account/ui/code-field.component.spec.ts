import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { CODE_VALIDATORS, CodeField } from './code-field.component';

@Component({
  imports: [ReactiveFormsModule, CodeField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-code-field [control]="code" label="Confirmation code" />`,
})
class Host {
  readonly code = new FormControl('', { nonNullable: true, validators: CODE_VALIDATORS });
}

describe('CodeField', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const error = (): string | undefined => element().querySelector('mat-error')?.textContent ?? undefined;

  async function touchWith(value: string): Promise<void> {
    const input = element().querySelector('input') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    fixture.componentInstance.code.markAsTouched();
    await fixture.whenStable();
  }

  it('should show the given label and a one-time-code input when shown', () => {
    const input = element().querySelector('input');

    expect(element().querySelector('mat-label')?.textContent).toBe('Confirmation code');
    expect(input?.getAttribute('autocomplete')).toBe('one-time-code');
    expect(element().textContent).toContain('The 6-digit code from the email we sent you.');
  });

  it('should ask for the code when the touched field is empty', async () => {
    await touchWith('');

    expect(error()).toBe('Enter the code from the email.');
  });

  it('should say the code is 6 digits when it has letters', async () => {
    await touchWith('12ab');

    expect(error()).toBe('The code is 6 digits.');
  });

  it('should accept six digits with spaces around them when pasted', async () => {
    await touchWith(' 123456 ');

    expect(fixture.componentInstance.code.valid).toBeTrue();
    expect(error()).toBeUndefined();
  });
});
