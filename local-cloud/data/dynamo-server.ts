import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { mkdir } from 'node:fs/promises';
import { listen } from '../http/listen';
import type { RunningService } from '../service';

interface DynaliteOptions {
  path?: string;
  createTableMs?: number;
  deleteTableMs?: number;
  updateTableMs?: number;
}

const require = createRequire(import.meta.url);
const dynalite = require('dynalite') as (options: DynaliteOptions) => Server;

/** DynamoDB on loopback (dynalite), its LevelDB files under `path` so data survives restarts. */
export async function startDynamo(options: { path: string; port: number }): Promise<RunningService> {
  await mkdir(options.path, { recursive: true });
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  return listen(server, options.port, 'DynamoDB (dynalite)');
}
