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

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface Worker {
  child: ChildProcess;
  ready: Promise<void>;
  pending: Map<number, Pending>;
}

export interface FunctionRunnerOptions {
  functions: FunctionDefinition[];
  /** Environment every function gets (endpoints, credentials, table names, secrets). */
  environment: Record<string, string>;
  tsconfig: string;
  log?: (functionName: string, line: string) => void;
}

/**
 * Runs each handler in its own child process with its own environment, like one warm Lambda
 * execution environment per function. A worker that exceeds its timeout or crashes is killed and
 * the next invocation cold-starts a new one.
 */
export class FunctionRunner {
  private readonly workers = new Map<string, Worker>();
  private readonly definitions: Map<string, FunctionDefinition>;
  private nextId = 1;

  constructor(private readonly options: FunctionRunnerOptions) {
    this.definitions = new Map(options.functions.map((fn) => [fn.name, fn]));
  }

  readonly invoke: InvokeFunction = async (functionName, event) => {
    const definition = this.definitions.get(functionName);
    if (!definition) throw new FunctionError('ResourceNotFoundException', `Function not found: ${functionName}`, functionName);
    const worker = this.workerFor(definition);
    await worker.ready;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.kill(functionName, new FunctionError('TimeoutError', `Task timed out after ${definition.timeoutSeconds}.00 seconds`, functionName));
      }, definition.timeoutSeconds * 1000);
      worker.pending.set(id, { resolve, reject, timer });
      worker.child.send({ id, event });
    });
  };

  async stop(): Promise<void> {
    for (const name of [...this.workers.keys()]) this.kill(name, new FunctionError('Shutdown', 'Local cloud is stopping', name));
  }

  private workerFor(definition: FunctionDefinition): Worker {
    const existing = this.workers.get(definition.name);
    if (existing) return existing;
    const child = fork(join(import.meta.dirname, 'lambda-worker.ts'), [definition.entry], {
      execArgv: ['--import', 'tsx'],
      env: {
        ...this.options.environment,
        PATH: process.env['PATH'] ?? '',
        TSX_TSCONFIG_PATH: this.options.tsconfig,
        AWS_LAMBDA_FUNCTION_NAME: definition.name,
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(definition.memoryMB),
        AWS_LAMBDA_FUNCTION_TIMEOUT: String(definition.timeoutSeconds),
        AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const pending = new Map<number, Pending>();
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
    child.on('message', (message: WorkerResponse | WorkerReady) => {
      if ('ready' in message) return;
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      clearTimeout(call.timer);
      if (message.ok) call.resolve(message.result);
      else call.reject(new FunctionError(message.error.name, message.error.message, definition.name));
    });
    child.on('exit', (code, signal) => {
      if (this.workers.get(definition.name)?.child === child) this.workers.delete(definition.name);
      const error = new FunctionError('Runtime.ExitError', `${definition.name} exited (${signal ?? code})`, definition.name);
      for (const call of pending.values()) {
        clearTimeout(call.timer);
        call.reject(error);
      }
      pending.clear();
    });
    const worker = { child, ready, pending };
    this.workers.set(definition.name, worker);
    return worker;
  }

  private kill(functionName: string, reason: Error): void {
    const worker = this.workers.get(functionName);
    if (!worker) return;
    this.workers.delete(functionName);
    for (const call of worker.pending.values()) {
      clearTimeout(call.timer);
      call.reject(reason);
    }
    worker.pending.clear();
    worker.child.kill('SIGKILL');
  }
}
