import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../../../core/auth/auth.service';
import {
  CheckoutConfirmation,
  PAYMENT_FAILED_MESSAGE,
  PAYMENT_UNCONFIRMED_MESSAGE,
} from '../../../../core/checkout/checkout-confirmation.service';
import { CHECKOUT_CANCELLED_MESSAGE, forgetCheckoutReturn, readCheckoutReturn } from '../../../../core/checkout/checkout-return';
import { backendCall, toBackendError } from '../../../../core/data/backend-call';
import { DataClientService } from '../../../../core/data/data-client';
import { BROWSER_LOCATION } from '../../../../shared/browser-location';
import { reloadWhenIdle } from '../../../../shared/reload-when-idle';
import { CancelMembershipDialog, type CancelMembershipData } from './cancel-membership-dialog.component';
import { fetchMembership, fetchMembershipPlan, isLive, pricePerInterval } from './membership-data';
import { MEMBERSHIP_RECHECK_DELAYS_MS, awaitRenewalChange } from './membership-renewal';

export const MEMBERSHIP_PAYMENT_MESSAGE = $localize`:@@account.membership.paymentReceived:Payment received — your membership starts in a moment`;
export const RENEWAL_UNCHANGED_MESSAGE = $localize`:@@account.membership.renewalUnchanged:Your change was sent, but it is not showing yet. Refresh this page in a minute.`;

/** The account's Membership page: join, see status and renewal, cancel or resume, and the Stripe billing portal. */
@Component({
  selector: 'app-membership-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatProgressBarModule],
  providers: [CheckoutConfirmation],
  templateUrl: './membership.page.html',
  styleUrl: './membership.page.scss',
})
export default class MembershipPage {
  private readonly data = inject(DataClientService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly location = inject(BROWSER_LOCATION);
  private readonly locale = inject(LOCALE_ID);
  private readonly recheckDelays = inject(MEMBERSHIP_RECHECK_DELAYS_MS);
  private readonly confirmation = inject(CheckoutConfirmation);

  protected readonly membership = resource({
    params: () => this.auth.user()?.userId,
    loader: ({ params }) => fetchMembership(this.data, params),
  });
  protected readonly current = computed(() => (this.membership.hasValue() ? this.membership.value() : null));
  protected readonly live = computed(() => {
    const membership = this.current();
    return isLive(membership) ? membership : null;
  });
  /** The plan is offered only to users without a live membership. */
  protected readonly plan = resource({
    params: () => (this.membership.hasValue() && !isLive(this.membership.value()) ? true : undefined),
    loader: () => fetchMembershipPlan(this.data),
  });
  protected readonly planPrice = computed(() => {
    const plan = this.plan.hasValue() ? this.plan.value() : null;
    return plan ? pricePerInterval(plan.priceCents, plan.currency, plan.interval, this.locale) : null;
  });
  /** The membership is monthly: create-checkout sells no other interval. */
  protected readonly livePrice = computed(() => {
    const membership = this.live();
    return membership?.priceCents != null ? pricePerInterval(membership.priceCents, membership.currency, 'month', this.locale) : null;
  });
  protected readonly loadError = computed(() => {
    const error = this.membership.error() ?? this.plan.error();
    return error ? toBackendError(error).message : null;
  });
  protected readonly joinLabel = computed(() => $localize`:@@account.membership.join:Join for ${this.planPrice() ?? ''}:price:`);
  protected readonly loading = computed(() => !this.loadError() && (!this.membership.hasValue() || (!this.live() && !this.plan.hasValue())));

  /** Which action is leaving for Stripe or waiting for the server. */
  protected readonly busy = signal<'join' | 'portal' | 'renewal' | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly renewalNotice = signal<string | null>(null);

  protected readonly confirmationState = this.confirmation.state;
  protected readonly confirmationNotice = computed(() => {
    switch (this.confirmation.state()) {
      case 'confirmed':
        return $localize`:@@account.membership.confirmed:Your membership is active — every course is included.`;
      case 'unconfirmed':
        return PAYMENT_UNCONFIRMED_MESSAGE;
      case 'failed':
        return PAYMENT_FAILED_MESSAGE;
      default:
        return null;
    }
  });

  constructor() {
    const route = inject(ActivatedRoute);
    const checkout = readCheckoutReturn(route.snapshot.queryParamMap);
    if (!checkout) return;
    void forgetCheckoutReturn(inject(Router), route);
    this.snackBar.open(checkout.outcome === 'success' ? MEMBERSHIP_PAYMENT_MESSAGE : CHECKOUT_CANCELLED_MESSAGE, $localize`:@@account.membership.snackOk:OK`, {
      duration: 8000,
    });
    if (checkout.outcome === 'success' && checkout.sessionId) void this.confirmPayment(checkout.sessionId);
  }

  protected retry(): void {
    if (this.membership.error()) this.membership.reload();
    else this.plan.reload();
  }

  protected async join(): Promise<void> {
    await this.leaveFor('join', async () => (await backendCall(this.data.client.mutations.startCheckout({ product: 'MEMBERSHIP' })))?.url);
  }

  protected async openPortal(): Promise<void> {
    await this.leaveFor('portal', async () => (await backendCall(this.data.client.mutations.openBillingPortal({ returnPath: '/account/membership' })))?.url);
  }

  protected async cancel(): Promise<void> {
    const data: CancelMembershipData = { periodEnd: this.live()?.currentPeriodEnd ?? null };
    const confirmed = await firstValueFrom(this.dialog.open<CancelMembershipDialog, CancelMembershipData, boolean>(CancelMembershipDialog, { data }).afterClosed());
    if (confirmed) await this.setRenewal(true);
  }

  protected async resume(): Promise<void> {
    await this.setRenewal(false);
  }

  private async setRenewal(cancelAtPeriodEnd: boolean): Promise<void> {
    const user = this.auth.user();
    if (this.busy() || !user) return;
    this.busy.set('renewal');
    this.actionError.set(null);
    this.renewalNotice.set(null);
    try {
      await backendCall(this.data.client.mutations.setMembershipRenewal({ cancelAtPeriodEnd }));
      const changed = await awaitRenewalChange(() => fetchMembership(this.data, user.userId), cancelAtPeriodEnd, this.recheckDelays);
      if (changed) this.membership.set(changed);
      else this.renewalNotice.set(RENEWAL_UNCHANGED_MESSAGE);
    } catch (error) {
      const message = toBackendError(error).message;
      this.actionError.set(
        cancelAtPeriodEnd
          ? $localize`:@@account.membership.cancelFailed:Your membership was not cancelled: ${message}:message:`
          : $localize`:@@account.membership.resumeFailed:Your membership was not resumed: ${message}:message:`,
      );
    } finally {
      this.busy.set(null);
    }
  }

  /** Asks the server for a Stripe page and sends the browser there; stays busy while the browser leaves. */
  private async leaveFor(action: 'join' | 'portal', url: () => Promise<string | undefined>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(action);
    this.actionError.set(null);
    try {
      const target = await url();
      if (!target) throw new Error('The server returned no URL');
      this.location.assign(target);
    } catch (error) {
      const message = toBackendError(error).message;
      this.actionError.set(
        action === 'join'
          ? $localize`:@@account.membership.checkoutFailed:We couldn't start the checkout: ${message}:message:`
          : $localize`:@@account.membership.portalFailed:We couldn't open the billing portal: ${message}:message:`,
      );
      this.busy.set(null);
    }
  }

  private async confirmPayment(sessionId: string): Promise<void> {
    if ((await this.confirmation.confirm(sessionId)) === 'confirmed') await reloadWhenIdle(this.membership);
  }
}
