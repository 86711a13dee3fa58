import type { IConstruct } from 'constructs';
import { isSandbox } from './deployment-type';

export const sandboxAppOrigin = 'http://localhost:4200';

/**
 * The origin Stripe returns buyers to. A sandbox (and the local cloud) runs the app on localhost; a
 * branch deployment must be told, because a localhost return URL would strand every paying customer.
 */
export function appOriginFor(scope: IConstruct, environment: NodeJS.ProcessEnv = process.env): string {
  const configured = environment['APP_ORIGIN'];
  if (configured) return configured;
  if (isSandbox(scope)) return sandboxAppOrigin;
  throw new Error(
    'APP_ORIGIN is not set. A branch deployment needs the public origin of the app (for example https://app.example.com) ' +
      'as the APP_ORIGIN environment variable of the Amplify build, for Stripe Checkout and billing portal return URLs.',
  );
}
