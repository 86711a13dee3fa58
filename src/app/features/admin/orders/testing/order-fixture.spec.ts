// Named .spec.ts so the app build (which excludes specs) never compiles it.
import type { AdminOrder } from '../admin-order';

export function orderFixture(overrides: Partial<AdminOrder> = {}): AdminOrder {
  return {
    id: 'cs_1',
    userId: 'user-1',
    product: 'COURSE',
    courseId: 'c1',
    description: 'Blues Lead Guitar',
    amountCents: 4900,
    currency: 'usd',
    status: 'PAID',
    stripeSessionId: 'cs_1',
    stripePaymentIntentId: 'pi_1',
    discountCents: null,
    promotionCode: null,
    receiptUrl: 'https://pay.example/receipts/1',
    paidAt: '2026-11-20T10:00:00Z',
    refundedAt: null,
    fulfilledAt: '2026-11-20T10:00:02Z',
    createdAt: '2026-11-20T09:59:00Z',
    updatedAt: '2026-11-20T10:00:02Z',
    ...overrides,
  };
}
