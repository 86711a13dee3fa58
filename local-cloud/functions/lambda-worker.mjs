/**
 * One local "Lambda execution environment": loads the function's deployed bundle once (cold start)
 * and runs the events its parent sends over IPC, with a Lambda-shaped context object. Plain
 * JavaScript run by plain node, as Lambda's Node runtime runs the bundle: no TypeScript loader.
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';

/** @typedef {import('./worker-protocol').WorkerRequest} WorkerRequest */
/** @typedef {import('./worker-protocol').WorkerResponse} WorkerResponse */

const [entry, handlerExport = 'handler'] = process.argv.slice(2);
if (!entry || !process.send) throw new Error('lambda-worker must be forked with the handler module path');

const handlerModule = await import(pathToFileURL(entry).href);
/** @type {unknown} */
const handler = handlerModule[handlerExport];
if (typeof handler !== 'function') throw new Error(`${entry} does not export a function ${handlerExport}`);

const env = process.env;
const timeoutMs = Number(env['AWS_LAMBDA_FUNCTION_TIMEOUT'] ?? 30) * 1000;

/** @param {string} requestId */
function contextFor(requestId) {
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

process.on('message', (/** @type {WorkerRequest} */ request) => {
  const send = (/** @type {WorkerResponse} */ response) => process.send?.(response);
  Promise.resolve()
    .then(() => handler(request.event, contextFor(randomUUID())))
    .then(
      (result) => send({ id: request.id, ok: true, result }),
      (error) => {
        const err = error instanceof Error ? error : new Error(String(error));
        send({ id: request.id, ok: false, error: { name: err.name, message: err.message, stack: err.stack } });
      },
    );
});
// An execution environment never outlives its runner, even one killed with SIGKILL.
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
