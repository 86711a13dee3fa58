import { DOCUMENT, InjectionToken, inject } from '@angular/core';

/** The part of window.location used to leave the app (e.g. to Stripe Checkout); replaced in unit tests. */
export interface BrowserLocation {
  assign(url: string): void;
}

export const BROWSER_LOCATION = new InjectionToken<BrowserLocation>('BROWSER_LOCATION', {
  providedIn: 'root',
  factory: () => {
    const location = inject(DOCUMENT).location;
    return { assign: (url: string) => location.assign(url) };
  },
});
