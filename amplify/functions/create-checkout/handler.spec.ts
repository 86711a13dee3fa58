import '../shared/testing/quiet-logs';
import { appSyncEvent, userIdentity } from '../shared/testing/appsync-events';
import { startFakeStripeApi, type FakeStripeApi } from '../shared/testing/fake-stripe-api';
import { useLocalTables } from '../shared/testing/local-dynamo';
import { handler } from './handler';

type CheckoutEvent = Parameters<typeof handler>[0];

describe('create-checkout handler', () => {
  const tables = useLocalTables(['COURSE_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE', 'ORDER_TABLE']);
  let stripe: FakeStripeApi;

  const checkout = (args: Record<string, unknown>, sub: string | null = 'user-1') =>
    handler(
      appSyncEvent('startCheckout', args, sub ? userIdentity(sub) : null, 'Mutation') as unknown as CheckoutEvent,
    );
  const lastForm = () => stripe.requests[stripe.requests.length - 1].form;

  beforeAll(async () => {
    stripe = await startFakeStripeApi();
    await tables.put('COURSE_TABLE', {
      id: 'c-1', title: 'Blues Guitar', summary: 's', description: 'd', instrument: 'GUITAR', level: 'BEGINNER',
      priceCents: 4900, currency: 'EUR', status: 'PUBLISHED',
    });
    await tables.put('COURSE_TABLE', {
      id: 'c-draft', title: 'Draft', summary: 's', description: 'd', instrument: 'PIANO', level: 'BEGINNER',
      priceCents: 100, currency: 'usd', status: 'DRAFT',
    });
    await tables.put('ENROLLMENT_TABLE', { userId: 'owner', courseId: 'c-1', source: 'PURCHASE' });
    await tables.put('MEMBERSHIP_TABLE', { userId: 'member', status: 'ACTIVE' });
  });

  afterAll(() => stripe.stop());

  beforeEach(() => {
    process.env['STRIPE_SECRET_KEY'] = 'sk_test_local';
    process.env['STRIPE_API_BASE'] = stripe.url;
    process.env['APP_ORIGIN'] = 'http://localhost:4200/';
    process.env['MEMBERSHIP_PRICE_CENTS'] = '1500';
  });

  afterEach(() => {
    delete process.env['STRIPE_API_BASE'];
  });

  it('should charge the price stored on the course when the browser sends its own price', async () => {
    const session = await checkout({ product: 'COURSE', courseId: 'c-1', priceCents: 1, currency: 'usd' });

    expect(session).toEqual({ sessionId: jasmine.stringMatching(/^cs_test_/), url: jasmine.stringMatching(/^https:\/\/checkout\.example\//) });
    const form = lastForm();
    expect(form.get('line_items[0][price_data][unit_amount]')).toBe('4900');
    expect(form.get('line_items[0][price_data][currency]')).toBe('eur');
    expect(form.get('mode')).toBe('payment');
  });

  it('should tie the session to the buyer and course when creating it', async () => {
    await checkout({ product: 'COURSE', courseId: 'c-1' }, 'user-2');

    const form = lastForm();
    expect(form.get('client_reference_id')).toBe('user-2');
    expect(form.get('metadata[userId]')).toBe('user-2');
    expect(form.get('metadata[courseId]')).toBe('c-1');
    expect(form.get('metadata[product]')).toBe('COURSE');
    expect(form.get('success_url')).toBe('http://localhost:4200/courses/c-1?checkout=success&session_id={CHECKOUT_SESSION_ID}');
    expect(form.get('cancel_url')).toBe('http://localhost:4200/courses/c-1?checkout=cancelled');
  });

  it('should record a PENDING order keyed by the session id with the stored price', async () => {
    const session = await checkout({ product: 'COURSE', courseId: 'c-1' }, 'user-3');

    const order = await tables.get('ORDER_TABLE', { id: session?.sessionId });
    expect(order).toEqual(
      jasmine.objectContaining({
        id: session?.sessionId, stripeSessionId: session?.sessionId, userId: 'user-3', product: 'COURSE', courseId: 'c-1',
        amountCents: 4900, currency: 'eur', status: 'PENDING', __typename: 'Order',
      }),
    );
  });

  it('should send a fresh idempotency key with every session it creates', async () => {
    await checkout({ product: 'COURSE', courseId: 'c-1' }, 'user-5');
    await checkout({ product: 'MEMBERSHIP' }, 'user-5');

    const [course, membership] = stripe.requests.slice(-2).map((request) => request.idempotencyKey);
    expect(course).toMatch(/^checkout-[0-9a-f-]{36}$/);
    expect(membership).toMatch(/^checkout-[0-9a-f-]{36}$/);
    expect(course).not.toBe(membership);
  });

  it('should start a monthly subscription priced from MEMBERSHIP_PRICE_CENTS when buying a membership', async () => {
    await checkout({ product: 'MEMBERSHIP' }, 'user-4');

    const form = lastForm();
    expect(form.get('mode')).toBe('subscription');
    expect(form.get('line_items[0][price_data][unit_amount]')).toBe('1500');
    expect(form.get('line_items[0][price_data][recurring][interval]')).toBe('month');
    expect(form.get('subscription_data[metadata][userId]')).toBe('user-4');
  });

  it('should refuse with Conflict when the buyer is already enrolled', async () => {
    const before = stripe.requests.length;

    await expectAsync(checkout({ product: 'COURSE', courseId: 'c-1' }, 'owner')).toBeRejectedWithError(/^Conflict: /);
    expect(stripe.requests.length).toBe(before);
  });

  it('should refuse with Conflict when the membership is already active', async () => {
    await expectAsync(checkout({ product: 'MEMBERSHIP' }, 'member')).toBeRejectedWithError(/^Conflict: /);
  });

  it('should refuse with NotFound when the course is a draft', async () => {
    await expectAsync(checkout({ product: 'COURSE', courseId: 'c-draft' })).toBeRejectedWithError(/^NotFound: /);
  });

  it('should refuse with Unauthorized when the caller is a guest', async () => {
    await expectAsync(checkout({ product: 'COURSE', courseId: 'c-1' }, null)).toBeRejectedWithError(/^Unauthorized: /);
  });

  it('should refuse with BadRequest when a course purchase has no courseId', async () => {
    await expectAsync(checkout({ product: 'COURSE' })).toBeRejectedWithError(/^BadRequest: courseId is required to buy a course$/);
  });

  it('should refuse with BadRequest and open no session when the courseId is not an id', async () => {
    const sessionsBefore = stripe.requests.length;

    await expectAsync(checkout({ product: 'COURSE', courseId: 'c'.repeat(129) })).toBeRejectedWithError(/^BadRequest: courseId is not a valid course id$/);
    expect(stripe.requests.length).toBe(sessionsBefore);
  });

  it('should refuse with BadRequest and open no session when a membership names a course', async () => {
    const sessionsBefore = stripe.requests.length;

    await expectAsync(checkout({ product: 'MEMBERSHIP', courseId: 'c-1' }, 'newcomer')).toBeRejectedWithError(
      /^BadRequest: a membership is not bought for one course: leave courseId out$/,
    );
    expect(stripe.requests.length).toBe(sessionsBefore);
  });
});
