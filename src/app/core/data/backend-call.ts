/** What the Amplify data client reports for one failed GraphQL operation. */
export interface GraphQlErrorLike {
  readonly message: string;
  readonly errorType?: string | null;
}

export type BackendErrorKind = 'unauthorized' | 'not-found' | 'conflict' | 'invalid' | 'not-ready' | 'network' | 'server';

/**
 * The one error every backend call is turned into. `message` is fit to show a person; the backend's
 * own errorType is kept for callers that branch on it (e.g. 'NotReady' while a video transcodes).
 */
export class BackendError extends Error {
  constructor(
    readonly kind: BackendErrorKind,
    message: string,
    readonly errorType?: string,
  ) {
    super(message);
    this.name = 'BackendError';
  }
}

interface GraphQlResult<T> {
  readonly data: T;
  readonly errors?: readonly GraphQlErrorLike[] | null;
}

/** Awaits one data-client call and returns its data, or throws a BackendError for its first error. */
export async function backendCall<T>(call: Promise<GraphQlResult<T>>): Promise<T> {
  let result: GraphQlResult<T>;
  try {
    result = await call;
  } catch (thrown) {
    throw toBackendError(thrown);
  }
  const first = result.errors?.[0];
  if (first) throw fromGraphQlError(first);
  return result.data;
}

/** Anything a data-client call can throw or reject with (GraphQL errors, network failures), as a BackendError. */
export function toBackendError(thrown: unknown): BackendError {
  if (thrown instanceof BackendError) return thrown;
  const errors = (thrown as { errors?: readonly GraphQlErrorLike[] } | null)?.errors;
  if (errors?.[0]) return fromGraphQlError(errors[0]);
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  if (/network|fetch|connection|offline/i.test(message)) {
    return new BackendError('network', 'Cannot reach the server. Check your connection and try again.');
  }
  return new BackendError('server', 'Something went wrong on our side. Please try again in a moment.');
}

/** Our functions throw "<Kind>: <detail for a person>" (amplify/functions/shared/errors.ts); AppSync adds its own types. */
export function fromGraphQlError(error: GraphQlErrorLike): BackendError {
  const errorType = error.errorType ?? undefined;
  const [, prefix, detail] = /^(\w+): (.+)$/s.exec(error.message) ?? [];
  const kind = kindOf(errorType ?? prefix);
  const personal = kind === 'server' || (kind === 'unauthorized' && !detail) ? DEFAULT_MESSAGES[kind] : sentence(detail ?? error.message);
  return new BackendError(kind, personal, errorType ?? prefix);
}

const DEFAULT_MESSAGES: Readonly<Record<BackendErrorKind, string>> = {
  unauthorized: 'You do not have permission to do this.',
  'not-found': 'That could not be found. It may have been deleted.',
  conflict: 'That cannot be done right now.',
  invalid: 'Some of what was sent was not accepted. Please check and try again.',
  'not-ready': 'That is not ready yet. Please try again shortly.',
  network: 'Cannot reach the server. Check your connection and try again.',
  server: 'Something went wrong on our side. Please try again in a moment.',
};

function kindOf(type: string | undefined): BackendErrorKind {
  switch (type) {
    case 'Unauthorized':
    case 'UnauthorizedException':
      return 'unauthorized';
    case 'NotFound':
      return 'not-found';
    case 'Conflict':
    case 'DynamoDB:ConditionalCheckFailedException':
      return 'conflict';
    case 'BadRequest':
    case 'ValidationError':
      return 'invalid';
    case 'NotReady':
      return 'not-ready';
    default:
      return 'server';
  }
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
