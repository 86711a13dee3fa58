import { inject } from '@angular/core';
import { Router, type CanActivateFn, type CanMatchFn, type UrlSegment } from '@angular/router';
import { AuthService } from './auth.service';

export const SIGN_IN_PATH = '/account/sign-in';

async function readyAuth(): Promise<AuthService> {
  const auth = inject(AuthService);
  if (!auth.ready()) {
    await auth.refresh();
  }
  return auth;
}

/** Lets signed-in users through; sends guests to sign-in with the requested URL as `returnUrl`. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const auth = await readyAuth();
  return auth.isSignedIn() ? true : router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
};

/**
 * Matches the admin area for ADMINS; guests go to sign-in (with `returnUrl`). A signed-in user outside
 * ADMINS does not match, so the router falls through to the next `admin` route, which explains why
 * they cannot enter, at the URL they asked for. The server enforces every admin rule; this only hides.
 */
export const adminGuard: CanMatchFn = async (_route, segments) => {
  const router = inject(Router);
  const auth = await readyAuth();
  if (!auth.isSignedIn()) {
    return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: attemptedUrl(router, segments) } });
  }
  return auth.isAdmin();
};

/** The URL being navigated to; a matcher only sees its own segments. */
function attemptedUrl(router: Router, segments: readonly UrlSegment[]): string {
  const navigation = router.currentNavigation();
  return navigation ? router.serializeUrl(navigation.extractedUrl) : `/${segments.map((segment) => segment.path).join('/')}`;
}
