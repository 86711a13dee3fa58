import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { RunningService } from '../service';
import { startFunctionUrls } from './function-url-server';

describe('startFunctionUrls', () => {
  let server: RunningService;
  let received: { name: string; event: APIGatewayProxyEventV2 }[];

  beforeEach(async () => {
    received = [];
    server = await startFunctionUrls({
      port: 0,
      functionNames: ['stripe-webhook'],
      invoke: async (name, event) => {
        received.push({ name, event: event as APIGatewayProxyEventV2 });
        return { statusCode: 400, body: JSON.stringify({ error: 'bad signature' }) };
      },
    });
  });

  afterEach(() => server.stop());

  it('should invoke the function with a payload 2.0 event carrying the raw body and headers', async () => {
    const body = '{"id":"evt_1","type":"checkout.session.completed"}';
    await fetch(`${server.url}/stripe-webhook/hook?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Stripe-Signature': 't=1,v1=abc' },
      body,
    });
    expect(received.length).toBe(1);
    const { name, event } = received[0]!;
    expect(name).toBe('stripe-webhook');
    expect(event.version).toBe('2.0');
    expect(event.body).toBe(body);
    expect(event.isBase64Encoded).toBeFalse();
    expect(event.headers['stripe-signature']).toBe('t=1,v1=abc');
    expect(event.rawPath).toBe('/hook');
    expect(event.rawQueryString).toBe('x=1');
    expect(event.requestContext.http.method).toBe('POST');
  });

  it('should answer with the status code and body the function returned', async () => {
    const response = await fetch(`${server.url}/stripe-webhook`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'bad signature' });
  });

  it('should answer 404 for a function without a URL', async () => {
    const response = await fetch(`${server.url}/catalog`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(received.length).toBe(0);
  });
});
