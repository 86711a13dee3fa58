import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, InjectionToken, LOCALE_ID, PendingTasks, computed, inject, resource, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import { toBackendError } from '../../../core/data/backend-call';
import { DataClientService } from '../../../core/data/data-client';
import { type OrderStatus, orderAmount, orderDate, orderStatusLabel } from '../../../shared/order-display';
import { type AdminOrder, ORDER_STATUSES, filterOrders, orderDescription } from './admin-order';
import { fetchAllOrders, fetchOrder } from './orders-data';
import { RefundOrderDialog, type RefundOrderData } from './refund-order-dialog.component';

/**
 * Pauses between re-reads of a refunded order: it turns REFUNDED only when Stripe's charge.refunded
 * event reaches the webhook, usually within seconds. After the last one the admin is told to look later.
 */
export const REFUND_RECHECK_DELAYS_MS = new InjectionToken<readonly number[]>('REFUND_RECHECK_DELAYS_MS', {
  providedIn: 'root',
  factory: () => [1000, 2000, 3000, 5000, 8000],
});

export const REFUND_REQUESTED_MESSAGE = $localize`:@@admin.orders.refundRequested:Refund requested — the order updates when Stripe confirms it.`;

/** Every order, newest first, filterable by status and searchable; a paid order can be refunded. */
@Component({
  selector: 'app-orders-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatInput, MatSelect, MatOption, MatProgressBar],
  templateUrl: './orders.page.html',
  styleUrl: './orders.page.scss',
})
export default class OrdersPage {
  private readonly data = inject(DataClientService);
  private readonly dialog = inject(MatDialog);
  private readonly pendingTasks = inject(PendingTasks);
  private readonly recheckDelays = inject(REFUND_RECHECK_DELAYS_MS);

  protected readonly statuses = ORDER_STATUSES;
  protected readonly statusLabel = orderStatusLabel;
  protected readonly describe = orderDescription;
  private readonly locale = inject(LOCALE_ID);
  protected readonly amount = (order: AdminOrder) => orderAmount(order, this.locale);
  protected readonly labels = {
    receipt: (id: string) => $localize`:@@admin.orders.receiptLabel:Receipt for order ${id}:orderId:`,
    refund: (id: string) => $localize`:@@admin.orders.refundLabel:Refund order ${id}:orderId:`,
  };
  protected readonly dateOf = orderDate;

  protected readonly orders = resource({ loader: () => fetchAllOrders(this.data) });
  protected readonly loading = computed(() => !this.orders.hasValue() && !this.orders.error());
  protected readonly loadError = computed(() => {
    const error = this.orders.error();
    return error ? toBackendError(error).message : null;
  });
  private readonly all = computed(() => (this.orders.hasValue() ? this.orders.value() : []));

  protected readonly status = signal<OrderStatus | null>(null);
  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly query = toSignal(this.search.valueChanges, { initialValue: '' });
  protected readonly filtered = computed(() => this.status() !== null || this.query().trim() !== '');
  protected readonly shown = computed(() => filterOrders(this.all(), { status: this.status(), query: this.query() }));

  /** Orders whose refund was requested and whose REFUNDED state is still awaited. */
  protected readonly refunding = signal<ReadonlySet<string>>(new Set());
  protected readonly notice = signal<string | null>(null);

  protected retry(): void {
    this.orders.reload();
  }

  protected clearFilters(): void {
    this.status.set(null);
    this.search.setValue('');
  }

  protected async refund(order: AdminOrder): Promise<void> {
    const requested = await firstValueFrom(
      this.dialog.open<RefundOrderDialog, RefundOrderData, boolean>(RefundOrderDialog, { data: { order } }).afterClosed(),
    );
    if (!requested) return;
    this.notice.set(REFUND_REQUESTED_MESSAGE);
    this.refunding.update((ids) => new Set([...ids, order.id]));
    void this.pendingTasks.run(() => this.awaitRefund(order.id));
  }

  private async awaitRefund(orderId: string): Promise<void> {
    try {
      for (const delay of this.recheckDelays) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        const order = await fetchOrder(this.data, orderId).catch(() => null);
        if (order) this.replace(order);
        if (order?.status === 'REFUNDED') {
          this.notice.set($localize`:@@admin.orders.refunded:Order ${orderId}:orderId: is refunded.`);
          return;
        }
      }
      this.notice.set(
        $localize`:@@admin.orders.refundUnconfirmed:Stripe has not confirmed the refund of order ${orderId}:orderId: yet. Reload the page later to see it.`,
      );
    } finally {
      this.refunding.update((ids) => new Set([...ids].filter((id) => id !== orderId)));
    }
  }

  private replace(order: AdminOrder): void {
    if (!this.orders.hasValue()) return;
    this.orders.set(this.orders.value().map((known) => (known.id === order.id ? order : known)));
  }
}
