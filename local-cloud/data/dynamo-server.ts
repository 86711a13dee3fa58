import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { mkdir } from 'node:fs/promises';
import { listen } from '../http/listen';
import type { RunningService } from '../service';
import { DynaliteClient } from './dynalite-client';
import { createDynamoFront } from './dynamo-front';

interface DynaliteOptions {
  path?: string;
  createTableMs?: number;
  deleteTableMs?: number;
  updateTableMs?: number;
}

const require = createRequire(import.meta.url);
const dynalite = require('dynalite') as (options: DynaliteOptions) => Server;

/**
 * DynamoDB on loopback: dynalite on a port of its own, behind a front that adds transactions
 * (`dynamo-front.ts`). Its LevelDB files live under `path` so data survives restarts; without a
 * path it keeps everything in memory (tests).
 */
export async function startDynamo(options: { path?: string; port: number }): Promise<RunningService> {
  if (options.path !== undefined) await mkdir(options.path, { recursive: true });
  const backend = await listen(
    dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }),
    0,
    'DynamoDB (dynalite)',
  );
  const client = new DynaliteClient(backend.url);
  const stopBackend = async (): Promise<void> => {
    client.close();
    await backend.stop();
  };
  try {
    const front = await listen(createDynamoFront(client), options.port, 'DynamoDB');
    return {
      url: front.url,
      stop: async () => {
        await front.stop();
        await stopBackend();
      },
    };
  } catch (error) {
    await stopBackend();
    throw error;
  }
}
