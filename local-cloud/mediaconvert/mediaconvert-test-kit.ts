import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MediaConvertClient, type CreateJobCommandInput } from '@aws-sdk/client-mediaconvert';
import { StorageTestKit, testBucket, testCredentials } from '../storage/storage-test-kit';
import type { RunningService } from '../service';
import { ffmpegPath } from './ffmpeg-path';
import { startMediaConvert, type MediaConvertJobStateChange } from './index';

/** A local S3 and a local MediaConvert on free ports over temp dirs, with real SDK clients. */
export class MediaConvertTestKit {
  readonly storage = new StorageTestKit();
  readonly events: MediaConvertJobStateChange[] = [];
  service!: RunningService;
  client!: MediaConvertClient;
  stateDir!: string;
  private readonly waiters: (() => void)[] = [];

  async start(stateDir?: string): Promise<void> {
    if (!this.storage.stateDir || !stateDir) await this.storage.start();
    this.stateDir = stateDir ?? (await mkdtemp(join(tmpdir(), 'local-mediaconvert-')));
    this.events.length = 0;
    this.service = await startMediaConvert({
      stateDir: this.stateDir,
      storage: { endpoint: this.storage.service.url, credentials: testCredentials },
      port: 0,
      onJobStateChange: (event) => {
        this.events.push(event);
        this.waiters.splice(0).forEach((wake) => wake());
      },
    });
    this.client = new MediaConvertClient({ endpoint: this.service.url, region: 'us-east-1', credentials: testCredentials });
  }

  /** Resolves with the first event for the job whose status is one of `statuses`. */
  async eventFor(jobId: string, ...statuses: string[]): Promise<MediaConvertJobStateChange> {
    for (;;) {
      const found = this.events.find((event) => event.detail.jobId === jobId && statuses.includes(event.detail.status));
      if (found) return found;
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  async stop(): Promise<void> {
    this.client.destroy();
    await this.service.stop();
    await this.storage.stop();
    await rm(this.stateDir, { recursive: true, force: true });
  }
}

/** A 640x360 test pattern with a sine tone, `seconds` long, H.264 + AAC in MP4. */
export function makeTestClip(dir: string, seconds: number): Promise<string> {
  return makeClip(join(dir, 'clip.mp4'), { seconds });
}

/** A test pattern of `size` with a 440 Hz tone through `audioFilter` (e.g. a volume), H.264 + AAC in MP4. */
export async function makeClip(path: string, options: { seconds: number; size?: string; audioFilter?: string }): Promise<string> {
  const tone = `sine=frequency=440:sample_rate=48000${options.audioFilter ? `,${options.audioFilter}` : ''}`;
  await promisify(execFile)(ffmpegPath(), [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `testsrc=size=${options.size ?? '640x360'}:rate=30`,
    '-f', 'lavfi', '-i', tone,
    '-t', String(options.seconds), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-ac', '2', '-shortest', path,
  ]);
  return path;
}

/** Integrated loudness (LUFS) of a file's or playlist's audio, measured with ffmpeg's ebur128 filter. */
export async function integratedLoudness(input: string): Promise<number> {
  const { stderr } = await promisify(execFile)(ffmpegPath(), ['-hide_banner', '-nostats', '-i', input, '-map', '0:a:0', '-af', 'ebur128', '-f', 'null', '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const summary = stderr.slice(stderr.lastIndexOf('Integrated loudness:'));
  const match = /I:\s+(-?[\d.]+) LUFS/.exec(summary);
  if (!match) throw new Error(`No integrated loudness in ffmpeg's output: ${summary.slice(0, 300)}`);
  return Number(match[1]);
}

/** Job settings shaped like the transcode handler's: one HLS group, one output per rung. */
export function hlsJob(input: string, destination: string, rungs: { modifier: string; width: number; height: number; maxBitrate: number }[]): CreateJobCommandInput {
  return {
    Role: 'arn:aws:iam::000000000000:role/MediaConvertRole',
    UserMetadata: { lessonId: 'lesson-1' },
    Settings: {
      TimecodeConfig: { Source: 'ZEROBASED' },
      Inputs: [{ FileInput: input, AudioSelectors: { 'Audio Selector 1': { DefaultSelection: 'DEFAULT' } }, VideoSelector: {}, TimecodeSource: 'ZEROBASED' }],
      OutputGroups: [
        {
          Name: 'Apple HLS',
          OutputGroupSettings: { Type: 'HLS_GROUP_SETTINGS', HlsGroupSettings: { Destination: destination, SegmentLength: 2, MinSegmentLength: 0 } },
          Outputs: rungs.map((rung) => ({
            NameModifier: rung.modifier,
            ContainerSettings: { Container: 'M3U8', M3u8Settings: {} },
            VideoDescription: {
              Width: rung.width,
              Height: rung.height,
              CodecSettings: {
                Codec: 'H_264',
                H264Settings: { RateControlMode: 'QVBR', MaxBitrate: rung.maxBitrate, QvbrSettings: { QvbrQualityLevel: 7 }, GopSize: 2, GopSizeUnits: 'SECONDS', SceneChangeDetect: 'TRANSITION_DETECTION' },
              },
            },
            AudioDescriptions: [{ CodecSettings: { Codec: 'AAC', AacSettings: { Bitrate: 96000, CodingMode: 'CODING_MODE_2_0', SampleRate: 48000 } } }],
          })),
        },
      ],
    },
  };
}

export { testBucket };

/** Real transcodes on two busy cores: a budget for jasmine, not an assertion about speed. */
export const transcodeTimeoutMs = 120_000;
