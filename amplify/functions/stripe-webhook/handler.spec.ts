import '../shared/testing/quiet-logs';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { createStripe } from '../shared/stripe-client';
import { startFakeStripeApi, type FakeStripeApi } from '../shared/testing/fake-stripe-api';
import { handler } from './handler';
import { functionUrlEvent, lambdaContext, signed, syntheticEvent as stripeEvent, webhookSecret, useWebhookTables } from './webhook-test-kit';

const stripe = createStripe('sk_test_local');
/** Invokes the handler as Lambda does, with a context (its deadline bounds an event's lease). */
const handle = (request: Parameters<typeof handler>[0]) => handler(request, lambdaContext(15_000));

const paidCourseSession = (sessionId: string, userId: string, courseId = 'c-1') => ({
  id: sessionId, object: 'checkout.session', mode: 'payment', payment_status: 'paid', amount_subtotal: 4900, amount_total: 4900, currency: 'usd',
  client_reference_id: userId, customer: 'cus_1', subscription: null, payment_intent: `pi_${sessionId}`,
  metadata: { userId, courseId, product: 'COURSE' },
});

/** The PENDING order create-checkout records for a session like paidCourseSession's. */
const pendingOrder = (sessionId: string, userId: string, overrides: Record<string, unknown> = {}) => ({
  id: sessionId, stripeSessionId: sessionId, userId, status: 'PENDING', product: 'COURSE', courseId: 'c-1', amountCents: 4900, currency: 'usd',
  ...overrides,
});

describe('stripe-webhook handler', () => {
  const tables = useWebhookTables();

  // Answers 404 to the receipt and promotion-code lookups of these made-up payments.
  let stripeApi: FakeStripeApi;
  beforeAll(async () => (stripeApi = await startFakeStripeApi()));
  afterAll(() => stripeApi.stop());

  beforeEach(() => {
    process.env['STRIPE_SECRET_KEY'] = 'sk_test_local';
    process.env['STRIPE_WEBHOOK_SECRET'] = webhookSecret;
    process.env['STRIPE_API_BASE'] = stripeApi.url;
  });

  afterEach(() => {
    delete process.env['STRIPE_API_BASE'];
  });

  describe('signature verification', () => {
    it('should answer 400 and record nothing when the signature was made with another secret', async () => {
      const { id, payload } = stripeEvent('checkout.session.completed', paidCourseSession('cs_forged', 'mallory'));

      const response = await handle(signed(payload, { secret: 'whsec_attacker' }));

      expect(response.statusCode).toBe(400);
      expect(await tables.get('PAYMENT_EVENT_TABLE', { stripeEventId: id })).toBeUndefined();
      expect(await tables.get('ENROLLMENT_TABLE', { userId: 'mallory', courseId: 'c-1' })).toBeUndefined();
    });

    it('should answer 400 and change nothing when the signature is older than the tolerance (a replay)', async () => {
      await tables.put('ORDER_TABLE', pendingOrder('cs_stale', 'user-stale'));
      const leases = (await tables.scan('IDEMPOTENCY_TABLE')).length;
      const { payload } = stripeEvent('checkout.session.completed', paidCourseSession('cs_stale', 'user-stale'));

      const response = await handle(signed(payload, { timestamp: Math.floor(Date.now() / 1000) - 301 }));

      expect(response.statusCode).toBe(400);
      expect((await tables.get('ORDER_TABLE', { id: 'cs_stale' }))?.['status']).toBe('PENDING');
      expect(await tables.get('ENROLLMENT_TABLE', { userId: 'user-stale', courseId: 'c-1' })).toBeUndefined();
      expect((await tables.scan('IDEMPOTENCY_TABLE')).length).toBe(leases);
    });

    it('should answer 400 when the Stripe-Signature header is missing', async () => {
      const { payload } = stripeEvent('checkout.session.completed', paidCourseSession('cs_unsigned', 'mallory'));

      expect((await handle(functionUrlEvent(payload, {}))).statusCode).toBe(400);
    });

    it('should answer 400 and change nothing when the body was altered after signing', async () => {
      await tables.put('ORDER_TABLE', pendingOrder('cs_tampered', 'user-victim'));
      const leases = (await tables.scan('IDEMPOTENCY_TABLE')).length;
      const { payload } = stripeEvent('checkout.session.completed', paidCourseSession('cs_tampered', 'user-victim'));
      const request = signed(payload);

      const response = await handle({ ...request, body: payload.replace('user-victim', 'mallory') });

      expect(response.statusCode).toBe(400);
      expect((await tables.get('ORDER_TABLE', { id: 'cs_tampered' }))?.['status']).toBe('PENDING');
      expect(await tables.get('ENROLLMENT_TABLE', { userId: 'mallory', courseId: 'c-1' })).toBeUndefined();
      expect((await tables.scan('IDEMPOTENCY_TABLE')).length).toBe(leases);
    });

    it('should verify the decoded raw body when the Function URL delivers it base64-encoded', async () => {
      await tables.put('ORDER_TABLE', pendingOrder('cs_b64', 'user-b64'));
      const { payload } = stripeEvent('checkout.session.completed', paidCourseSession('cs_b64', 'user-b64'));
      const header = stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret });

      const response = await handle(functionUrlEvent(Buffer.from(payload).toString('base64'), { 'Stripe-Signature': header }, true));

      expect(response.statusCode).toBe(200);
      expect(await tables.get('ENROLLMENT_TABLE', { userId: 'user-b64', courseId: 'c-1' })).toBeDefined();
    });
  });

  describe('checkout.session.completed', () => {
    it('should mark the order PAID and enroll the buyer when a course payment completes', async () => {
      await tables.put('ORDER_TABLE', pendingOrder('cs_paid', 'user-1'));
      const { payload } = stripeEvent('checkout.session.completed', paidCourseSession('cs_paid', 'user-1'));

      const response = await handle(signed(payload));

      expect(response.statusCode).toBe(200);
      expect(await tables.get('ORDER_TABLE', { id: 'cs_paid' })).toEqual(
        jasmine.objectContaining({
          status: 'PAID', paidAt: jasmine.any(String), stripePaymentIntentId: 'pi_cs_paid', amountCents: 4900, discountCents: 0,
          fulfilledAt: jasmine.any(String),
        }),
      );
      expect(await tables.get('ENROLLMENT_TABLE', { userId: 'user-1', courseId: 'c-1' })).toEqual(
        jasmine.objectContaining({ source: 'PURCHASE', orderId: 'cs_paid', __typename: 'Enrollment', createdAt: jasmine.any(String) }),
      );
    });

    it('should record what was charged with the promotion code when a discounted payment completes', async () => {
      await tables.put('ORDER_TABLE', pendingOrder('cs_promo', 'user-promo'));
      const discounted = {
        ...paidCourseSession('cs_promo', 'user-promo'), amount_total: 3920, total_details: { amount_discount: 980, amount_shipping: 0, amount_tax: 0 },
        discounts: [{ coupon: null, promotion_code: { id: 'promo_1', object: 'promotion_code', code: 'LEARN20' } }],
      };
      const { payload } = stripeEvent('checkout.session.completed', discounted);

      expect((await handle(signed(payload))).statusCode).toBe(200);

      expect(await tables.get('ORDER_TABLE', { id: 'cs_promo' })).toEqual(
        jasmine.objectContaining({ status: 'PAID', amountCents: 3920, discountCents: 980, promotionCode: 'LEARN20', fulfilledAt: jasmine.any(String) }),
      );
      expect(await tables.get('ENROLLMENT_TABLE', { userId: 'user-promo', courseId: 'c-1' })).toBeDefined();
    });

    it('should acknowledge a redelivered event without repeating its effects', async () => {
      await tables.put('ORDER_TABLE', pendingOrder('cs_twice', 'user-2'));
      const { id, payload } = stripeEvent('checkout.session.completed', paidCourseSession('cs_twice', 'user-2'));
      expect((await handle(signed(payload))).statusCode).toBe(200);
      await tables.documents.send(
        new DeleteCommand({ TableName: process.env['ENROLLMENT_TABLE'], Key: { userId: 'user-2', courseId: 'c-1' } }),
      );

      const replay = await handle(signed(payload));

      expect(replay.statusCode).toBe(200);
      expect(JSON.parse(String(replay.body))).toEqual({ received: true, duplicate: true });
      expect(await tables.get('ENROLLMENT_TABLE', { userId: 'user-2', courseId: 'c-1' })).toBeUndefined();
      expect(await tables.get('PAYMENT_EVENT_TABLE', { stripeEventId: id })).toEqual(jasmine.objectContaining({ type: 'checkout.session.completed' }));
    });

    it('should release the event for a retry when processing fails', async () => {
      const { id, payload } = stripeEvent('checkout.session.completed', { ...paidCourseSession('cs_bad', 'user-3'), metadata: {} });

      const response = await handle(signed(payload));

      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(await tables.get('PAYMENT_EVENT_TABLE', { stripeEventId: id })).toBeUndefined();
    });

    it('should activate the membership when a subscription checkout completes', async () => {
      await tables.put('ORDER_TABLE', pendingOrder('cs_member', 'user-4', { product: 'MEMBERSHIP', courseId: undefined }));
      const { payload } = stripeEvent('checkout.session.completed', {
        ...paidCourseSession('cs_member', 'user-4'), mode: 'subscription', subscription: 'sub_1', metadata: { userId: 'user-4', product: 'MEMBERSHIP' },
      });

      await handle(signed(payload));

      expect(await tables.get('MEMBERSHIP_TABLE', { userId: 'user-4' })).toEqual(
        jasmine.objectContaining({ status: 'ACTIVE', stripeSubscriptionId: 'sub_1', stripeCustomerId: 'cus_1', __typename: 'Membership' }),
      );
      expect(await tables.get('ENROLLMENT_TABLE', { userId: 'user-4', courseId: 'c-1' })).toBeUndefined();
    });
  });

  describe('a paid session that does not match its order', () => {
    const mismatches: [string, Record<string, unknown>][] = [
      ['another amount', { amountCents: 100 }],
      ['another currency', { currency: 'eur' }],
      ['another buyer', { userId: 'someone-else' }],
      ['another course', { courseId: 'c-2' }],
      ['another product', { product: 'MEMBERSHIP', courseId: undefined }],
    ];
    for (const [difference, overrides] of mismatches) {
      it(`should grant nothing and keep the order PENDING when the order has ${difference}`, async () => {
        const sessionId = `cs_mismatch_${difference.replace(/ /g, '_')}`;
        await tables.put('ORDER_TABLE', pendingOrder(sessionId, 'user-m', overrides));
        const { payload } = stripeEvent('checkout.session.completed', paidCourseSession(sessionId, 'user-m'));

        const response = await handle(signed(payload));

        expect(response.statusCode).toBe(200);
        expect((await tables.get('ORDER_TABLE', { id: sessionId }))?.['status']).toBe('PENDING');
        expect(await tables.get('ENROLLMENT_TABLE', { userId: 'user-m', courseId: 'c-1' })).toBeUndefined();
        expect(await tables.get('MEMBERSHIP_TABLE', { userId: 'user-m' })).toBeUndefined();
      });
    }

    it('should grant nothing and ask Stripe to retry when no order exists for the session yet', async () => {
      const { payload } = stripeEvent('checkout.session.completed', paidCourseSession('cs_no_order', 'user-n'));

      const response = await handle(signed(payload));

      expect(response.statusCode).toBe(409);
      expect(await tables.get('ENROLLMENT_TABLE', { userId: 'user-n', courseId: 'c-1' })).toBeUndefined();
    });

    it('should grant nothing when the order was already refunded', async () => {
      await tables.put('ORDER_TABLE', pendingOrder('cs_refunded', 'user-r', { status: 'REFUNDED' }));
      const { payload } = stripeEvent('checkout.session.completed', paidCourseSession('cs_refunded', 'user-r'));

      expect((await handle(signed(payload))).statusCode).toBe(200);
      expect((await tables.get('ORDER_TABLE', { id: 'cs_refunded' }))?.['status']).toBe('REFUNDED');
      expect(await tables.get('ENROLLMENT_TABLE', { userId: 'user-r', courseId: 'c-1' })).toBeUndefined();
    });
  });

  describe('other events', () => {
    it('should expire a pending order when its session expires', async () => {
      await tables.put('ORDER_TABLE', { id: 'cs_expire', status: 'PENDING', userId: 'user-5' });
      const { payload } = stripeEvent('checkout.session.expired', { id: 'cs_expire', object: 'checkout.session', metadata: {} });

      await handle(signed(payload));

      expect((await tables.get('ORDER_TABLE', { id: 'cs_expire' }))?.['status']).toBe('EXPIRED');
    });

    it('should keep a paid order PAID when a late expiry arrives', async () => {
      await tables.put('ORDER_TABLE', { id: 'cs_late', status: 'PAID', userId: 'user-6' });
      const { payload } = stripeEvent('checkout.session.expired', { id: 'cs_late', object: 'checkout.session', metadata: {} });

      expect((await handle(signed(payload))).statusCode).toBe(200);
      expect((await tables.get('ORDER_TABLE', { id: 'cs_late' }))?.['status']).toBe('PAID');
    });

    it('should cancel the membership when the subscription is deleted', async () => {
      await tables.put('MEMBERSHIP_TABLE', { userId: 'user-7', status: 'ACTIVE', stripeEventCreated: 1 });
      const { payload } = stripeEvent('customer.subscription.deleted', {
        id: 'sub_7', object: 'subscription', status: 'canceled', customer: 'cus_7', metadata: { userId: 'user-7' },
        items: { object: 'list', data: [{ id: 'si_1', current_period_end: 1_800_000_000 }] },
      });

      await handle(signed(payload));

      expect(await tables.get('MEMBERSHIP_TABLE', { userId: 'user-7' })).toEqual(
        jasmine.objectContaining({ status: 'CANCELED', currentPeriodEnd: new Date(1_800_000_000_000).toISOString() }),
      );
    });

    it('should ignore a subscription event older than the one already applied', async () => {
      await tables.put('MEMBERSHIP_TABLE', { userId: 'user-8', status: 'CANCELED', stripeEventCreated: 2_000_000_000 });
      const { payload } = stripeEvent(
        'customer.subscription.updated',
        { id: 'sub_8', object: 'subscription', status: 'active', customer: 'cus_8', metadata: { userId: 'user-8' } },
        1_900_000_000,
      );

      await handle(signed(payload));

      expect((await tables.get('MEMBERSHIP_TABLE', { userId: 'user-8' }))?.['status']).toBe('CANCELED');
    });

    it('should acknowledge unknown event types with 200', async () => {
      const { payload } = stripeEvent('invoice.created', { id: 'in_1', object: 'invoice' });

      expect((await handle(signed(payload))).statusCode).toBe(200);
    });
  });
});
