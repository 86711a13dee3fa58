import type Stripe from 'stripe';
import type { Wire } from './wire';

export type Invoice = Wire<Stripe.Invoice>;
export type InvoiceLineItem = Wire<Stripe.InvoiceLineItem>;
export type PortalSession = Stripe.BillingPortal.Session;

/** An invoice plus what the hosted invoice page shows but the invoice object does not carry. */
export interface InvoiceRecord {
  invoice: Invoice;
  cardLast4: string;
}

export interface PortalSessionRecord {
  session: PortalSession;
  /** Account time (seconds) of the last page view or action; the portal expires after a while without one. */
  lastActiveAt: number;
}
