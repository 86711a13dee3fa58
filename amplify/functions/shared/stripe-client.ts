import Stripe from 'stripe';
import { optionalEnv, requireEnv } from './env';

/** Pinned so a Stripe account upgrade never changes payload shapes under us. */
export const STRIPE_API_VERSION = '2026-10-28.endive' as const;

/**
 * One configured client per (key, API base). The key is a secret resolved into the environment at
 * cold start, so it is read on first use rather than at import. STRIPE_API_BASE points the SDK
 * at a stand-in (host/port/protocol); it is unset in AWS.
 */
export function stripeClient(): Stripe {
  const secretKey = requireEnv('STRIPE_SECRET_KEY');
  const apiBase = optionalEnv('STRIPE_API_BASE');
  const cacheKey = `${secretKey}|${apiBase ?? ''}`;
  if (!cached || cached.key !== cacheKey) cached = { key: cacheKey, client: createStripe(secretKey, apiBase) };
  return cached.client;
}

let cached: { key: string; client: Stripe } | undefined;

export function createStripe(secretKey: string, apiBase?: string): Stripe {
  return new Stripe(secretKey, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: 2,
    ...(apiBase ? endpointOf(apiBase) : {}),
  });
}

function endpointOf(apiBase: string): { host: string; port: number; protocol: 'http' | 'https' } {
  const url = new URL(apiBase);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: Number(url.port || (protocol === 'http' ? 80 : 443)), protocol };
}
