/**
 * What the Amplify data client reports for one failed GraphQL operation: AppSync's own errors carry
 * an errorType; failures before any answer (no network, an HTTP 401) and refused HTTP requests (a
 * 403 from the web ACL) arrive as a GraphQLError whose originalError names the cause and keeps the
 * HTTP answer.
 */
export interface GraphQlErrorLike {
  readonly message?: string | null;
  readonly errorType?: string | null;
  readonly originalError?: {
    readonly name?: string;
    readonly response?: { readonly statusCode?: number; readonly body?: string } | null;
  } | null;
}

export type BackendErrorKind =
  | 'unauthorized'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'not-ready'
  | 'throttled'
  | 'network'
  | 'server';

/**
 * The one error every backend call is turned into. `message` is fit to show a person; `errorType`
 * keeps the backend's own type (e.g. 'NotReady', 'DynamoDB:ConditionalCheckFailedException') for logs.
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

/** One call of the data client: queries, mutations and model get/create/update/delete. */
export interface GraphQlResult<T> {
  readonly data: T;
  readonly errors?: readonly GraphQlErrorLike[] | null;
}

/** One page of a model list or index query. */
export interface GraphQlPage<T> {
  readonly data: readonly (T | null)[] | null;
  readonly nextToken?: string | null;
  readonly errors?: readonly GraphQlErrorLike[] | null;
}

export interface Page<T> {
  readonly items: T[];
  readonly nextToken: string | null;
}

/**
 * Awaits one data-client call and returns its data, or throws a BackendError for its first error.
 * The data client resolves GraphQL errors (including network failures, which Amplify wraps as one)
 * in `errors` and rejects only for what it cannot wrap; both end here as one BackendError.
 */
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

/** Like backendCall for one page of a list: its items without null holes, and the token of the next page. */
export async function backendPage<T>(call: Promise<GraphQlPage<T>>): Promise<Page<T>> {
  let page: GraphQlPage<T>;
  try {
    page = await call;
  } catch (thrown) {
    throw toBackendError(thrown);
  }
  const first = page.errors?.[0];
  if (first) throw fromGraphQlError(first);
  return { items: (page.data ?? []).filter(isPresent), nextToken: page.nextToken ?? null };
}

/** Follows nextToken until the list is exhausted, for lists that are small by nature (one user's records). */
export async function listAllPages<T>(fetchPage: (nextToken: string | undefined) => Promise<GraphQlPage<T>>): Promise<T[]> {
  const items: T[] = [];
  let nextToken: string | undefined;
  do {
    const page = await backendPage(fetchPage(nextToken));
    items.push(...page.items);
    nextToken = page.nextToken ?? undefined;
  } while (nextToken);
  return items;
}

/** Anything a data-client call can throw or reject with (a result carrying errors, an Error, anything), as a BackendError. */
export function toBackendError(thrown: unknown): BackendError {
  if (thrown instanceof BackendError) return thrown;
  const errors = (thrown as { errors?: unknown } | null)?.errors;
  if (Array.isArray(errors) && errors[0]) return fromGraphQlError(errors[0] as GraphQlErrorLike);
  if (thrown instanceof Error) return fromGraphQlError({ message: thrown.message, originalError: thrown });
  return fromGraphQlError({ message: String(thrown) });
}

/** The kinds our functions put in front of their message (amplify/functions/shared/errors.ts). */
const FUNCTION_KINDS: Readonly<Record<string, BackendErrorKind>> = {
  BadRequest: 'invalid',
  Unauthorized: 'unauthorized',
  NotFound: 'not-found',
  Conflict: 'conflict',
  NotReady: 'not-ready',
  InternalFailure: 'server',
};

/** AppSync's and Amplify's own error types and error names. */
const APPSYNC_KINDS: Readonly<Record<string, BackendErrorKind>> = {
  Unauthorized: 'unauthorized',
  UnauthorizedException: 'unauthorized',
  NotAuthorizedException: 'unauthorized',
  NoValidAuthTokens: 'unauthorized',
  'DynamoDB:ConditionalCheckFailedException': 'conflict',
  'DynamoDB:TransactionCanceledException': 'conflict',
  ValidationError: 'invalid',
  BadRequestException: 'invalid',
  MalformedHttpRequestException: 'invalid',
  NetworkError: 'network',
  // The API's web ACL blocked the request: its per-IP rate limit (amplify/operations/waf.ts).
  WAFForbiddenException: 'throttled',
};

/**
 * A function's "<Kind>: <detail for a person>" becomes the detail as a sentence. AppSync's own
 * errors (authorization, validation) and anything unexpected get a fixed message instead: their
 * text is written for developers. AppSync reports a function's error as 'Lambda:Unhandled', so the
 * message prefix decides before the errorType.
 */
export function fromGraphQlError(error: GraphQlErrorLike): BackendError {
  const message = error.message ?? '';
  const errorType = error.errorType ?? undefined;
  const [, prefix, detail] = /^(\w+): (.+)$/s.exec(message) ?? [];
  const functionKind = prefix ? FUNCTION_KINDS[prefix] : undefined;
  if (functionKind) {
    const personal = functionKind === 'server' ? DEFAULT_MESSAGES.server : sentence(detail);
    return new BackendError(functionKind, personal, prefix);
  }
  const answeredType = errorType ?? errorTypeOfAnswer(error.originalError?.response?.body);
  const kind = kindOf(answeredType, error.originalError?.name, message, error.originalError?.response?.statusCode);
  return new BackendError(kind, DEFAULT_MESSAGES[kind], answeredType ?? error.originalError?.name);
}

export const DEFAULT_MESSAGES: Readonly<Record<BackendErrorKind, string>> = {
  unauthorized: $localize`:@@core.backendError.unauthorized:You do not have permission to do this.`,
  'not-found': $localize`:@@core.backendError.notFound:That could not be found. It may have been deleted.`,
  conflict: $localize`:@@core.backendError.conflict:That cannot be done right now: it was changed meanwhile. Please reload and try again.`,
  invalid: $localize`:@@core.backendError.invalid:Some of what was sent was not accepted. Please check and try again.`,
  'not-ready': $localize`:@@core.backendError.notReady:That is not ready yet. Please try again shortly.`,
  throttled: $localize`:@@core.backendError.throttled:Too many requests from your network. Wait a few minutes and try again.`,
  network: $localize`:@@core.backendError.network:Cannot reach the server. Check your connection and try again.`,
  server: $localize`:@@core.backendError.server:Something went wrong on our side. Please try again in a moment.`,
};

function kindOf(errorType: string | undefined, originalName: string | undefined, message: string, statusCode: number | undefined): BackendErrorKind {
  const byType = (errorType && APPSYNC_KINDS[errorType]) || (originalName && APPSYNC_KINDS[originalName]);
  if (byType) return byType;
  // No server answered: what the service worker (ngsw) replies offline instead of the fetch error.
  if (statusCode === 504) return 'network';
  // Amplify replaces the message of a refused request with exactly 'Unauthorized'.
  if (/^unauthori[sz]ed$/i.test(message.trim())) return 'unauthorized';
  if (/network|failed to fetch|load failed|connection|offline/i.test(message)) return 'network';
  return 'server';
}

/**
 * AppSync's errorType in the body of an HTTP answer Amplify could not read as a GraphQL result:
 * without an x-amzn-ErrorType header, Amplify names a 403 'UnknownError' and keeps only the body.
 */
function errorTypeOfAnswer(body: string | undefined): string | undefined {
  if (!body) return undefined;
  try {
    const errorType = (JSON.parse(body) as { errors?: { errorType?: unknown }[] }).errors?.[0]?.errorType;
    return typeof errorType === 'string' ? errorType : undefined;
  } catch {
    return undefined;
  }
}

/** The server's detail as a sentence; a leading email address or identifier keeps its case. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const firstWord = trimmed.split(/\s/, 1)[0] ?? '';
  const capitalised = /[@\d_-]/.test(firstWord) ? trimmed : trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

function isPresent<T>(value: T | null | undefined): value is T {
  return value != null;
}
