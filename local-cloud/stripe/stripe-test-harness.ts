import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import { startStripe, type RunningStripe, type StripeOptions } from './index';

export const secretKey = 'sk_test_local_spec0123456789';
export const webhookSecret = 'whsec_local_spec0123456789';

export interface Delivery {
  rawBody: string;
  signature: string;
}

/** A tiny webhook endpoint: answers with `statusFor(attemptNumber)` and lets a test await the next deliveries. */
export class WebhookReceiver {
  readonly deliveries: Delivery[] = [];
  statusFor: (attempt: number) => number = () => 200;
  private waiters: Array<{ count: number; resolve: () => void }> = [];
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        this.deliveries.push({ rawBody: Buffer.concat(chunks).toString('utf8'), signature: String(request.headers['stripe-signature']) });
        response.writeHead(this.statusFor(this.deliveries.length)).end();
        this.waiters = this.waiters.filter((waiter) => {
          if (this.deliveries.length < waiter.count) return true;
          waiter.resolve();
          return false;
        });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/webhook`;
  }

  /** Resolves once `count` deliveries in total have arrived. */
  received(count: number): Promise<Delivery[]> {
    if (this.deliveries.length >= count) return Promise.resolve(this.deliveries);
    return new Promise((resolve) => this.waiters.push({ count, resolve: () => resolve(this.deliveries) }));
  }

  events(): Stripe.Event[] {
    return this.deliveries.map((delivery) => JSON.parse(delivery.rawBody) as Stripe.Event);
  }

  /** Closes the endpoint and forgets what it received, so a later start() begins afresh. */
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.deliveries.length = 0;
    this.waiters = [];
    this.statusFor = () => 200;
  }
}

/** One Stripe stand-in on a free port with its own temp state dir, plus an SDK client pointed at it. */
export class StripeFixture {
  service!: RunningStripe;
  stripe!: Stripe;
  stateDir = '';
  readonly logLines: string[] = [];
  private logWaiters: Array<{ text: string; resolve: () => void }> = [];

  async start(options: Partial<StripeOptions> & { webhookUrl: string }): Promise<void> {
    this.stateDir ||= await mkdtemp(join(tmpdir(), 'local-stripe-'));
    this.service = await startStripe({
      stateDir: this.stateDir,
      secretKey,
      webhookSecret,
      port: 0,
      log: (line) => this.onLog(line),
      ...options,
    });
    this.stripe = new Stripe(secretKey, { host: '127.0.0.1', port: Number(new URL(this.service.url).port), protocol: 'http' });
  }

  /** Resolves when a log line containing `text` is written (now or later). */
  logged(text: string): Promise<void> {
    if (this.logLines.some((line) => line.includes(text))) return Promise.resolve();
    return new Promise((resolve) => this.logWaiters.push({ text, resolve }));
  }

  async stop(): Promise<void> {
    await this.service?.stop();
  }

  /** Stops the stand-in and deletes its state and log, so a later start() begins with a new state dir. */
  async dispose(): Promise<void> {
    await this.stop();
    if (this.stateDir) await rm(this.stateDir, { recursive: true, force: true });
    this.stateDir = '';
    this.logLines.length = 0;
    this.logWaiters = [];
  }

  createSession(params: Partial<Stripe.Checkout.SessionCreateParams> = {}, options?: Stripe.RequestOptions): Promise<Stripe.Checkout.Session> {
    return this.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        success_url: 'http://localhost:4200/checkout/success?session_id={CHECKOUT_SESSION_ID}',
        cancel_url: 'http://localhost:4200/courses/guitar-101',
        client_reference_id: 'user-1',
        metadata: { courseId: 'course-guitar-101', userId: 'user-1' },
        line_items: [
          { quantity: 1, price_data: { currency: 'usd', unit_amount: 4900, product_data: { name: 'Guitar for Beginners' } } },
        ],
        ...params,
      },
      options,
    );
  }

  /** Submits the hosted checkout form as a browser would, without following the redirect. */
  pay(sessionId: string, cardNumber: string, overrides: Record<string, string> = {}): Promise<Response> {
    const form = new URLSearchParams({ email: 'ada@example.com', name: 'Ada Lovelace', cardNumber, expiry: '12 / 34', cvc: '123', ...overrides });
    return fetch(`${this.service.url}/pay/${sessionId}`, { method: 'POST', body: form, redirect: 'manual' });
  }

  private onLog(line: string): void {
    this.logLines.push(line);
    this.logWaiters = this.logWaiters.filter((waiter) => {
      if (!line.includes(waiter.text)) return true;
      waiter.resolve();
      return false;
    });
  }
}

/** The stand-in and a receiver for its webhooks, started and stopped together. */
export class StripeStandIn {
  readonly fixture = new StripeFixture();
  readonly receiver = new WebhookReceiver();

  get stripe(): Stripe {
    return this.fixture.stripe;
  }

  get url(): string {
    return this.fixture.service.url;
  }

  async start(): Promise<void> {
    await this.receiver.start();
    await this.fixture.start({ webhookUrl: this.receiver.url });
  }

  async stop(): Promise<void> {
    await this.fixture.dispose();
    await this.receiver.stop();
  }
}

/**
 * A fresh stand-in for every spec of the enclosing describe: started before each, its state, log and
 * deliveries thrown away after each. With `startFixture: false` only the receiver is started, for
 * specs that start the fixture with options of their own.
 */
export function useStripeStandIn({ startFixture = true } = {}): StripeStandIn {
  const standIn = new StripeStandIn();
  beforeEach(() => (startFixture ? standIn.start() : standIn.receiver.start()));
  afterEach(() => standIn.stop());
  return standIn;
}
