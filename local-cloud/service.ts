/** What every local stand-in for an AWS or Stripe service returns once it is listening. */
export interface RunningService {
  /** Base URL the real client libraries are pointed at, e.g. http://127.0.0.1:4130 */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Invokes one of the handlers under amplify/ by its defineFunction name ('catalog', 'transcode',
 * 'post-confirmation', ...) with the event AWS would send, and resolves with what it returned.
 */
export type InvokeFunction = (functionName: string, event: unknown) => Promise<unknown>;

/** Fixed loopback ports; LOCAL_CLOUD_PORT_OFFSET shifts them all (e.g. to run tests beside `npm start`). */
const offset = Number(process.env['LOCAL_CLOUD_PORT_OFFSET'] ?? 0);
export const ports = {
  app: 4200 + offset,
  auth: 4100 + offset,
  cognitoLocal: 4101 + offset,
  data: 4110 + offset,
  dynamodb: 4120 + offset,
  storage: 4130 + offset,
  stripe: 4140 + offset,
  mediaConvert: 4150 + offset,
  functionUrls: 4160 + offset,
  mail: 4170 + offset,
  /** The app's production build (service worker on), served by local-cloud/app-build/serve-app-build.ts. */
  appBuild: 4180 + offset,
  ssm: 4190 + offset,
} as const;

export const region = 'us-east-1';
export const localAccountId = '000000000000';
