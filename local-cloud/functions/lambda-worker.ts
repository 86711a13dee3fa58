/**
 * One local "Lambda execution environment": loads a handler module once (cold start) and runs
 * the events its parent sends over IPC, with a Lambda-shaped context object.
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

type Handler = (event: unknown, context: LambdaContext) => Promise<unknown>;

interface LambdaContext {
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  callbackWaitsForEmptyEventLoop: boolean;
  getRemainingTimeInMillis(): number;
}

const entry = process.argv[2];
if (!entry || !process.send) throw new Error('lambda-worker must be forked with the handler entry path');

const handlerModule = (await import(pathToFileURL(entry).href)) as { handler?: Handler };
const handler = handlerModule.handler;
if (typeof handler !== 'function') throw new Error(`${entry} does not export a handler function`);

const env = process.env;
const timeoutMs = Number(env['AWS_LAMBDA_FUNCTION_TIMEOUT'] ?? 30) * 1000;

function contextFor(requestId: string): LambdaContext {
  const deadline = Date.now() + timeoutMs;
  const name = env['AWS_LAMBDA_FUNCTION_NAME'] ?? 'local';
  return {
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${env['AWS_REGION']}:000000000000:function:${name}`,
    memoryLimitInMB: env['AWS_LAMBDA_FUNCTION_MEMORY_SIZE'] ?? '128',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}

process.on('message', (request: WorkerRequest) => {
  const send = (response: WorkerResponse) => process.send?.(response);
  handler(request.event, contextFor(randomUUID())).then(
    (result) => send({ id: request.id, ok: true, result }),
    (error: unknown) => {
      const err = error instanceof Error ? error : new Error(String(error));
      send({ id: request.id, ok: false, error: { name: err.name, message: err.message, stack: err.stack } });
    },
  );
});
// An execution environment never outlives its runner, even one killed with SIGKILL.
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
