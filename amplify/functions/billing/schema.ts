import { z } from 'zod';

export const DEFAULT_RETURN_PATH = '/account/membership';

/** The two operations that take nothing: any argument at all is refused. */
export const noArgs = z.object({}).strict();

/**
 * A path on our own site: one leading "/" (never "//", which a browser reads as another host), no
 * backslash (which browsers treat as "/"), no control characters.
 */
const sameOriginPath = z
  .string({ error: 'returnPath must be a path on this site' })
  .max(512, { error: 'returnPath is too long' })
  .regex(/^\/(?![/\\])[^\\\u0000-\u001f\u007f]*$/, { error: 'returnPath must be a path on this site, starting with "/"' });

export const openBillingPortalArgs = z.object({
  returnPath: sameOriginPath.nullish().transform((path) => path ?? DEFAULT_RETURN_PATH),
});

export const setMembershipRenewalArgs = z.object({
  cancelAtPeriodEnd: z.boolean({ error: 'cancelAtPeriodEnd must be true or false' }),
});

export const adminRefundOrderArgs = z.object({
  orderId: z.string({ error: 'orderId is required' }).regex(/^[A-Za-z0-9_-]{1,255}$/, { error: 'orderId is not a valid order id' }),
  reason: z
    .string({ error: 'a reason is required' })
    .trim()
    .min(1, { error: 'a reason is required' })
    .max(500, { error: 'the reason must be at most 500 characters' }),
});
