import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { EMAIL_VALIDATORS, EmailField } from './email-field.component';

@Component({
  imports: [ReactiveFormsModule, EmailField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form">
      <app-email-field [control]="form.controls.email" autocomplete="email" />
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({ email: new FormControl('', { nonNullable: true, validators: EMAIL_VALIDATORS }) });
}

describe('EmailField', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const input = (): HTMLInputElement => element().querySelector('input') as HTMLInputElement;

  async function touchWith(value: string): Promise<void> {
    input().value = value;
    input().dispatchEvent(new Event('input'));
    fixture.componentInstance.form.markAllAsTouched();
    await fixture.whenStable();
  }

  it('should render a labelled email input with the given autocomplete when shown', () => {
    expect(element().querySelector('mat-label')?.textContent).toBe('Email');
    expect(input().type).toBe('email');
    expect(input().getAttribute('autocomplete')).toBe('email');
    expect(input().getAttribute('inputmode')).toBe('email');
  });

  it('should write what the user types into the control when typing', async () => {
    await touchWith('student@example.com');

    expect(fixture.componentInstance.form.controls.email.value).toBe('student@example.com');
    expect(element().querySelector('mat-error')).toBeNull();
  });

  it('should ask for the address when the touched field is empty', async () => {
    await touchWith('');

    expect(element().querySelector('mat-error')?.textContent).toBe('Enter your email address.');
  });

  it('should ask for a valid address when the touched field is not an email', async () => {
    await touchWith('not-an-email');

    expect(element().querySelector('mat-error')?.textContent).toBe('Enter a valid email address.');
  });
});
