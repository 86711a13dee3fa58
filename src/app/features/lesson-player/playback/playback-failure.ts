/** Why a lesson cannot be played; each maps to a message instead of a broken player. */
export type PlaybackFailure = 'locked' | 'not-found' | 'not-ready' | 'unsupported' | 'error';

interface GraphQlErrorLike {
  readonly message?: string;
  readonly errorType?: string;
}

/**
 * Classifies a getPlayback failure. The backend reports errors as GraphQL errors whose
 * `errorType` or message prefix names the case (e.g. "Unauthorized: not entitled to lesson …");
 * the data client either returns them in `errors` or throws an object carrying them.
 */
export function classifyPlaybackErrors(errors: readonly GraphQlErrorLike[]): PlaybackFailure {
  const kinds = errors.map((error) => error.errorType ?? '');
  if (kinds.includes('Unauthorized')) return 'locked';
  if (kinds.includes('NotReady')) return 'not-ready';
  if (kinds.includes('NotFound')) return 'not-found';
  const text = errors.map((error) => error.message ?? '').join(' | ');
  if (/^unauthori[sz]ed|\bunauthori[sz]ed\b|not entitled/i.test(text)) return 'locked';
  if (/not.?ready|processing|transcod/i.test(text)) return 'not-ready';
  if (/not.?found|does not exist|no such/i.test(text)) return 'not-found';
  return 'error';
}

export function errorsOf(thrown: unknown): GraphQlErrorLike[] {
  if (thrown && typeof thrown === 'object' && 'errors' in thrown && Array.isArray(thrown.errors)) {
    return thrown.errors as GraphQlErrorLike[];
  }
  if (thrown instanceof Error) return [{ message: thrown.message, errorType: thrown.name }];
  return [{ message: String(thrown) }];
}

export const failureMessages: Readonly<Record<PlaybackFailure, string>> = {
  locked: 'This lesson is part of a course you have not unlocked yet.',
  'not-found': 'This lesson could not be found. It may have been removed or unpublished.',
  'not-ready': 'The video for this lesson is still being prepared. Please check back in a few minutes.',
  unsupported: 'This browser cannot play streaming video. Please try a current version of Chrome, Edge, Firefox or Safari.',
  error: 'The video could not be loaded. Please try again.',
};
