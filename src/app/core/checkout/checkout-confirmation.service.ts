import { DestroyRef, Injectable, InjectionToken, inject, signal } from '@angular/core';
import type { Schema } from '../../../../amplify/data/resource';
import { backendCall } from '../data/backend-call';
import { DataClientService } from '../data/data-client';

type OrderRecord = Pick<Schema['Order']['type'], 'status' | 'fulfilledAt'>;

/**
 * 'confirming' while waiting for the webhook; 'confirmed' once the payment's access is granted;
 * 'failed' when the order failed or expired; 'unconfirmed' when nothing was heard before the timeout.
 */
export type ConfirmationState = 'idle' | 'confirming' | 'confirmed' | 'failed' | 'unconfirmed';

/** How long to wait for the webhook's result before telling the buyer to look again later. */
export const CHECKOUT_CONFIRMATION_TIMEOUT_MS = new InjectionToken<number>('CHECKOUT_CONFIRMATION_TIMEOUT_MS', {
  providedIn: 'root',
  factory: () => 20_000,
});

export const PAYMENT_UNCONFIRMED_MESSAGE = $localize`:@@core.checkout.unconfirmed:Your payment is being confirmed — this can take a minute. Refresh later.`;
export const PAYMENT_FAILED_MESSAGE = $localize`:@@core.checkout.failed:The payment did not go through — you have not been charged.`;

/**
 * Waits for the stripe webhook to fulfil the order of one Checkout Session (the order id is the
 * session id): the order is read once and, unless already settled, followed on the Order onUpdate
 * subscription until `fulfilledAt` is set or the order fails or expires. The subscription opens
 * before the read, so an update landing between the two is not missed; when the timeout passes
 * (or the subscription could not be opened), one last read decides. Provide it in the component
 * that uses it: it stops listening when that component is destroyed.
 */
@Injectable()
export class CheckoutConfirmation {
  private readonly data = inject(DataClientService);
  private readonly timeoutMs = inject(CHECKOUT_CONFIRMATION_TIMEOUT_MS);
  private readonly current = signal<ConfirmationState>('idle');
  private abandon: () => void = () => undefined;

  readonly state = this.current.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.abandon());
  }

  /** Resolves with the final state ('idle' when the host is destroyed first). */
  confirm(sessionId: string): Promise<ConfirmationState> {
    this.abandon();
    this.current.set('confirming');
    return new Promise((resolve) => {
      let open = true;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let subscription: { unsubscribe(): void } | undefined;
      const end = (state: ConfirmationState) => {
        if (!open) return;
        open = false;
        subscription?.unsubscribe();
        clearTimeout(timer);
        if (state !== 'idle') this.current.set(state);
        resolve(state);
      };
      const settleWith = (order: OrderRecord | null) => {
        const state = settledState(order);
        if (state) end(state);
      };
      this.abandon = () => end('idle');
      timer = setTimeout(() => void this.read(sessionId).then((order) => end(settledState(order) ?? 'unconfirmed')), this.timeoutMs);
      subscription = this.data.client.models.Order.onUpdate({ filter: { id: { eq: sessionId } }, authMode: 'userPool' }).subscribe({
        next: settleWith,
        error: () => undefined,
      });
      if (!open) subscription.unsubscribe();
      void this.read(sessionId).then(settleWith);
    });
  }

  /** The order, or null when it cannot be read (yet): the subscription and the timeout carry on. */
  private async read(id: string): Promise<OrderRecord | null> {
    try {
      return await backendCall(this.data.client.models.Order.get({ id }, { authMode: 'userPool' }));
    } catch {
      return null;
    }
  }
}

function settledState(order: OrderRecord | null): ConfirmationState | null {
  if (order?.fulfilledAt) return 'confirmed';
  if (order?.status === 'FAILED' || order?.status === 'EXPIRED') return 'failed';
  return null;
}
