/** What the course page offers the visitor; 'enrolled' covers every way of being entitled to the course. */
export type CourseCta = 'checking' | 'guest' | 'buy' | 'enrolled' | 'error';

export type AccessState = { readonly entitled: boolean } | 'loading' | 'error';

/**
 * Guests are asked to sign in, signed-in users without access can buy, entitled users continue.
 * While the session or the access is still being checked, nothing is offered yet, so an enrolled
 * user is never shown a buy button.
 */
export function courseCta(authReady: boolean, signedIn: boolean, access: AccessState): CourseCta {
  if (!authReady) return 'checking';
  if (!signedIn) return 'guest';
  if (access === 'loading') return 'checking';
  if (access === 'error') return 'error';
  return access.entitled ? 'enrolled' : 'buy';
}
