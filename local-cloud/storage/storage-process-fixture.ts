/** Runs the local S3 as its own process (for crash tests): argv[2] is the state dir; prints the URL once listening. */
import { startStorage } from './index';
import { testBucket, testCredentials, appOrigin } from './storage-test-kit';

const service = await startStorage({
  stateDir: process.argv[2]!,
  bucket: testBucket,
  allowedOrigins: [appOrigin],
  credentials: testCredentials,
  port: 0,
  onObjectCreated: () => undefined,
});
process.stdout.write(`${service.url}\n`);
