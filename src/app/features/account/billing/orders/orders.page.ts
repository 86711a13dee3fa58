import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../../../core/auth/auth.service';
import { backendCall, toBackendError } from '../../../../core/data/backend-call';
import { DataClientService } from '../../../../core/data/data-client';
import { PricePipe } from '../../../../shared/price.pipe';
import { invoiceStatus, newestInvoicesFirst, orderRows } from './order-rows';
import { fetchMyOrders } from './orders-data';

/** The account's Orders & receipts page: every order with its receipt, and the membership's invoices. */
@Component({
  selector: 'app-orders-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, NgTemplateOutlet, RouterLink, MatButtonModule, MatProgressBarModule, PricePipe],
  templateUrl: './orders.page.html',
  styleUrl: './orders.page.scss',
})
export default class OrdersPage {
  private readonly data = inject(DataClientService);
  private readonly auth = inject(AuthService);
  private readonly locale = inject(LOCALE_ID);
  protected readonly invoiceStatus = invoiceStatus;
  protected readonly ordersLoadError = $localize`:@@account.orders.ordersLoadError:We couldn't load your orders.`;
  protected readonly invoicesLoadError = $localize`:@@account.orders.invoicesLoadError:We couldn't load your membership invoices.`;
  protected readonly receiptLabel = $localize`:@@account.orders.receipt:Receipt`;
  protected readonly viewInvoiceLabel = $localize`:@@account.orders.viewInvoice:View invoice`;

  protected readonly orders = resource({
    params: () => this.auth.user()?.userId,
    loader: ({ params }) => fetchMyOrders(this.data, params),
  });
  protected readonly invoices = resource({
    params: () => this.auth.user()?.userId,
    loader: async () => newestInvoicesFirst((await backendCall(this.data.client.queries.listMyInvoices())) ?? []),
  });

  protected readonly orderRows = computed(() => {
    if (!this.orders.hasValue()) return null;
    const { orders, courseTitles } = this.orders.value();
    return orderRows(orders, courseTitles, this.locale);
  });
  protected readonly invoiceRows = computed(() => (this.invoices.hasValue() ? this.invoices.value() : null));
  protected receiptDetail(what: string): string {
    return $localize`:@@account.orders.receiptFor:for ${what}:what:`;
  }

  protected readonly ordersError = computed(() => errorMessage(this.orders.error()));
  protected readonly invoicesError = computed(() => errorMessage(this.invoices.error()));
}

function errorMessage(error: unknown): string | null {
  return error ? toBackendError(error).message : null;
}
