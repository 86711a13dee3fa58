import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { safeReturnUrl } from './return-url';

/** Signed-in users opening sign-in or sign-up go straight to where they were heading (or the catalog). */
export const guestOnlyGuard: CanActivateFn = async (route) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  if (!auth.ready()) {
    await auth.refresh();
  }
  return auth.isSignedIn() ? router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl'))) : true;
};
