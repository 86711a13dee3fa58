import '../shared/testing/quiet-logs';
import { userIdentity } from '../shared/testing/appsync-events';
import { useLocalTables } from '../shared/testing/local-dynamo';
import { useLocalStripe } from '../shared/testing/local-stripe';
import { BillingStripe, callBilling } from './billing-test-kit';

const courseId = 'c-slide';
const admin = userIdentity('admin-1', ['ADMINS'], 'admin@example.com');

describe('billing handler: adminRefundOrder (local Stripe)', () => {
  const tables = useLocalTables(['MEMBERSHIP_TABLE', 'ORDER_TABLE', 'AUDIT_ENTRY_TABLE']);
  const stripe = useLocalStripe(new BillingStripe());
  let orders = 0;

  /** A course order paid in Stripe and recorded PAID, as the webhook leaves it after checkout. */
  async function paidOrder(): Promise<{ orderId: string; paymentIntent: string }> {
    const orderId = `cs_test_order_${++orders}`;
    const userId = `buyer-${orders}`;
    const paymentIntent = await stripe.payForCourse(userId, courseId);
    await tables.put('ORDER_TABLE', {
      id: orderId, userId, product: 'COURSE', courseId, amountCents: 4900, currency: 'usd', status: 'PAID',
      stripeSessionId: orderId, stripePaymentIntentId: paymentIntent, __typename: 'Order',
    });
    return { orderId, paymentIntent };
  }

  const refund = (orderId: string, reason = 'charged twice', identity = admin) => callBilling('adminRefundOrder', { orderId, reason }, identity);
  const auditOf = async (orderId: string) => (await tables.scan('AUDIT_ENTRY_TABLE')).filter((entry) => entry['entityId'] === orderId);

  it('should refund the payment once in Stripe and audit it once when the admin asks twice', async () => {
    const { orderId, paymentIntent } = await paidOrder();
    const stored = await tables.get('ORDER_TABLE', { id: orderId });

    const first = await refund(orderId);
    const second = await refund(orderId);

    expect(first).toEqual(stored);
    expect(second).toEqual(stored);
    const refunds = await stripe.refundsCreatedFor(paymentIntent);
    expect(refunds.length).toBe(1);
    expect(refunds[0]).toEqual(
      jasmine.objectContaining({ amount: 4900, reason: 'requested_by_customer', metadata: { orderId, adminId: 'admin-1' } }),
    );
    expect(await auditOf(orderId)).toEqual([
      jasmine.objectContaining({
        action: 'order.refund', entityType: 'Order', entityId: orderId, courseId, actorId: 'admin-1', actorEmail: 'admin@example.com',
        details: { reason: 'charged twice', amountCents: 4900, refundId: refunds[0].id },
      }),
    ]);
  }, 20_000);

  it('should leave the order PAID for the webhook to change when Stripe reports the refund', async () => {
    const { orderId } = await paidOrder();

    await refund(orderId);

    expect((await tables.get('ORDER_TABLE', { id: orderId }))?.['status']).toBe('PAID');
  }, 20_000);

  it('should refuse a non-admin with nothing refunded or audited', async () => {
    const { orderId, paymentIntent } = await paidOrder();

    await expectAsync(refund(orderId, 'please', userIdentity('student-1'))).toBeRejectedWithError(/^Unauthorized: /);

    expect(await stripe.refundsCreatedFor(paymentIntent)).toEqual([]);
    expect(await auditOf(orderId)).toEqual([]);
  }, 20_000);

  it('should refuse with Conflict when the order is not PAID', async () => {
    for (const status of ['PENDING', 'REFUNDED', 'DISPUTED']) {
      const orderId = `order-${status}`;
      await tables.put('ORDER_TABLE', {
        id: orderId, userId: 'buyer', product: 'COURSE', courseId, amountCents: 4900, currency: 'usd', status,
        stripeSessionId: orderId, stripePaymentIntentId: 'pi_never_refunded',
      });

      await expectAsync(refund(orderId)).withContext(status).toBeRejectedWithError('Conflict: only a paid order can be refunded');
      expect(await auditOf(orderId)).withContext(status).toEqual([]);
    }
  });

  it('should refuse with Conflict in Stripe’s words when Stripe has already refunded the payment', async () => {
    const { orderId, paymentIntent } = await paidOrder();
    await stripe.stripe.refunds.create({ payment_intent: paymentIntent });

    await expectAsync(refund(orderId)).toBeRejectedWithError(/^Conflict: .*refunded/);
    expect(await auditOf(orderId)).toEqual([]);
  }, 20_000);

  it('should refuse with NotFound when there is no such order', async () => {
    await expectAsync(refund('cs_test_missing')).toBeRejectedWithError('NotFound: no such order');
  });

  it('should refuse with BadRequest when the reason is blank or too long', async () => {
    const { orderId, paymentIntent } = await paidOrder();

    await expectAsync(refund(orderId, '   ')).toBeRejectedWithError(/^BadRequest: /);
    await expectAsync(refund(orderId, 'x'.repeat(501))).toBeRejectedWithError(/^BadRequest: /);
    expect(await stripe.refundsCreatedFor(paymentIntent)).toEqual([]);
  }, 20_000);
});
