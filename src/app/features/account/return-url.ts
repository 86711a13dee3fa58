const FALLBACK = '/';
const IN_APP_BASE = 'https://in-app.invalid';
/** The sign-in flow's own forms; the signed-in account pages (membership, orders) are fine to return to. */
const AUTH_FORMS = /^\/account(\/(sign-in|sign-up|confirm|forgot-password|reset))?\/?$/;

/**
 * Returns `candidate` when it is a path inside this app, otherwise `/`. Prevents open redirects:
 * absolute URLs, protocol-relative `//host` and `/\host`, `javascript:` and friends are all refused.
 * The sign-in flow's forms are refused too, so finishing a sign-in never lands on another sign-in form.
 */
export function safeReturnUrl(candidate: unknown): string {
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || /^\/[/\\]/.test(candidate)) {
    return FALLBACK;
  }
  if (/[\u0000-\u001f\\]/.test(candidate)) {
    return FALLBACK;
  }
  let parsed: URL;
  try {
    parsed = new URL(candidate, IN_APP_BASE);
  } catch {
    return FALLBACK;
  }
  if (parsed.origin !== IN_APP_BASE || AUTH_FORMS.test(parsed.pathname)) {
    return FALLBACK;
  }
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
