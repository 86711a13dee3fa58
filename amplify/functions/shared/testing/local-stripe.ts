import { secretKey, webhookSecret, type StripeStandIn } from '../../../../local-cloud/stripe/stripe-test-harness';

/**
 * Runs `standIn` for the whole suite and, around each spec, points the functions' Stripe client at
 * it, with the app origin and membership price the functions read beside it.
 */
export function useLocalStripe<T extends StripeStandIn>(standIn: T, appOrigin = 'http://localhost:4200'): T {
  beforeAll(() => standIn.start());
  afterAll(() => standIn.stop());

  beforeEach(() => {
    process.env['STRIPE_SECRET_KEY'] = secretKey;
    process.env['STRIPE_WEBHOOK_SECRET'] = webhookSecret;
    process.env['STRIPE_API_BASE'] = standIn.url;
    process.env['APP_ORIGIN'] = appOrigin;
    process.env['MEMBERSHIP_PRICE_CENTS'] = '1500';
  });

  afterEach(() => {
    delete process.env['STRIPE_API_BASE'];
  });

  return standIn;
}
