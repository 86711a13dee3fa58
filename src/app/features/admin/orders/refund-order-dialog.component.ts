import { ChangeDetectionStrategy, Component, LOCALE_ID, inject, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { toBackendError } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import { orderAmount } from '../../../shared/order-display';
import { reasonControl } from '../sales/grant-form';
import { ReasonField } from '../sales/reason-field.component';
import { type AdminOrder, orderDescription } from './admin-order';
import { refundOrder } from './orders-data';

export interface RefundOrderData {
  readonly order: AdminOrder;
}

/**
 * Asks why the order is refunded, then asks the backend to refund it in Stripe. Closes with true once
 * the refund is requested; a refusal (e.g. the order is no longer paid) is shown here and it stays open.
 */
@Component({
  selector: 'app-refund-order-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatDialogTitle, MatDialogContent, MatDialogActions, MatButton, ReasonField],
  template: `
    <h2 mat-dialog-title i18n="@@admin.refund.heading">Refund {{ amount }}?</h2>
    <form (ngSubmit)="confirm()" [formGroup]="form">
      <mat-dialog-content>
        <p i18n="@@admin.refund.what">{{ what }} · order {{ data.order.id }}</p>
        <p class="consequence">{{ consequence }}</p>
        <app-reason-field [control]="reason" />
        @if (failure(); as message) {
          <p class="failure" role="alert">{{ message }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="cancel()" i18n="@@admin.refund.cancel">Cancel</button>
        <button mat-flat-button type="submit" class="danger" [disabled]="pending()">@if (pending()) {<ng-container i18n="@@admin.refund.pending">Refunding…</ng-container>} @else {<ng-container i18n="@@admin.refund.confirm">Refund</ng-container>}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .consequence {
      font-weight: 600;
    }
    .failure {
      color: var(--mat-sys-error);
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class RefundOrderDialog {
  protected readonly data = inject<RefundOrderData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RefundOrderDialog, boolean>>(MatDialogRef);
  private readonly dataClient = inject(DataClientService);
  protected readonly reason = reasonControl();
  protected readonly form = new FormGroup({ reason: this.reason });

  protected readonly amount = orderAmount(this.data.order, inject(LOCALE_ID));
  protected readonly what = orderDescription(this.data.order);
  protected readonly consequence =
    this.data.order.product === 'MEMBERSHIP'
      ? $localize`:@@admin.refund.consequenceMembership:The payment goes back to the card. The membership is not cancelled by refunding one payment.`
      : $localize`:@@admin.refund.consequenceCourse:The payment goes back to the card and the student loses access to the course.`;
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected async confirm(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.pending()) return;
    this.pending.set(true);
    this.failure.set(null);
    try {
      await refundOrder(this.dataClient, this.data.order.id, this.reason.value.trim());
      this.dialogRef.close(true);
    } catch (error) {
      this.failure.set(toBackendError(error).message);
      this.pending.set(false);
    }
  }

  protected cancel(): void {
    this.dialogRef.close();
  }
}
