import type { z } from 'zod';
import { badRequest } from '../shared/errors';

/** Validates AppSync arguments; a refusal lists every problem in words a person can act on. */
export function parseArgs<T extends z.ZodType>(schema: T, args: unknown): z.infer<T> {
  const parsed = schema.safeParse(args ?? {});
  if (parsed.success) return parsed.data;
  const messages = [...new Set(parsed.error.issues.map((issue) => issue.message))];
  throw badRequest(messages.join('; '));
}
