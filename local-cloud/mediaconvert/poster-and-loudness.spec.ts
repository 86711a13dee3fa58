import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { CreateJobCommand } from '@aws-sdk/client-mediaconvert';
import { createJobInput } from '../../amplify/functions/transcode/job-settings';
import { ffmpegPath } from './ffmpeg-path';
import { probeMedia } from './ffmpeg-process';
import type { MediaConvertJobStateChange } from './index';
import { integratedLoudness, makeClip, MediaConvertTestKit, testBucket, transcodeTimeoutMs } from './mediaconvert-test-kit';

/** One job with the transcode function's own settings, on a quiet 180p clip: poster, loudness, progress. */
describe('local MediaConvert with the deployed job settings on a quiet, small source', () => {
  const kit = new MediaConvertTestKit();
  const folder = 'hls/lesson-q/quiet/';
  let dir: string;
  let jobId: string;
  let complete: MediaConvertJobStateChange;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mediaconvert-quiet-'));
    // The tone alone measures about -21.8 LUFS; 8.2 dB down is a quiet -30 LUFS source.
    await makeClip(join(dir, 'quiet.mp4'), { seconds: 6, size: '320x180', audioFilter: 'volume=-8.2dB' });
    await kit.start();
    await kit.storage.client.send(new PutObjectCommand({ Bucket: testBucket, Key: 'uploads/lesson-q/quiet.mp4', Body: await readFile(join(dir, 'quiet.mp4')), ContentType: 'video/mp4' }));
    const source = { width: 320, height: 180, durationSeconds: 6 };
    const input = createJobInput({ bucket: testBucket, lessonId: 'lesson-q', sourceKey: 'uploads/lesson-q/quiet.mp4', folder, source }, 'arn:aws:iam::000000000000:role/mc');
    const { Job } = await kit.client.send(new CreateJobCommand(input));
    jobId = Job!.Id!;
    complete = await kit.eventFor(jobId, 'COMPLETE', 'ERROR');
  }, transcodeTimeoutMs);

  afterAll(async () => {
    await kit.stop();
    await rm(dir, { recursive: true, force: true });
  });

  async function download(key: string): Promise<string> {
    const object = await kit.storage.client.send(new GetObjectCommand({ Bucket: testBucket, Key: key }));
    const path = join(dir, key.slice(key.lastIndexOf('/') + 1));
    await writeFile(path, await object.Body!.transformToByteArray());
    return path;
  }

  it('should complete with only the rung the settings carry', () => {
    expect(complete.detail.status).toBe('COMPLETE');
    const hls = complete.detail.outputGroupDetails!.find((group) => group.type === 'HLS_GROUP')!;
    expect(hls.outputDetails.map((output) => output.outputFilePaths[0])).toEqual([`s3://${testBucket}/${folder}master_360p.m3u8`]);
  });

  it('should write the poster frame the FILE_GROUP reports, as a JPEG of the output size, a few seconds in', async () => {
    const files = complete.detail.outputGroupDetails!.find((group) => group.type === 'FILE_GROUP')!.outputDetails[0]!.outputFilePaths;
    // 6 s: captures at 0 s and 2 s; like MediaConvert, the event names the last one.
    expect(files).toEqual([`s3://${testBucket}/${folder}poster.0000001.jpg`]);
    const object = await kit.storage.client.send(new GetObjectCommand({ Bucket: testBucket, Key: `${folder}poster.0000001.jpg` }));
    expect(object.ContentType).toBe('image/jpeg');
    const poster = await download(`${folder}poster.0000001.jpg`);
    const probed = await probeMedia(ffmpegPath(), poster);
    expect([probed.streams[0]?.codec, probed.width, probed.height]).toEqual(['mjpeg', 640, 360]);
  }, transcodeTimeoutMs);

  it('should normalise the quiet source to about -14 LUFS integrated', async () => {
    expect(await integratedLoudness(join(dir, 'quiet.mp4'))).toBeCloseTo(-30, 0);
    const listed = await kit.storage.client.send(new ListObjectsV2Command({ Bucket: testBucket, Prefix: `${folder}master_360p` }));
    for (const object of listed.Contents ?? []) await download(object.Key!);

    const loudness = await integratedLoudness(join(dir, 'master_360p.m3u8'));

    expect(Math.abs(loudness - -14)).toBeLessThanOrEqual(2);
  }, transcodeTimeoutMs);

  it('should put every segment and the poster before any playlist, and the master playlist last', () => {
    const keys = kit.storage.events.flatMap((event) => event.Records.map((record) => decodeURIComponent(record.s3.object.key))).filter((key) => key.startsWith(folder));
    const names = keys.map((key) => key.slice(folder.length));
    const firstPlaylist = names.findIndex((name) => name.endsWith('.m3u8'));
    expect(names.slice(0, firstPlaylist).every((name) => name.endsWith('.ts') || name.endsWith('.jpg'))).toBeTrue();
    expect(names.slice(firstPlaylist)).toEqual(['master_360p.m3u8', 'master.m3u8']);
    expect(names.filter((name) => name.endsWith('.ts')).length).toBeGreaterThan(0);
  });

  it('should report PROGRESSING, then STATUS_UPDATE percentages that only grow, then COMPLETE', () => {
    const events = kit.events.filter((event) => event.detail.jobId === jobId);
    const percents = events.filter((event) => event.detail.status === 'STATUS_UPDATE').map((event) => event.detail.jobProgress!.jobPercentComplete);
    expect(events[0]!.detail.status).toBe('PROGRESSING');
    expect(events[events.length - 1]!.detail.status).toBe('COMPLETE');
    expect(percents.length).toBeGreaterThan(2);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    expect(percents.every((percent) => percent >= 0 && percent <= 100)).toBeTrue();
  });
});
