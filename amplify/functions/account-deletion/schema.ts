import { z } from 'zod';

/** The word the person types to confirm; whose account it is comes from the token, never an argument. */
export const DELETE_CONFIRMATION = 'DELETE';

export const deleteMyAccountArgs = z
  .object({
    confirmation: z.literal(DELETE_CONFIRMATION, { error: `confirmation must be the word ${DELETE_CONFIRMATION}` }),
  })
  .strict();
