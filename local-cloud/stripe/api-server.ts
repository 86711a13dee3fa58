import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleApiCall } from './api-routes';
import { StripeApiError } from './errors';
import { parseParams } from './form-params';
import { readBody, sendJson } from './http-io';
import { newId } from './ids';
import type { StripeContext } from './stripe-context';

/**
 * Serves /v1: checks the secret key, decodes query and form body, and honours `Idempotency-Key` on POST and
 * DELETE like Stripe: a successful result is saved for 24 h and replayed for the same key and parameters; the
 * same key with other parameters is an idempotency_error. Failed requests are not saved, so they can be retried.
 */
export async function serveApi(
  context: StripeContext,
  secretKey: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const requestId = newId('req', 14);
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}): void =>
    sendJson(response, status, body, { 'request-id': requestId, ...headers });

  const authError = checkApiKey(request.headers.authorization, secretKey);
  if (authError) {
    request.resume();
    reply(authError.status, authError.toBody());
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = (request.method ?? 'GET').toUpperCase();
  const body = await readBody(request);
  const params = { ...parseParams(url.search.slice(1)), ...parseParams(body) };

  const idempotencyHeader = request.headers['idempotency-key'];
  const idempotencyKey = method !== 'GET' && typeof idempotencyHeader === 'string' ? idempotencyHeader : null;
  const fingerprint = `${method} ${url.pathname}${url.search} ${body}`;
  const { idempotency } = context.store.state;
  if (idempotencyKey !== null) {
    const saved = idempotency[idempotencyKey];
    if (saved && saved.fingerprint === fingerprint) {
      reply(saved.status, saved.body, { 'idempotency-key': idempotencyKey, 'idempotent-replayed': 'true' });
      return;
    }
    if (saved) {
      const error = new StripeApiError(
        400,
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
        { type: 'idempotency_error' },
      );
      reply(error.status, error.toBody());
      return;
    }
  }

  const result = handleApiCall(context, {
    method,
    path: url.pathname,
    params,
    request: { id: requestId, idempotency_key: idempotencyKey },
  });
  if (idempotencyKey !== null && result.status < 400) {
    idempotency[idempotencyKey] = { fingerprint, status: result.status, body: result.body, createdAt: Date.now() };
    context.store.save();
  }
  reply(result.status, result.body, idempotencyKey !== null ? { 'idempotency-key': idempotencyKey } : {});
}

export function checkApiKey(authorization: string | undefined, secretKey: string): StripeApiError | null {
  const provided = apiKeyFrom(authorization);
  if (provided === null) {
    return new StripeApiError(
      401,
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    );
  }
  if (provided !== secretKey) {
    return new StripeApiError(401, `Invalid API Key provided: ${mask(provided)}`, { code: 'api_key_invalid' });
  }
  return null;
}

/** Bearer auth as the SDK sends it, or Basic auth with the key as user name as `curl -u sk_…:` sends it. */
function apiKeyFrom(authorization: string | undefined): string | null {
  const [scheme, value] = (authorization ?? '').trim().split(/\s+/, 2);
  if (!scheme || !value) return null;
  if (scheme.toLowerCase() === 'bearer') return value;
  if (scheme.toLowerCase() === 'basic') return Buffer.from(value, 'base64').toString('utf8').split(':')[0] || null;
  return null;
}

function mask(key: string): string {
  if (key.length <= 12) return '*'.repeat(key.length);
  return `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}`;
}
