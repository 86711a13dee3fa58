import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { CreateJobCommand, GetJobCommand } from '@aws-sdk/client-mediaconvert';
import { createJobInput } from '../../amplify/functions/transcode/job-settings';
import type { JobRecord } from './job-record';
import { makeTestClip, MediaConvertTestKit, testBucket, transcodeTimeoutMs } from './mediaconvert-test-kit';

describe('local MediaConvert across restarts', () => {
  const kit = new MediaConvertTestKit();
  afterEach(() => kit.stop());

  it('should mark a job that was in flight as ERROR and announce it when the service starts again', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'local-mediaconvert-'));
    const job: Partial<JobRecord> = {
      id: '1700000000000-abcdef',
      arn: 'arn:aws:mediaconvert:us-east-1:000000000000:jobs/1700000000000-abcdef',
      status: 'PROGRESSING',
      queue: 'arn:aws:mediaconvert:us-east-1:000000000000:queues/Default',
      userMetadata: { lessonId: 'lesson-9' },
      settings: {},
      timing: { submitTime: 1_700_000_000 },
    };
    await mkdir(join(stateDir, 'jobs'), { recursive: true });
    await writeFile(join(stateDir, 'jobs', `${job.id}.json`), JSON.stringify(job));

    await kit.start(stateDir);
    const event = await kit.eventFor(job.id!, 'ERROR');
    const { Job } = await kit.client.send(new GetJobCommand({ Id: job.id }));
    expect(event.detail.userMetadata).toEqual({ lessonId: 'lesson-9' });
    expect(event.detail.errorMessage).toContain('interrupted');
    expect(Job!.Status).toBe('ERROR');
  }, transcodeTimeoutMs);
});

describe('local MediaConvert with the transcode function’s ladder', () => {
  const kit = new MediaConvertTestKit();
  let clipDir: string;

  beforeAll(async () => {
    clipDir = await mkdtemp(join(tmpdir(), 'mediaconvert-clip-'));
    await makeTestClip(clipDir, 2);
  }, transcodeTimeoutMs);
  afterAll(() => rm(clipDir, { recursive: true, force: true }));
  beforeEach(() => kit.start());
  afterEach(() => kit.stop());

  it('should produce every rung the deployed job settings ask for, with the documented names, whatever the source size', async () => {
    await kit.storage.client.send(new PutObjectCommand({ Bucket: testBucket, Key: 'uploads/lesson-1/take.mp4', Body: await readFile(join(clipDir, 'clip.mp4')) }));
    const source = { width: 1920, height: 1080, durationSeconds: 2 };
    const { Job } = await kit.client.send(
      new CreateJobCommand(createJobInput({ bucket: testBucket, lessonId: 'lesson-1', sourceKey: 'uploads/lesson-1/take.mp4', folder: 'hls/lesson-1/take/', source }, 'arn:aws:iam::000000000000:role/mc')),
    );
    const done = await kit.eventFor(Job!.Id!, 'COMPLETE', 'ERROR');
    const master = await (await kit.storage.client.send(new GetObjectCommand({ Bucket: testBucket, Key: 'hls/lesson-1/take/master.m3u8' }))).Body!.transformToString();
    expect(done.detail.errorMessage).toBeUndefined();
    expect(done.detail.outputGroupDetails![0]!.outputDetails.map((o) => `${o.videoDetails.widthInPx}x${o.videoDetails.heightInPx}`)).toEqual([
      '640x360',
      '960x540',
      '1280x720',
      '1920x1080',
    ]);
    for (const name of ['master_360p.m3u8', 'master_540p.m3u8', 'master_720p.m3u8', 'master_1080p.m3u8']) expect(master).toContain(name);
  }, transcodeTimeoutMs);
});
