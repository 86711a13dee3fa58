// Test doubles for the billing pages' specs; named .spec.ts so the app build never compiles jasmine references.
import { Subject } from 'rxjs';
import type { DataClientService } from '../../../../core/data/data-client';
import type { MembershipInvoice, MembershipRecord, OrderRecord } from '../billing-types';

export function membershipFixture(overrides: Partial<MembershipRecord> = {}): MembershipRecord {
  return {
    userId: 'user-1',
    status: 'ACTIVE',
    stripeCustomerId: 'cus_1',
    stripeSubscriptionId: 'sub_1',
    currentPeriodEnd: '2026-12-02T12:00:00.000Z',
    cancelAtPeriodEnd: false,
    priceCents: 1500,
    currency: 'usd',
    pastDueSince: null,
    createdAt: '2026-11-02T12:00:00.000Z',
    updatedAt: '2026-11-02T12:00:00.000Z',
    ...overrides,
  };
}

export function orderFixture(overrides: Partial<OrderRecord> & Pick<OrderRecord, 'id'>): OrderRecord {
  return {
    userId: 'user-1',
    product: 'COURSE',
    courseId: 'c1',
    amountCents: 4900,
    currency: 'usd',
    status: 'PAID',
    description: 'Blues Lead Guitar',
    stripeSessionId: overrides.id,
    stripePaymentIntentId: 'pi_1',
    discountCents: null,
    promotionCode: null,
    receiptUrl: `https://pay.test/receipts/${overrides.id}`,
    paidAt: '2026-11-10T12:00:00.000Z',
    refundedAt: null,
    fulfilledAt: '2026-11-10T12:00:01.000Z',
    createdAt: '2026-11-10T11:59:00.000Z',
    updatedAt: '2026-11-10T12:00:01.000Z',
    ...overrides,
  };
}

export function invoiceFixture(overrides: Partial<MembershipInvoice> & Pick<MembershipInvoice, 'id'>): MembershipInvoice {
  return {
    number: 'PA-0001',
    amountPaidCents: 1500,
    currency: 'usd',
    status: 'paid',
    createdAt: '2026-11-02T12:00:00.000Z',
    periodStart: '2026-11-02T12:00:00.000Z',
    periodEnd: '2026-12-02T12:00:00.000Z',
    hostedInvoiceUrl: `https://pay.test/invoices/${overrides.id}`,
    ...overrides,
  };
}

/**
 * The data client calls of the billing pages as spies answering "nothing" by default. `orderUpdates`
 * drives the Order onUpdate subscription.
 */
export class FakeBillingData {
  readonly orderUpdates = new Subject<OrderRecord>();
  readonly models = {
    Membership: { get: jasmine.createSpy('Membership.get').and.resolveTo({ data: null }) },
    Order: {
      get: jasmine.createSpy('Order.get').and.resolveTo({ data: null }),
      ordersByUser: jasmine.createSpy('Order.ordersByUser').and.resolveTo({ data: [], nextToken: null }),
      onUpdate: jasmine.createSpy('Order.onUpdate').and.returnValue(this.orderUpdates),
    },
  };
  readonly queries = {
    getMembershipPlan: jasmine.createSpy('getMembershipPlan').and.resolveTo({ data: { priceCents: 1500, currency: 'usd', interval: 'month' } }),
    listMyInvoices: jasmine.createSpy('listMyInvoices').and.resolveTo({ data: [] }),
    listCatalog: jasmine.createSpy('listCatalog').and.resolveTo({ data: [] }),
  };
  readonly mutations = {
    startCheckout: jasmine.createSpy('startCheckout').and.resolveTo({ data: { sessionId: 'cs_new', url: 'https://pay.test/checkout/cs_new' } }),
    openBillingPortal: jasmine.createSpy('openBillingPortal').and.resolveTo({ data: { url: 'https://pay.test/portal/bps_1' } }),
    setMembershipRenewal: jasmine.createSpy('setMembershipRenewal').and.resolveTo({ data: true }),
  };

  givenMembership(membership: MembershipRecord | null): this {
    this.models.Membership.get.and.resolveTo({ data: membership });
    return this;
  }

  givenOrders(orders: OrderRecord[]): this {
    this.models.Order.ordersByUser.and.resolveTo({ data: orders, nextToken: null });
    return this;
  }

  asService(): DataClientService {
    const client = { models: this.models, queries: this.queries, mutations: this.mutations };
    return { client, authMode: () => 'userPool' } as unknown as DataClientService;
  }
}

/** A refusal as AppSync reports it for one of our functions ("<Kind>: <detail>"). */
export function refused(detail: string, kind = 'Conflict') {
  return { data: null, errors: [{ message: `${kind}: ${detail}`, errorType: 'Lambda:Unhandled' }] };
}

/** Lets pending promise callbacks and the resulting change detection run. */
export async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  fixture.detectChanges();
}
