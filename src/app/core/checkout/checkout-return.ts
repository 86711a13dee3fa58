import type { ActivatedRoute, ParamMap, Router } from '@angular/router';

/** How Stripe Checkout sent the browser back: `?checkout=success&session_id=…` or `?checkout=cancelled`. */
export type CheckoutReturn = { readonly outcome: 'success'; readonly sessionId: string | null } | { readonly outcome: 'cancelled' };

export const CHECKOUT_CANCELLED_MESSAGE = $localize`:@@core.checkout.cancelled:Checkout cancelled — you have not been charged`;

export function readCheckoutReturn(query: ParamMap): CheckoutReturn | null {
  const outcome = query.get('checkout');
  if (outcome === 'success') return { outcome, sessionId: query.get('session_id') || null };
  if (outcome === 'cancelled') return { outcome };
  return null;
}

/** Drops the checkout parameters from the URL, so a reload does not announce the payment again. */
export function forgetCheckoutReturn(router: Router, route: ActivatedRoute): Promise<boolean> {
  return router.navigate([], {
    relativeTo: route,
    queryParams: { checkout: null, session_id: null },
    queryParamsHandling: 'merge',
    replaceUrl: true,
  });
}
