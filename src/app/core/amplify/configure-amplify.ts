import { HttpClient, HttpContext } from '@angular/common/http';
import { inject } from '@angular/core';
import { Amplify } from 'aws-amplify';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { AppError } from '../http/app-error';
import { SILENT_ERRORS } from '../http/http-context-tokens';
import { toResourcesConfig } from './amplify-outputs';
import { BackendNotConfiguredError } from './backend-not-configured-error';

export const AMPLIFY_OUTPUTS_URL = '/amplify_outputs.json';

/**
 * Requests are never signed with identity-pool credentials: every GraphQL call sends the API key or a
 * user-pool token. Without this, Amplify fetches guest credentials (two Cognito Identity round trips)
 * before the first call of every visit, only to leave them unused.
 */
export const AMPLIFY_LIBRARY_OPTIONS: Parameters<typeof Amplify.configure>[1] = { API: { REST: { defaultAuthMode: 'none' } } };

/**
 * App initializer: loads the generated outputs at run time (so one build serves every backend),
 * configures Amplify, then reads the current session once.
 */
export async function configureAmplify(): Promise<void> {
  const http = inject(HttpClient);
  const auth = inject(AuthService);
  let outputs: unknown;
  try {
    outputs = await firstValueFrom(
      http.get<unknown>(AMPLIFY_OUTPUTS_URL, { context: new HttpContext().set(SILENT_ERRORS, true) }),
    );
  } catch (error) {
    throw new BackendNotConfiguredError(`${AMPLIFY_OUTPUTS_URL} could not be loaded (${describe(error)}).`);
  }
  try {
    Amplify.configure(toResourcesConfig(outputs), AMPLIFY_LIBRARY_OPTIONS);
  } catch (error) {
    throw new BackendNotConfiguredError(`${AMPLIFY_OUTPUTS_URL} is not valid (${describe(error)}).`);
  }
  await auth.refresh();
}

function describe(error: unknown): string {
  if (error instanceof AppError) {
    if (error.status === 0) return 'the server could not be reached';
    // A 200 that failed to parse: a dev server answered with its index.html fallback.
    if (error.status === 200) return 'the server answered with a page, not JSON';
    return `HTTP ${error.status}`;
  }
  if (error instanceof Error) {
    return error.message;
  }
  return String(error);
}
