import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkApiKey } from './api-server';
import { advanceClock } from './billing-cycle';
import { StripeApiError, invalidParam, missingParam } from './errors';
import { parseParams } from './form-params';
import { readBody, sendJson } from './http-io';
import { nowSeconds } from './ids';
import { optionalInteger } from './param-readers';
import type { StripeContext } from './stripe-context';

/**
 * Local-only control of the account's clock, behind the API's secret key: `GET /_local/clock` and
 * `POST /_local/clock/advance` with `seconds` (form or JSON body), which processes what became due and answers the
 * new time. Both answer `{ now }` in Unix seconds; errors take Stripe's shape.
 */
export async function serveClockControl(
  context: StripeContext,
  secretKey: string,
  path: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const body = await readBody(request);
  const authError = checkApiKey(request.headers.authorization, secretKey);
  if (authError) {
    sendJson(response, authError.status, authError.toBody());
    return;
  }
  try {
    if (request.method === 'GET' && path === '/_local/clock') {
      sendJson(response, 200, { now: nowSeconds() });
    } else if (request.method === 'POST' && path === '/_local/clock/advance') {
      sendJson(response, 200, { now: advanceClock(context, secondsToAdvance(request, body)) });
    } else {
      throw new StripeApiError(404, `Unrecognized request URL (${request.method}: ${path}).`);
    }
  } catch (error) {
    if (!(error instanceof StripeApiError)) throw error;
    sendJson(response, error.status, error.toBody());
  }
}

function secondsToAdvance(request: IncomingMessage, body: string): number {
  const seconds = request.headers['content-type']?.startsWith('application/json') ? jsonSeconds(body) : optionalInteger(parseParams(body), 'seconds');
  if (seconds === null) throw missingParam('seconds');
  if (seconds < 0) throw invalidParam('seconds', 'The clock only moves forward: seconds must be 0 or more.');
  return seconds;
}

function jsonSeconds(body: string): number | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new StripeApiError(400, 'Invalid JSON body.');
  }
  const seconds = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)['seconds'] : undefined;
  if (seconds === undefined) return null;
  if (typeof seconds !== 'number' || !Number.isInteger(seconds)) throw invalidParam('seconds', `Invalid integer: ${String(seconds)}`);
  return seconds;
}
