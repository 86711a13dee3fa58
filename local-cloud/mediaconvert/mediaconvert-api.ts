import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { localAccountId, region } from '../service';
import { ApiError } from './api-error';
import type { JobRecord } from './job-record';
import { planFromSettings, UnsupportedSettingsError, type WireJobSettings } from './job-settings';
import type { JobStore } from './job-store';
import type { WireProbeResult } from './probe-input';

export const defaultQueueArn = `arn:aws:mediaconvert:${region}:${localAccountId}:queues/Default`;


interface CreateJobBody {
  role?: string;
  settings?: WireJobSettings;
  userMetadata?: Record<string, string>;
  clientRequestToken?: string;
  queue?: string;
  priority?: number;
  statusUpdateInterval?: string;
}

/** Job ids look like MediaConvert's: epoch milliseconds, a dash, six base-36 characters. */
function newJobId(): string {
  const suffix = [...randomBytes(6)].map((byte) => (byte % 36).toString(36)).join('');
  return `${Date.now()}-${suffix}`;
}

interface ProbeBody {
  inputFiles?: { fileUrl?: string }[];
}

export interface MediaConvertApiDeps {
  readonly store: JobStore;
  readonly enqueue: (job: JobRecord) => void;
  readonly probe: (fileUrl: string | undefined) => Promise<WireProbeResult>;
  readonly selfUrl: () => string;
  readonly log: (line: string) => void;
}

/** REST routes of the 2017-08-29 API that the SDK calls: CreateJob, GetJob, ListJobs, Probe, DescribeEndpoints. */
export function createMediaConvertApi({ store, enqueue, probe, selfUrl, log }: MediaConvertApiDeps) {
  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local');
    const method = req.method ?? 'GET';
    if (method === 'POST' && url.pathname === '/2017-08-29/jobs') return createJob(await readJson<CreateJobBody>(req), res);
    if (method === 'GET' && url.pathname === '/2017-08-29/jobs') return listJobs(url.searchParams, res);
    const jobMatch = /^\/2017-08-29\/jobs\/([^/]+)$/.exec(url.pathname);
    if (method === 'GET' && jobMatch) {
      const job = store.get(decodeURIComponent(jobMatch[1]!));
      if (!job) throw new ApiError(404, 'NotFoundException', `The job ${jobMatch[1]} could not be found.`);
      return send(res, 200, { job });
    }
    if (method === 'POST' && url.pathname === '/2017-08-29/probe') return probeFiles(await readJson<ProbeBody>(req), res);
    if (method === 'POST' && url.pathname === '/2017-08-29/endpoints') return send(res, 200, { endpoints: [{ url: selfUrl() }] });
    throw new ApiError(404, 'NotFoundException', `The local MediaConvert does not implement ${method} ${url.pathname}.`);
  }

  async function createJob(body: CreateJobBody, res: ServerResponse): Promise<void> {
    if (body.clientRequestToken) {
      const existing = store.byClientRequestToken(body.clientRequestToken);
      if (existing) return send(res, 201, { job: existing });
    }
    if (!body.role) throw new ApiError(400, 'BadRequestException', '/role: Required but missing');
    try {
      planFromSettings(body.settings);
    } catch (error) {
      if (error instanceof UnsupportedSettingsError) throw new ApiError(400, 'BadRequestException', error.message);
      throw error;
    }
    const id = newJobId();
    const now = Math.floor(Date.now() / 1000);
    const job: JobRecord = {
      id,
      arn: `arn:aws:mediaconvert:${region}:${localAccountId}:jobs/${id}`,
      createdAt: now,
      status: 'SUBMITTED',
      role: body.role,
      queue: body.queue ?? defaultQueueArn,
      settings: body.settings!,
      userMetadata: body.userMetadata ?? {},
      clientRequestToken: body.clientRequestToken,
      timing: { submitTime: now },
      accelerationStatus: 'NOT_APPLICABLE',
      priority: body.priority ?? 0,
      retryCount: 0,
      statusUpdateInterval: body.statusUpdateInterval ?? 'SECONDS_60',
    };
    await store.save(job);
    log(`mediaconvert: job ${id} submitted for ${body.settings?.inputs?.[0]?.fileInput}`);
    send(res, 201, { job });
    enqueue(job);
  }

  async function probeFiles(body: ProbeBody, res: ServerResponse): Promise<void> {
    const files = body.inputFiles ?? [];
    if (files.length === 0) throw new ApiError(400, 'BadRequestException', '/inputFiles: Required but missing');
    const probeResults = await Promise.all(files.map((file) => probe(file.fileUrl)));
    send(res, 200, { probeResults });
  }

  function listJobs(params: URLSearchParams, res: ServerResponse): void {
    const status = params.get('status');
    const maxResults = Math.min(Number(params.get('maxResults') ?? 20) || 20, 20);
    const offset = Number(params.get('nextToken') ?? 0) || 0;
    let jobs = store.all().filter((job) => !status || job.status === status);
    if (params.get('order') === 'ASCENDING') jobs = jobs.reverse();
    const page = jobs.slice(offset, offset + maxResults);
    send(res, 200, { jobs: page, nextToken: offset + maxResults < jobs.length ? String(offset + maxResults) : undefined });
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    route(req, res).catch((error: unknown) => {
      const apiError = error instanceof ApiError ? error : new ApiError(500, 'InternalServerErrorException', (error as Error).message);
      if (!(error instanceof ApiError)) log(`mediaconvert: ${req.method} ${req.url} failed: ${(error as Error).stack}`);
      send(res, apiError.status, { message: apiError.message }, { 'x-amzn-ErrorType': apiError.type });
    });
  };
}

async function readJson<T>(req: IncomingMessage): Promise<T> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as T;
  } catch {
    throw new ApiError(400, 'BadRequestException', 'The request body is not valid JSON.');
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(json), 'x-amzn-RequestId': randomBytes(16).toString('hex'), ...headers });
  res.end(json);
}
