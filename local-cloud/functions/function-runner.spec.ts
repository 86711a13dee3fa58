import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FunctionRunner } from './function-runner';
import type { FunctionDefinition } from './function-catalog';

const handlers: Record<string, string> = {
  echo: `export const handler = async (event, context) => ({ event, table: process.env.COURSE_TABLE, region: process.env.AWS_REGION, name: context.functionName });`,
  neighbour: `export const handler = async () => process.env.COURSE_TABLE ?? null;`,
  pid: `let busy = false;
export const handler = async () => {
  if (busy) throw new Error('two invocations at once in one environment');
  busy = true;
  await new Promise((resolve) => setTimeout(resolve, 50));
  busy = false;
  return process.pid;
};`,
  fail: `export const handler = async () => { const e = new Error('Unauthorized: not entitled'); e.name = 'UnauthorizedError'; throw e; };`,
  slow: `export const handler = () => new Promise(() => undefined);`,
  crash: `export const handler = async () => { process.exit(3); };`,
  named: `export const main = async () => 'main ran';`,
  slowInit: `await new Promise((resolve) => setTimeout(resolve, 1500));
export const handler = async () => 'initialised';`,
};
const oneSecondTimeout = new Set(['slow', 'slowInit']);

describe('FunctionRunner', () => {
  let runner: FunctionRunner;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fn-runner-'));
    const functions: FunctionDefinition[] = [];
    for (const [name, source] of Object.entries(handlers)) {
      const entry = join(dir, `${name}.mjs`);
      await writeFile(entry, source);
      const environment: Record<string, string> = name === 'echo' ? { COURSE_TABLE: 'Course-local' } : {};
      functions.push({ name, entry, handlerExport: name === 'named' ? 'main' : 'handler', timeoutSeconds: oneSecondTimeout.has(name) ? 1 : 10, memoryMB: 128, environment, ssmParameters: {} });
    }
    runner = new FunctionRunner({
      functions,
      environment: { AWS_REGION: 'us-east-1' },
      maxConcurrency: 2,
    });
  });

  afterAll(() => runner.stop());

  it('should run the handler with its event, environment and a Lambda context', async () => {
    const result = await runner.invoke('echo', { hello: 'world' });
    expect(result).toEqual({ event: { hello: 'world' }, table: 'Course-local', region: 'us-east-1', name: 'echo' });
  });

  it("should not give a function another function's variables", async () => {
    await expectAsync(runner.invoke('neighbour', {})).toBeResolvedTo(null);
  });

  it('should reject with the error name and message the handler threw', async () => {
    await expectAsync(runner.invoke('fail', {})).toBeRejectedWith(
      jasmine.objectContaining({ name: 'UnauthorizedError', message: 'Unauthorized: not entitled' }),
    );
  });

  it('should time out a handler that runs past its timeout', async () => {
    await expectAsync(runner.invoke('slow', {})).toBeRejectedWith(
      jasmine.objectContaining({ name: 'TimeoutError', message: 'Task timed out after 1.00 seconds' }),
    );
  });

  it('should not count a cold start against the timeout when the module takes longer to load than the handler may run', async () => {
    await expectAsync(runner.invoke('slowInit', {})).toBeResolvedTo('initialised');
  });

  it('should reject and cold-start again when the worker process dies', async () => {
    await expectAsync(runner.invoke('crash', {})).toBeRejectedWith(jasmine.objectContaining({ name: 'Runtime.ExitError' }));
    await expectAsync(runner.invoke('crash', {})).toBeRejectedWith(jasmine.objectContaining({ name: 'Runtime.ExitError' }));
  });

  it('should give each environment one invocation at a time, spreading concurrent calls over at most maxConcurrency', async () => {
    const pids = await Promise.all(Array.from({ length: 5 }, () => runner.invoke('pid', {}) as Promise<number>));
    expect(new Set(pids).size).toBe(2);
  });

  it('should call the export its Handler names', async () => {
    expect(await runner.invoke('named', {})).toBe('main ran');
  });

  it('should refuse a function that does not exist', async () => {
    await expectAsync(runner.invoke('missing', {})).toBeRejectedWith(jasmine.objectContaining({ name: 'ResourceNotFoundException' }));
  });
});
