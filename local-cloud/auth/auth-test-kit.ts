import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Amplify } from 'aws-amplify';
import { ConsoleLogger } from 'aws-amplify/utils';
import type { InvokeFunction } from '../service';
import { startAuth, type RunningAuth } from './index';

export interface Invocation {
  readonly functionName: string;
  readonly event: unknown;
}

/** A started auth service on free ports in a temp dir, recording what it invokes. */
export interface AuthHarness {
  readonly auth: RunningAuth;
  readonly stateDir: string;
  readonly invocations: Invocation[];
  readonly logLines: string[];
  restart(): Promise<AuthHarness>;
  dispose(): Promise<void>;
}

/** Stands in for the post-confirmation handler: returns the event, as the real one does. */
const echo: InvokeFunction = async (_functionName, event) => event;

export async function startAuthHarness(stateDir = mkdtempSync(join(tmpdir(), 'local-auth-')), handler: InvokeFunction = echo): Promise<AuthHarness> {
  const invocations: Invocation[] = [];
  const logLines: string[] = [];
  const auth = await startAuth({
    stateDir,
    ports: { auth: 0, cognitoLocal: 0 },
    log: (line) => logLines.push(line),
    invoke: async (functionName, event) => {
      invocations.push({ functionName, event });
      return handler(functionName, event);
    },
  });
  return {
    auth,
    stateDir,
    invocations,
    logLines,
    async restart() {
      await auth.stop();
      return startAuthHarness(stateDir, handler);
    },
    async dispose() {
      await auth.stop();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** Points the real Amplify library at the local auth service, as the app does in local mode. */
export function configureAmplify(auth: RunningAuth): void {
  ConsoleLogger.LOG_LEVEL = 'ERROR';
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: auth.userPoolId,
        userPoolClientId: auth.userPoolClientId,
        userPoolEndpoint: auth.url,
        identityPoolId: auth.identityPoolId,
        identityPoolEndpoint: auth.identityPoolUrl,
        allowGuestAccess: true,
        loginWith: { email: true },
      },
    },
  });
}

/** A raw Cognito user-pool API call, for what Amplify does not expose (e.g. reusing a refresh token). */
export async function callUserPool(auth: RunningAuth, operation: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(auth.url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

let counter = 0;
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now()}-${counter}@example.com`;
}
