import '../shared/testing/quiet-logs';
import { startCheckout } from '../create-checkout/handler';
import { useLocalStripe } from '../shared/testing/local-stripe';
import { StandInStripe, deliver, lambdaContext, useWebhookTables } from './webhook-test-kit';

const courseId = 'c-refundable';
const paying = '4242424242424242';
const disputing = '4000000000000259';

describe('stripe-webhook refunds and disputes (local Stripe)', () => {
  const tables = useWebhookTables();
  const stripe = useLocalStripe(new StandInStripe());
  let buyers = 0;

  beforeAll(async () => {
    await tables.put('COURSE_TABLE', {
      id: courseId, title: 'Slide Guitar', summary: 's', description: 'd', instrument: 'GUITAR', level: 'BEGINNER',
      priceCents: 4900, currency: 'usd', status: 'PUBLISHED',
    });
  });

  /** create-checkout's session and PENDING order, paid on the hosted page; returns before any event is processed. */
  async function pay(card: string): Promise<{ userId: string; sessionId: string }> {
    buyers += 1;
    const userId = `buyer-${buyers}`;
    const { sessionId } = await startCheckout({ product: 'COURSE', courseId }, { userId });
    expect((await stripe.fixture.pay(sessionId, card)).status).toBe(303);
    return { userId, sessionId };
  }

  async function completeCheckout(sessionId: string): Promise<string> {
    const completed = await stripe.delivered('checkout.session.completed', (session) => session['id'] === sessionId);
    expect((await deliver(completed, lambdaContext(15_000))).statusCode).toBe(200);
    return String((await tables.get('ORDER_TABLE', { id: sessionId }))?.['stripePaymentIntentId']);
  }

  const enrollmentOf = (userId: string) => tables.get('ENROLLMENT_TABLE', { userId, courseId });
  const orderStatus = async (sessionId: string) => (await tables.get('ORDER_TABLE', { id: sessionId }))?.['status'];
  const refundedCharge = (paymentIntent: string, amountRefunded: number) =>
    stripe.delivered('charge.refunded', (charge) => charge['payment_intent'] === paymentIntent && charge['amount_refunded'] === amountRefunded);

  it('should revoke the access and mark the order REFUNDED when the payment is fully refunded', async () => {
    const { userId, sessionId } = await pay(paying);
    const paymentIntent = await completeCheckout(sessionId);
    expect(await enrollmentOf(userId)).toBeDefined();

    await stripe.stripe.refunds.create({ payment_intent: paymentIntent });
    const response = await deliver(await refundedCharge(paymentIntent, 4900), lambdaContext(15_000));

    expect(response.statusCode).toBe(200);
    expect(await enrollmentOf(userId)).toBeUndefined();
    expect(await orderStatus(sessionId)).toBe('REFUNDED');
  }, 20_000);

  it('should keep the access and the order PAID when only part of the payment is refunded', async () => {
    const { userId, sessionId } = await pay(paying);
    const paymentIntent = await completeCheckout(sessionId);

    await stripe.stripe.refunds.create({ payment_intent: paymentIntent, amount: 1000 });
    const response = await deliver(await refundedCharge(paymentIntent, 1000), lambdaContext(15_000));

    expect(response.statusCode).toBe(200);
    expect(await enrollmentOf(userId)).toEqual(jasmine.objectContaining({ orderId: sessionId }));
    expect(await orderStatus(sessionId)).toBe('PAID');
  }, 20_000);

  it('should revoke the access when partial refunds add up to the whole payment', async () => {
    const { userId, sessionId } = await pay(paying);
    const paymentIntent = await completeCheckout(sessionId);

    await stripe.stripe.refunds.create({ payment_intent: paymentIntent, amount: 1000 });
    await deliver(await refundedCharge(paymentIntent, 1000), lambdaContext(15_000));
    await stripe.stripe.refunds.create({ payment_intent: paymentIntent });
    await deliver(await refundedCharge(paymentIntent, 4900), lambdaContext(15_000));

    expect(await enrollmentOf(userId)).toBeUndefined();
    expect(await orderStatus(sessionId)).toBe('REFUNDED');
  }, 20_000);

  it('should revoke the access and mark the order DISPUTED when the cardholder disputes the payment', async () => {
    const { userId, sessionId } = await pay(disputing);
    const paymentIntent = await completeCheckout(sessionId);
    expect(await enrollmentOf(userId)).toBeDefined();

    const dispute = await stripe.delivered('charge.dispute.created', (object) => object['payment_intent'] === paymentIntent);
    const response = await deliver(dispute, lambdaContext(15_000));

    expect(response.statusCode).toBe(200);
    expect(await enrollmentOf(userId)).toBeUndefined();
    expect(await orderStatus(sessionId)).toBe('DISPUTED');
  }, 20_000);

  it('should never grant access when the refund is processed before the checkout completion', async () => {
    const { userId, sessionId } = await pay(paying);
    const paymentIntent = String((await stripe.stripe.checkout.sessions.retrieve(sessionId)).payment_intent);
    await stripe.stripe.refunds.create({ payment_intent: paymentIntent });
    const refund = await refundedCharge(paymentIntent, 4900);

    const early = await deliver(refund, lambdaContext(15_000));
    await completeCheckout(sessionId);
    const retried = await deliver(refund, lambdaContext(15_000));

    expect(early.statusCode).toBe(409);
    expect(retried.statusCode).toBe(200);
    expect(await enrollmentOf(userId)).toBeUndefined();
    expect(await orderStatus(sessionId)).toBe('REFUNDED');
  }, 20_000);

  it('should leave an enrollment the order did not buy when its payment is refunded', async () => {
    const { userId, sessionId } = await pay(paying);
    await tables.put('ENROLLMENT_TABLE', { userId, courseId, source: 'ADMIN_GRANT', grantReason: 'scholarship' });
    const paymentIntent = await completeCheckout(sessionId);

    await stripe.stripe.refunds.create({ payment_intent: paymentIntent });
    await deliver(await refundedCharge(paymentIntent, 4900), lambdaContext(15_000));

    expect(await enrollmentOf(userId)).toEqual(jasmine.objectContaining({ source: 'ADMIN_GRANT' }));
    expect(await orderStatus(sessionId)).toBe('REFUNDED');
  }, 20_000);
});
