import { createHmac } from 'node:crypto';

/** The `Stripe-Signature` header value: `t=<ts>,v1=<hex HMAC-SHA256 of "<ts>.<payload>">`. */
export function signatureHeader(payload: string, secret: string, timestampSeconds: number): string {
  const signature = createHmac('sha256', secret).update(`${timestampSeconds}.${payload}`, 'utf8').digest('hex');
  return `t=${timestampSeconds},v1=${signature}`;
}
