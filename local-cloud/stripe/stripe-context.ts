import type { StripeEvent } from './objects';
import type { StateStore } from './state-store';
import type { WebhookDelivery } from './webhook-delivery';

/** What the API handlers and the hosted checkout page share. */
export interface StripeContext {
  readonly store: StateStore;
  readonly events: WebhookDelivery;
  /** Origin of the hosted pages as a browser reaches them, e.g. http://localhost:4140 */
  readonly publicUrl: string;
  readonly log: (line: string) => void;
}

export type RequestInfo = StripeEvent['request'];
