import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Stripe from 'stripe';
import type { InvoiceRecord, PortalSessionRecord } from './billing-objects';
import type {
  CheckoutSessionRecord,
  Customer,
  EventRecord,
  IdempotencyRecord,
  PaymentIntent,
  Subscription,
} from './objects';

export interface StripeState {
  checkoutSessions: Record<string, CheckoutSessionRecord>;
  customers: Record<string, Customer>;
  subscriptions: Record<string, Subscription>;
  paymentIntents: Record<string, PaymentIntent>;
  charges: Record<string, Stripe.Charge>;
  refunds: Record<string, Stripe.Refund>;
  disputes: Record<string, Stripe.Dispute>;
  events: Record<string, EventRecord>;
  idempotency: Record<string, IdempotencyRecord>;
  invoices: Record<string, InvoiceRecord>;
  billingPortalSessions: Record<string, PortalSessionRecord>;
  /** Product names by id: Checkout's product_data creates products the portal and invoices name. */
  productNames: Record<string, string>;
  /** How far the account's clock runs ahead of real time (clock.ts). */
  clockOffsetSeconds: number;
  coupons: Record<string, Stripe.Coupon>;
  promotionCodes: Record<string, Stripe.PromotionCode>;
}

const idempotencyLifetimeMs = 24 * 60 * 60 * 1000;

function emptyState(): StripeState {
  return {
    checkoutSessions: {}, customers: {}, subscriptions: {}, paymentIntents: {}, charges: {}, refunds: {}, disputes: {}, events: {}, idempotency: {},
    invoices: {}, billingPortalSessions: {}, productNames: {}, clockOffsetSeconds: 0, coupons: {}, promotionCodes: {},
  };
}

/**
 * Holds all objects in memory and rewrites one JSON file after every change (temp file + rename, so a crash
 * never leaves a half-written file). Writes are synchronous: the state is small and ordering stays trivial.
 */
export class StateStore {
  readonly state: StripeState;
  private readonly file: string;
  private writes = 0;

  constructor(private readonly stateDir: string) {
    mkdirSync(stateDir, { recursive: true });
    this.file = join(stateDir, 'stripe-state.json');
    this.state = this.load();
  }

  save(): void {
    const temp = join(this.stateDir, `.stripe-state.${process.pid}.${this.writes++}.tmp`);
    writeFileSync(temp, JSON.stringify(this.state));
    renameSync(temp, this.file);
  }

  private load(): StripeState {
    let raw: string;
    try {
      raw = readFileSync(this.file, 'utf8');
    } catch {
      return emptyState();
    }
    const state = { ...emptyState(), ...(JSON.parse(raw) as Partial<StripeState>) };
    const cutoff = Date.now() - idempotencyLifetimeMs;
    for (const [key, record] of Object.entries(state.idempotency)) {
      if (record.createdAt < cutoff) delete state.idempotency[key];
    }
    return state;
  }
}
