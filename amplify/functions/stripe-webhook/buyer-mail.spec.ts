import '../shared/testing/quiet-logs';
import { useFakeUserPool } from '../shared/testing/fake-user-pool';
import { useLocalMail } from '../shared/testing/local-mail';
import { startFakeStripeApi, type FakeStripeApi } from '../shared/testing/fake-stripe-api';
import { handler } from './handler';
import { lambdaContext, signed, syntheticEvent, webhookSecret, useWebhookTables } from './webhook-test-kit';

const handle = (request: Parameters<typeof handler>[0]) => handler(request, lambdaContext(15_000));

const paidCourseSession = (sessionId: string, userId: string) => ({
  id: sessionId, object: 'checkout.session', mode: 'payment', payment_status: 'paid', amount_subtotal: 4900, amount_total: 4900, currency: 'usd',
  client_reference_id: userId, customer: 'cus_1', subscription: null, payment_intent: `pi_${sessionId}`,
  metadata: { userId, courseId: 'c-mail', product: 'COURSE' },
});
const pendingOrder = (sessionId: string, userId: string) => ({
  id: sessionId, stripeSessionId: sessionId, userId, status: 'PENDING', product: 'COURSE', courseId: 'c-mail', amountCents: 4900, currency: 'usd',
});
const subscription = (id: string, userId: string, overrides: Record<string, unknown> = {}) => ({
  id, object: 'subscription', status: 'active', customer: 'cus_1', cancel_at_period_end: false, metadata: { userId },
  items: { data: [{ current_period_end: 1_798_761_600, price: { unit_amount: 1500, currency: 'usd' } }] },
  ...overrides,
});

describe('stripe-webhook buyer email', () => {
  const tables = useWebhookTables();
  const mail = useLocalMail('stripe-webhook');
  useFakeUserPool([{ sub: 'mail-buyer-1', email: 'buyer@example.com', verified: true }, { sub: 'mail-member-1', email: 'member@example.com', verified: true }]);

  let stripeApi: FakeStripeApi;
  beforeAll(async () => (stripeApi = await startFakeStripeApi()));
  afterAll(() => stripeApi.stop());
  beforeEach(async () => {
    process.env['STRIPE_SECRET_KEY'] = 'sk_test_local';
    process.env['STRIPE_WEBHOOK_SECRET'] = webhookSecret;
    process.env['STRIPE_API_BASE'] = stripeApi.url;
    await tables.put('COURSE_TABLE', { id: 'c-mail', title: 'Blues Lead Guitar', status: 'PUBLISHED', priceCents: 4900, currency: 'usd' });
  });
  afterEach(() => delete process.env['STRIPE_API_BASE']);

  it('should email one receipt naming the course and the amount when Stripe delivers the payment twice', async () => {
    await tables.put('ORDER_TABLE', pendingOrder('cs_mail_1', 'mail-buyer-1'));
    const { payload } = syntheticEvent('checkout.session.completed', paidCourseSession('cs_mail_1', 'mail-buyer-1'));

    expect((await handle(signed(payload))).statusCode).toBe(200);
    const replay = await handle(signed(payload));

    expect(JSON.parse(String(replay.body))).toEqual(jasmine.objectContaining({ duplicate: true }));
    const sent = mail.delivered();
    expect(sent.length).toBe(1);
    expect(sent[0]).toEqual(jasmine.objectContaining({ to: 'buyer@example.com', from: 'Play-Along <no-reply@example.com>', subject: 'Your Play-Along receipt' }));
    expect(sent[0]?.body).toContain('Item: Blues Lead Guitar');
    expect(sent[0]?.body).toContain('Paid: $49.00');
    expect(sent[0]?.body).toContain('Order: cs_mail_1');
  });

  it('should still fulfil the order and answer 200 when SES refuses the receipt, and not retry the mail on a replay', async () => {
    mail.refuse();
    await tables.put('ORDER_TABLE', pendingOrder('cs_mail_2', 'mail-buyer-1'));
    const { id, payload } = syntheticEvent('checkout.session.completed', paidCourseSession('cs_mail_2', 'mail-buyer-1'));

    const response = await handle(signed(payload));

    expect(response.statusCode).toBe(200);
    expect((await tables.get('ORDER_TABLE', { id: 'cs_mail_2' }))?.['status']).toBe('PAID');
    expect(await tables.get('ENROLLMENT_TABLE', { userId: 'mail-buyer-1', courseId: 'c-mail' })).toBeDefined();
    expect(await tables.get('PAYMENT_EVENT_TABLE', { stripeEventId: id })).toBeDefined();
    expect(JSON.parse(String((await handle(signed(payload))).body))).toEqual(jasmine.objectContaining({ duplicate: true }));
    expect(mail.delivered()).toEqual([]);
  });

  it('should tell the member the end date once when the membership is set to cancel, and that it ended when Stripe ends it', async () => {
    await tables.put('MEMBERSHIP_TABLE', {
      userId: 'mail-member-1', status: 'ACTIVE', stripeSubscriptionId: 'sub_mail', stripeEventCreated: 1_790_000_000,
      currentPeriodEnd: '2027-01-01T00:00:00.000Z', cancelAtPeriodEnd: false,
    });
    const canceling = subscription('sub_mail', 'mail-member-1', { cancel_at_period_end: true });

    await handle(signed(syntheticEvent('customer.subscription.updated', canceling, 1_790_000_100).payload));
    await handle(signed(syntheticEvent('customer.subscription.updated', canceling, 1_790_000_200).payload));
    await handle(signed(syntheticEvent('customer.subscription.deleted', { ...canceling, status: 'canceled' }, 1_790_000_300).payload));

    expect(mail.delivered().map((message) => [message.to, message.subject])).toEqual([
      ['member@example.com', 'Your Play-Along membership will end'],
      ['member@example.com', 'Your Play-Along membership has ended'],
    ]);
    expect(mail.delivered()[0]?.body).toContain('will end on January 1, 2027');
  });

  it('should send the renewal with its charge when Stripe moves the membership to its next period', async () => {
    await tables.put('MEMBERSHIP_TABLE', {
      userId: 'mail-member-1', status: 'ACTIVE', stripeSubscriptionId: 'sub_renew', stripeEventCreated: 1_790_000_000,
      currentPeriodEnd: '2026-12-01T00:00:00.000Z', cancelAtPeriodEnd: false,
    });

    await handle(signed(syntheticEvent('customer.subscription.updated', subscription('sub_renew', 'mail-member-1'), 1_790_000_100).payload));

    expect(mail.delivered().map((message) => message.subject)).toEqual(['Your Play-Along membership renewed']);
    expect(mail.delivered()[0]?.body).toContain('We charged $15.00. It now runs until January 1, 2027.');
  });
});
