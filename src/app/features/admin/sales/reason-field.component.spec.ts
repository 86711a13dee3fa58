import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { reasonControl } from './grant-form';
import { ReasonField } from './reason-field.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReasonField],
  template: `<app-reason-field [control]="reason" />`,
})
class DialogHost {
  readonly reason = reasonControl();
}

describe('ReasonField', () => {
  it('should show the blank reason error when the dialog marks the untouched field touched on submit', async () => {
    const fixture = TestBed.createComponent(DialogHost);
    await fixture.whenStable();

    fixture.componentInstance.reason.markAsTouched();
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).querySelector('mat-error')?.textContent?.trim()).toBe('Enter a reason.');
  });
});
