import { MediaConvertClient } from '@aws-sdk/client-mediaconvert';
import { optionalEnv } from '../shared/env';

/** MEDIACONVERT_ENDPOINT is optional: current SDKs reach MediaConvert without an account endpoint. */
export const mediaConvert = new MediaConvertClient({ endpoint: optionalEnv('MEDIACONVERT_ENDPOINT') });
