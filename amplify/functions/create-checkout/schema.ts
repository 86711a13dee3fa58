import { z } from 'zod';
import { RECORD_ID_PATTERN } from '../shared/record-id';

/** Only what the buyer chooses; the price never comes from the browser. */
export const startCheckoutArgs = z.discriminatedUnion(
  'product',
  [
    z.object({
      product: z.literal('COURSE'),
      courseId: z.string({ error: 'courseId is required to buy a course' }).regex(RECORD_ID_PATTERN, 'courseId is not a valid course id'),
    }),
    z.object({
      product: z.literal('MEMBERSHIP'),
      courseId: z.null({ error: 'a membership is not bought for one course: leave courseId out' }).optional(),
    }),
  ],
  { error: 'product must be COURSE or MEMBERSHIP' },
);
export type StartCheckoutArgs = z.infer<typeof startCheckoutArgs>;
