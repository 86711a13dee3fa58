import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedStripeRequest {
  method: string;
  path: string;
  form: URLSearchParams;
  idempotencyKey: string | undefined;
}

export interface FakeStripeApi {
  readonly url: string;
  readonly requests: RecordedStripeRequest[];
  stop(): Promise<void>;
}

/**
 * A tiny Stripe API double on a random loopback port: records each form-encoded request and
 * answers checkout.sessions.create, enough to observe exactly what a handler sent to Stripe.
 */
export async function startFakeStripeApi(): Promise<FakeStripeApi> {
  const requests: RecordedStripeRequest[] = [];
  let sessions = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = (request.url ?? '').split('?')[0];
      const idempotencyKey = request.headers['idempotency-key'];
      requests.push({
        method: request.method ?? '',
        path,
        form: new URLSearchParams(Buffer.concat(chunks).toString('utf8')),
        idempotencyKey: typeof idempotencyKey === 'string' ? idempotencyKey : undefined,
      });
      response.setHeader('content-type', 'application/json');
      if (request.method === 'POST' && path === '/v1/checkout/sessions') {
        sessions += 1;
        const id = `cs_test_${sessions}`;
        response.end(JSON.stringify({ id, object: 'checkout.session', url: `https://checkout.example/${id}` }));
        return;
      }
      response.statusCode = 404;
      response.end(JSON.stringify({ error: { type: 'invalid_request_error', message: `No route ${path}` } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
