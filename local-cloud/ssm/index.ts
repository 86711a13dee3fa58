import { createServer } from 'node:http';
import type { Credentials } from '../http/sigv4-verifier';
import { listen } from '../http/listen';
import { ports, type RunningService } from '../service';
import { createSsmApi, type SsmCaller } from './ssm-api';

export type { SsmCaller } from './ssm-api';

export interface StartSsmOptions {
  readonly credentials: Credentials;
  readonly callerFor: (sessionToken: string | undefined) => SsmCaller | undefined;
  /** Parameter name → value. */
  readonly parameters: ReadonlyMap<string, string>;
  /** Defaults to ports.ssm; 0 picks a free port (tests). */
  readonly port?: number;
}

/**
 * Local SSM Parameter Store for the functions' cold starts (Amplify's banner in each bundle fetches
 * its runtime-resolved variables), pointed here with AWS_ENDPOINT_URL_SSM.
 */
export function startSsm(options: StartSsmOptions): Promise<RunningService> {
  const api = createSsmApi(options);
  return listen(createServer((req, res) => void api(req, res)), options.port ?? ports.ssm, 'ssm');
}
