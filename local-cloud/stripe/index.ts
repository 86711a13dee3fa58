import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listen } from '../http/listen';
import { ports, type RunningService } from '../service';
import { serveApi } from './api-server';
import { settleDueSubscriptions } from './billing-cycle';
import { serveCheckoutPage } from './checkout-page-routes';
import { setClockOffset } from './clock';
import { serveClockControl } from './clock-routes';
import { seedDemoPromotions } from './demo-promotions';
import { serveInvoicePage } from './invoice-page-routes';
import { servePortalPage } from './portal-page-routes';
import { serveReceiptPage } from './receipt-page-routes';
import { BodyTooLargeError, sendJson } from './http-io';
import { StateStore } from './state-store';
import type { StripeContext } from './stripe-context';
import { WebhookDelivery } from './webhook-delivery';

export interface StripeOptions {
  /** Where sessions, customers, events and the webhook queue are persisted. */
  stateDir: string;
  /** The only key the API accepts, e.g. 'sk_test_local_…'. */
  secretKey: string;
  /** Signs webhook deliveries ('whsec_…'). */
  webhookSecret: string;
  /** Where events are POSTed: the local Function URL of the stripe-webhook function. */
  webhookUrl: string;
  /** Origin put into checkout session URLs; defaults to http://localhost:<port> so a browser can open it. */
  publicUrl?: string;
  log?: (line: string) => void;
  /** Defaults to ports.stripe (4140); 0 picks a free port. */
  port?: number;
  /** First webhook retry delay, doubled per attempt (default 1000 ms). */
  retryBaseMs?: number;
  /** Upper bound of the retry delay (default 60 000 ms). */
  retryMaxMs?: number;
  /** Attempts per event before its delivery is marked failed (default 8). */
  maxAttempts?: number;
  /** How long one webhook POST may take (default 30 000 ms). */
  webhookTimeoutMs?: number;
}

export interface RunningStripe extends RunningService {
  /** The pk_ counterpart of the secret key, for the browser. */
  readonly publishableKey: string;
}

/** Starts the local Stripe stand-in: the /v1 API subset the app uses, hosted checkout pages and webhook delivery. */
export async function startStripe(options: StripeOptions): Promise<RunningStripe> {
  const log = options.log ?? ((line: string) => console.log(`[stripe] ${line}`));
  const store = new StateStore(options.stateDir);
  setClockOffset(store.state.clockOffsetSeconds);
  seedDemoPromotions(store);
  const events = new WebhookDelivery({
    store,
    webhookUrl: options.webhookUrl,
    webhookSecret: options.webhookSecret,
    retryBaseMs: options.retryBaseMs ?? 1000,
    retryMaxMs: options.retryMaxMs ?? 60_000,
    maxAttempts: options.maxAttempts ?? 8,
    timeoutMs: options.webhookTimeoutMs ?? 30_000,
    log,
  });
  let context: StripeContext | undefined;

  const server = createServer((request, response) => {
    if (!context) {
      sendJson(response, 503, { error: { type: 'api_error', message: 'Starting up' } });
      return;
    }
    route(context, options.secretKey, request, response).catch((error: unknown) => {
      if (!(error instanceof BodyTooLargeError)) log(`request failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      const status = error instanceof BodyTooLargeError ? 413 : 500;
      sendJson(response, status, { error: { type: 'api_error', message: error instanceof Error ? error.message : 'Internal error' } });
    });
  });
  const running = await listen(server, options.port ?? ports.stripe, 'stripe');
  const port = new URL(running.url).port;
  context = { store, events, publicUrl: (options.publicUrl ?? `http://localhost:${port}`).replace(/\/$/, ''), log };
  events.resumePending();
  log(`listening on ${running.url}, webhooks to ${options.webhookUrl}`);

  return {
    url: running.url,
    publishableKey: options.secretKey.replace(/^sk_/, 'pk_'),
    stop: async () => {
      await events.stop();
      await running.stop();
    },
  };
}

async function route(context: StripeContext, secretKey: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const started = Date.now();
  response.once('finish', () => context.log(`${request.method} ${path} → ${response.statusCode} (${Date.now() - started} ms)`));
  // Stripe renews and ends subscriptions in the background; here whatever fell due is processed before each request.
  settleDueSubscriptions(context);
  if (path.startsWith('/v1/')) {
    await serveApi(context, secretKey, request, response);
    return;
  }
  if (path.startsWith('/_local/clock')) {
    await serveClockControl(context, secretKey, path, request, response);
    return;
  }
  const portal = /^\/p\/session\/([^/]+)$/.exec(path);
  if (portal && (request.method === 'GET' || request.method === 'POST')) {
    await servePortalPage(context, decodeURIComponent(portal[1] as string), request, response);
    return;
  }
  const receipt = /^\/receipts\/([^/]+)$/.exec(path);
  if (receipt && request.method === 'GET') {
    serveReceiptPage(context, decodeURIComponent(receipt[1] as string), response);
    return;
  }
  const invoice = /^\/i\/([^/]+)$/.exec(path);
  if (invoice && request.method === 'GET') {
    serveInvoicePage(context, decodeURIComponent(invoice[1] as string), response);
    return;
  }
  const checkout = /^\/pay\/([^/]+)$/.exec(path);
  if (checkout && (request.method === 'GET' || request.method === 'POST')) {
    await serveCheckoutPage(context, decodeURIComponent(checkout[1] as string), request, response);
    return;
  }
  sendJson(response, 404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${request.method}: ${path}).` } });
}
