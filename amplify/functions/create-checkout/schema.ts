import { z } from 'zod';

/** Only what the buyer chooses; the price never comes from the browser. */
export const startCheckoutArgs = z.discriminatedUnion('product', [
  z.object({ product: z.literal('COURSE'), courseId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/) }),
  z.object({ product: z.literal('MEMBERSHIP'), courseId: z.string().nullish() }),
]);
export type StartCheckoutArgs = z.infer<typeof startCheckoutArgs>;
