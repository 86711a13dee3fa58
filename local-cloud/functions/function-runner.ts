import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { InvokeFunction } from '../service';
import type { FunctionDefinition } from './function-catalog';
import type { WorkerReady, WorkerResponse } from './worker-protocol';

/** The error a failed invocation rejects with, named like Lambda's errorType. */
export class FunctionError extends Error {
  constructor(name: string, message: string, readonly functionName: string) {
    super(message);
    this.name = name;
  }
}

interface Invocation {
  id: number;
  event: unknown;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Worker {
  child: ChildProcess;
  ready: Promise<void>;
  current?: Invocation & { timer: NodeJS.Timeout | undefined };
}

export interface FunctionRunnerOptions {
  functions: FunctionDefinition[];
  /**
   * What the Lambda runtime sets in every function on AWS (region, credentials), plus the local
   * configuration that points the clients at the stand-ins; each function's own variables come with
   * its definition.
   */
  environment: Record<string, string>;
  /** What one function gets on top (its session token). */
  environmentOf?: (functionName: string) => Record<string, string>;
  /** Execution environments per function, like Lambda's concurrency; default 4. */
  maxConcurrency?: number;
  log?: (functionName: string, line: string) => void;
}

/**
 * Runs each handler like Lambda does: every worker process is one execution environment that
 * handles one invocation at a time; more arrive → more environments (up to maxConcurrency), then
 * a queue. A worker that exceeds its timeout or crashes is killed; the next call cold-starts one.
 */
export class FunctionRunner {
  private readonly pools = new Map<string, Worker[]>();
  private readonly queues = new Map<string, Invocation[]>();
  private readonly definitions: Map<string, FunctionDefinition>;
  private nextId = 1;

  constructor(private readonly options: FunctionRunnerOptions) {
    this.definitions = new Map(options.functions.map((fn) => [fn.name, fn]));
  }

  readonly invoke: InvokeFunction = (functionName, event) => {
    const definition = this.definitions.get(functionName);
    if (!definition) return Promise.reject(new FunctionError('ResourceNotFoundException', `Function not found: ${functionName}`, functionName));
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(functionName) ?? [];
      this.queues.set(functionName, queue);
      queue.push({ id: this.nextId++, event, resolve, reject });
      this.dispatch(definition);
    });
  };

  async stop(): Promise<void> {
    for (const [name, queue] of this.queues) {
      for (const call of queue.splice(0)) call.reject(new FunctionError('Shutdown', 'Local cloud is stopping', name));
    }
    for (const [name, pool] of this.pools) {
      for (const worker of [...pool]) this.kill(name, worker, new FunctionError('Shutdown', 'Local cloud is stopping', name));
    }
  }

  private dispatch(definition: FunctionDefinition): void {
    const queue = this.queues.get(definition.name) ?? [];
    const pool = this.pools.get(definition.name) ?? [];
    this.pools.set(definition.name, pool);
    while (queue.length > 0) {
      let worker = pool.find((candidate) => !candidate.current);
      if (!worker && pool.length < (this.options.maxConcurrency ?? 4)) {
        worker = this.spawn(definition);
        pool.push(worker);
      }
      if (!worker) return;
      this.run(definition, worker, queue.shift()!);
    }
  }

  /**
   * As on Lambda, the function's timeout covers the invocation only: a cold start's init phase
   * (loading the handler module) is not counted against it.
   */
  private run(definition: FunctionDefinition, worker: Worker, call: Invocation): void {
    worker.current = { ...call, timer: undefined };
    worker.ready.then(
      () => {
        if (worker.current?.id !== call.id) return;
        worker.current.timer = setTimeout(() => {
          this.kill(definition.name, worker, new FunctionError('TimeoutError', `Task timed out after ${definition.timeoutSeconds}.00 seconds`, definition.name));
        }, definition.timeoutSeconds * 1000);
        worker.child.send({ id: call.id, event: call.event });
      },
      (error: Error) => this.kill(definition.name, worker, error),
    );
  }

  private spawn(definition: FunctionDefinition): Worker {
    // Plain node, as Lambda runs the bundle; source maps so error stacks name the TypeScript sources.
    const child = fork(join(import.meta.dirname, 'lambda-worker.mjs'), [definition.entry, definition.handlerExport], {
      execArgv: ['--enable-source-maps'],
      env: {
        ...definition.environment,
        ...this.options.environment,
        ...this.options.environmentOf?.(definition.name),
        PATH: process.env['PATH'] ?? '',
        AWS_LAMBDA_FUNCTION_NAME: definition.name,
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(definition.memoryMB),
        AWS_LAMBDA_FUNCTION_TIMEOUT: String(definition.timeoutSeconds),
        AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) this.options.log?.(definition.name, line);
    };
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    const ready = new Promise<void>((resolve, reject) => {
      child.once('message', (message: WorkerReady) => (message.ready ? resolve() : reject(new Error('bad worker handshake'))));
      child.once('exit', (code) => reject(new FunctionError('InitError', `${definition.name} failed to start (exit ${code})`, definition.name)));
    });
    ready.catch(() => undefined);
    const worker: Worker = { child, ready };
    child.on('message', (message: WorkerResponse | WorkerReady) => {
      const call = worker.current;
      if ('ready' in message || !call || call.id !== message.id) return;
      clearTimeout(call.timer);
      worker.current = undefined;
      if (message.ok) call.resolve(message.result);
      else call.reject(new FunctionError(message.error.name, message.error.message, definition.name));
      this.dispatch(definition);
    });
    child.on('exit', (code, signal) => {
      this.kill(definition.name, worker, new FunctionError('Runtime.ExitError', `${definition.name} exited (${signal ?? code})`, definition.name));
    });
    return worker;
  }

  private kill(functionName: string, worker: Worker, reason: Error): void {
    const pool = this.pools.get(functionName) ?? [];
    const index = pool.indexOf(worker);
    if (index >= 0) pool.splice(index, 1);
    const call = worker.current;
    worker.current = undefined;
    if (call) {
      clearTimeout(call.timer);
      call.reject(reason);
    }
    if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
    const definition = this.definitions.get(functionName);
    if (definition && (this.queues.get(functionName)?.length ?? 0) > 0) this.dispatch(definition);
  }
}
