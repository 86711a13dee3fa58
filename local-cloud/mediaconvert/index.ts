/**
 * Local MediaConvert: the CreateJob/GetJob/ListJobs/Probe REST API of 2017-08-29, backed by ffmpeg. Probe
 * reads the input through a presigned URL with `ffmpeg -i`. Jobs read their input from the local S3 and
 * write an HLS ladder (audio through loudnorm when AudioNormalizationSettings correct it) and any frame
 * captures under the jobs' destinations with the names MediaConvert uses, all from one ffmpeg run whose
 * segments are uploaded as they are finished (playlists last), then report through "MediaConvert
 * Job State Change" events shaped like EventBridge's (STATUS_UPDATE every 10 %, more often than AWS's
 * StatusUpdateInterval). Everything comes from the job settings the caller sends, so the one ladder
 * definition stays in the transcode handler. Jobs in flight when the process stops are marked ERROR on
 * the next start.
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { listen } from '../http/listen';
import { ports, region, type RunningService } from '../service';
import { ffmpegBinary } from './ffmpeg-path';
import { jobStateChange, type MediaConvertJobStateChange } from './job-events';
import type { JobRecord } from './job-record';
import { runJob } from './job-runner';
import { JobStore } from './job-store';
import { createMediaConvertApi } from './mediaconvert-api';
import { probeInput } from './probe-input';

export type { MediaConvertJobStateChange, MediaConvertJobStateDetail } from './job-events';

export interface MediaConvertOptions {
  /** Job records and per-job scratch space. */
  stateDir: string;
  /** The local S3 that job inputs are read from and outputs written to. */
  storage: { endpoint: string; credentials: { accessKeyId: string; secretAccessKey: string } };
  /** PROGRESSING, STATUS_UPDATE (with jobProgress), COMPLETE and ERROR, in that order per job. */
  onJobStateChange: (event: MediaConvertJobStateChange) => void;
  log?: (line: string) => void;
  /** Jobs transcoded at once; default 1 (ffmpeg already uses every core). */
  concurrency?: number;
  /** Defaults to ports.mediaConvert; 0 picks a free port (tests). */
  port?: number;
}

export async function startMediaConvert(options: MediaConvertOptions): Promise<RunningService> {
  const log = options.log ?? (() => undefined);
  const store = await JobStore.open(options.stateDir);
  const s3 = new S3Client({ endpoint: options.storage.endpoint, credentials: options.storage.credentials, region, forcePathStyle: true });
  const emit = (event: MediaConvertJobStateChange) => {
    try {
      options.onJobStateChange(event);
    } catch (error) {
      log(`mediaconvert: onJobStateChange threw for job ${event.detail.jobId}: ${String(error)}`);
    }
  };
  const abort = new AbortController();
  const deps = { s3, ffmpeg: ffmpegBinary(), workRoot: join(options.stateDir, 'work'), store, emit, log, signal: abort.signal };

  const waiting: JobRecord[] = [];
  const running = new Set<Promise<void>>();
  let stopped = false;
  const pump = () => {
    while (!stopped && running.size < (options.concurrency ?? 1) && waiting.length > 0) {
      const job = waiting.shift()!;
      const run = runJob(job, deps).finally(() => {
        running.delete(run);
        pump();
      });
      running.add(run);
    }
  };

  const interrupted = store.all().filter((job) => job.status === 'SUBMITTED' || job.status === 'PROGRESSING');
  for (const job of interrupted) {
    Object.assign(job, { status: 'ERROR', errorCode: 1999, errorMessage: 'Job interrupted by a restart of the local MediaConvert; submit it again.', currentPhase: undefined });
    job.timing.finishTime = Math.floor(Date.now() / 1000);
    await store.save(job);
  }

  let url = '';
  const api = createMediaConvertApi({
    store,
    enqueue: (job) => {
      waiting.push(job);
      pump();
    },
    probe: (fileUrl) => probeInput(fileUrl, s3, deps.ffmpeg.path),
    selfUrl: () => url,
    log,
  });
  const service = await listen(createServer(api), options.port ?? ports.mediaConvert, 'mediaconvert');
  url = service.url;
  log(`mediaconvert: listening at ${url} (ffmpeg: ${deps.ffmpeg.path}, state in ${options.stateDir})`);
  // Announced after start so the subscriber (lesson status) learns these jobs will never complete.
  setImmediate(() => interrupted.forEach((job) => emit(jobStateChange(job, { status: 'ERROR', errorCode: job.errorCode, errorMessage: job.errorMessage }))));

  return {
    url,
    stop: async () => {
      stopped = true;
      waiting.length = 0;
      abort.abort();
      await service.stop();
      await Promise.allSettled(running);
      s3.destroy();
    },
  };
}
