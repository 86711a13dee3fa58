import { logger } from './logger';

export type ErrorKind = 'BadRequest' | 'Unauthorized' | 'NotFound' | 'Conflict' | 'NotReady';

/**
 * An expected failure the caller may see. Its message starts with the kind ("Unauthorized: …"),
 * and its name is the kind, which AppSync reports as the GraphQL errorType.
 */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = kind;
  }
}

export const badRequest = (detail: string): AppError => new AppError('BadRequest', detail);
export const unauthorized = (detail: string): AppError => new AppError('Unauthorized', detail);
export const notFound = (detail: string): AppError => new AppError('NotFound', detail);
export const conflict = (detail: string): AppError => new AppError('Conflict', detail);
export const notReady = (detail: string): AppError => new AppError('NotReady', detail);

const httpStatusByKind: Record<ErrorKind, number> = {
  BadRequest: 400,
  Unauthorized: 403,
  NotFound: 404,
  Conflict: 409,
  NotReady: 409,
};

/** HTTP mapping (Function URLs): expected failures keep their status, everything else is a 500. */
export function toHttpStatus(error: unknown): number {
  return error instanceof AppError ? httpStatusByKind[error.kind] : 500;
}

/**
 * Resolver mapping (AppSync): expected failures pass through unchanged; anything else is logged
 * with its details and replaced by an opaque error so internals never reach the browser.
 */
export function toResolverError(error: unknown): Error {
  if (error instanceof AppError) {
    logger.warn('Request refused', { reason: error.message });
    return error;
  }
  logger.error('Unexpected failure', error instanceof Error ? error : String(error));
  const hidden = new Error('InternalFailure: the request could not be completed');
  hidden.name = 'InternalFailure';
  return hidden;
}

/** Runs one resolver body and maps whatever it throws through toResolverError. */
export async function resolveWith<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toResolverError(error);
  }
}
