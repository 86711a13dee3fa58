import Stripe from 'stripe';
import { wallClockSeconds } from './clock';
import { newId, nowSeconds } from './ids';
import type { EventRecord, StripeEvent } from './objects';
import type { StateStore } from './state-store';
import { signatureHeader } from './webhook-signature';

export interface WebhookDeliveryOptions {
  store: StateStore;
  webhookUrl: string;
  webhookSecret: string;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  timeoutMs: number;
  log: (line: string) => void;
}

export type EventRequest = StripeEvent['request'];

const noRequest: EventRequest = { id: null, idempotency_key: null };

/**
 * Records events and POSTs each one, signed like Stripe, to the webhook URL. A non-2xx answer, a timeout or a
 * network failure is retried after retryBaseMs·2^(attempt-1), capped at retryMaxMs, until maxAttempts is reached
 * (then the delivery is marked failed). The queue is part of the persisted state, so a restart resumes pending
 * deliveries; an attempt cut short by stop() does not count. Events are delivered independently, in no set order.
 */
export class WebhookDelivery {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly abort = new AbortController();

  constructor(private readonly options: WebhookDeliveryOptions) {}

  /** `previousAttributes`: the changed fields' values before an `*.updated` event, as `data.previous_attributes`. */
  publish(
    type: Stripe.Event.Type,
    object: object,
    request: EventRequest = noRequest,
    previousAttributes?: Record<string, unknown>,
  ): StripeEvent {
    const event: StripeEvent = {
      id: newId('evt'),
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: nowSeconds(),
      data: { object: structuredClone(object), ...(previousAttributes ? { previous_attributes: structuredClone(previousAttributes) } : {}) },
      livemode: false,
      pending_webhooks: 1,
      request,
      type,
    };
    const record: EventRecord = {
      event,
      delivery: { status: 'pending', attempts: 0, nextAttemptAt: Date.now(), lastStatus: null, lastError: null },
    };
    this.options.store.state.events[event.id] = record;
    this.options.store.save();
    this.schedule(event.id);
    return event;
  }

  /** After a restart the receiver has likely restarted too, so pending deliveries are tried again at once. */
  resumePending(): void {
    for (const [id, record] of Object.entries(this.options.store.state.events)) {
      if (record.delivery.status !== 'pending') continue;
      record.delivery.nextAttemptAt = Date.now();
      this.schedule(id);
    }
  }

  async stop(): Promise<void> {
    this.abort.abort();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(this.inFlight);
  }

  private schedule(id: string): void {
    const record = this.options.store.state.events[id];
    if (!record || this.abort.signal.aborted) return;
    const delay = Math.max(0, record.delivery.nextAttemptAt - Date.now());
    const timer = setTimeout(() => {
      this.timers.delete(id);
      const attempt = this.attempt(record).finally(() => this.inFlight.delete(attempt));
      this.inFlight.add(attempt);
    }, delay);
    this.timers.set(id, timer);
  }

  private async attempt(record: EventRecord): Promise<void> {
    const { webhookUrl, webhookSecret, timeoutMs, log } = this.options;
    const { event, delivery } = record;
    const payload = JSON.stringify(event, null, 2);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(webhookUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'stripe-signature': signatureHeader(payload, webhookSecret, wallClockSeconds()),
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        },
        body: payload,
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(timeoutMs)]),
      });
      await response.arrayBuffer();
      status = response.status;
      if (!response.ok) error = `HTTP ${response.status}`;
    } catch (caught) {
      error = caught instanceof Error ? (caught.cause instanceof Error ? caught.cause.message : caught.message) : String(caught);
    }
    if (this.abort.signal.aborted) return;

    delivery.attempts += 1;
    delivery.lastStatus = status;
    delivery.lastError = error;
    if (error === null) {
      delivery.status = 'delivered';
    } else if (delivery.attempts >= this.options.maxAttempts) {
      delivery.status = 'failed';
    } else {
      const backoff = Math.min(this.options.retryBaseMs * 2 ** (delivery.attempts - 1), this.options.retryMaxMs);
      delivery.nextAttemptAt = Date.now() + backoff;
    }
    event.pending_webhooks = delivery.status === 'pending' ? 1 : 0;
    this.options.store.save();
    const outcome = error === null ? `${status} delivered` : `${error}; ${delivery.status === 'failed' ? 'giving up' : 'will retry'}`;
    log(`webhook ${event.type} ${event.id} attempt ${delivery.attempts}: ${outcome}`);
    if (delivery.status === 'pending') this.schedule(event.id);
  }
}
