import type { IConstruct } from 'constructs';
import { isSandbox } from './deployment-type';

export const sandboxAppOrigin = 'http://localhost:4200';

/**
 * The origin Stripe returns buyers to and the media bucket's CORS allows. A sandbox (and the local
 * cloud) runs the app on localhost; a branch deployment must be told, because a localhost return URL
 * would strand every paying customer. A configured value is reduced to its origin: a trailing slash
 * or path would never match the browser's Origin header.
 */
export function appOriginFor(scope: IConstruct, environment: NodeJS.ProcessEnv = process.env): string {
  const configured = environment['APP_ORIGIN'];
  if (configured) return originOf(configured);
  if (isSandbox(scope)) return sandboxAppOrigin;
  throw new Error(
    'APP_ORIGIN is not set. A branch deployment needs the public origin of the app (for example https://app.example.com) ' +
      'as the APP_ORIGIN environment variable of the Amplify build, for Stripe Checkout and billing portal return URLs.',
  );
}

function originOf(configured: string): string {
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new Error(`APP_ORIGIN must be the app's origin, such as https://app.example.com; got "${configured}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`APP_ORIGIN must be an http(s) origin, such as https://app.example.com; got "${configured}".`);
  }
  return url.origin;
}
