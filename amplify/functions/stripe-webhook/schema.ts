import { z } from 'zod';

/** Metadata create-checkout puts on every session (and on membership subscriptions). */
export const checkoutMetadata = z.discriminatedUnion('product', [
  z.object({ product: z.literal('COURSE'), userId: z.string().min(1), courseId: z.string().min(1) }),
  z.object({ product: z.literal('MEMBERSHIP'), userId: z.string().min(1) }),
]);
export type CheckoutMetadata = z.infer<typeof checkoutMetadata>;

export const subscriptionMetadata = z.object({ userId: z.string().min(1) });
