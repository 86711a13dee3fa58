import { computed, inject, Injectable } from '@angular/core';
import { AuthService } from '../auth/auth.service';

export interface NavLink {
  readonly path: string;
  readonly label: string;
  readonly exact: boolean;
}

/** The main navigation, filtered by who is signed in. */
@Injectable({ providedIn: 'root' })
export class NavLinks {
  private readonly auth = inject(AuthService);

  readonly links = computed<readonly NavLink[]>(() => [
    { path: '/', label: $localize`:@@core.nav.catalog:Catalog`, exact: true },
    ...(this.auth.isSignedIn() ? [{ path: '/learning', label: $localize`:@@core.nav.learning:My learning`, exact: false }] : []),
    ...(this.auth.isAdmin() ? [{ path: '/admin', label: $localize`:@@core.nav.admin:Admin`, exact: false }] : []),
  ]);
}
