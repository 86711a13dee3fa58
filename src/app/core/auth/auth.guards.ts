import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
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

/** Lets ADMINS through; guests go to sign-in (with `returnUrl`), other users to the catalog. */
export const adminGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const auth = await readyAuth();
  if (!auth.isSignedIn()) {
    return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl: state.url } });
  }
  return auth.isAdmin() ? true : router.createUrlTree(['/']);
};
