import type { ResourcesConfig } from 'aws-amplify';
import { parseAmplifyConfig } from 'aws-amplify/utils';

type AmplifyOutputsInput = Parameters<typeof parseAmplifyConfig>[0];

/**
 * Turns the generated `amplify_outputs.json` into the Amplify resources config.
 * When the outputs name local endpoints (`custom.local`, written by the local cloud) the Cognito
 * clients are pointed at them; everything else is identical to the AWS configuration.
 */
export function toResourcesConfig(outputs: unknown): ResourcesConfig {
  if (!isRecord(outputs) || typeof outputs['version'] !== 'string') {
    throw new Error('amplify_outputs.json is not an Amplify outputs object');
  }
  const config = parseAmplifyConfig(outputs as AmplifyOutputsInput);
  const { userPoolEndpoint, identityPoolEndpoint } = readLocalEndpoints(outputs);
  const cognito = config.Auth?.Cognito;
  // parseAmplifyConfig returns a fresh object, so it is safe to amend in place.
  if (cognito && userPoolEndpoint) {
    cognito.userPoolEndpoint = userPoolEndpoint;
  }
  if (cognito && identityPoolEndpoint) {
    cognito.identityPoolEndpoint = identityPoolEndpoint;
  }
  return config;
}

interface LocalEndpoints {
  userPoolEndpoint?: string;
  identityPoolEndpoint?: string;
}

function readLocalEndpoints(outputs: Record<string, unknown>): LocalEndpoints {
  const custom = outputs['custom'];
  const local = isRecord(custom) ? custom['local'] : undefined;
  if (!isRecord(local)) {
    return {};
  }
  const userPoolEndpoint = local['userPoolEndpoint'];
  const identityPoolEndpoint = local['identityPoolEndpoint'];
  return {
    userPoolEndpoint: typeof userPoolEndpoint === 'string' ? userPoolEndpoint : undefined,
    identityPoolEndpoint: typeof identityPoolEndpoint === 'string' ? identityPoolEndpoint : undefined,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
