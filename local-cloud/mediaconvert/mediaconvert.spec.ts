import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { CreateJobCommand, GetJobCommand } from '@aws-sdk/client-mediaconvert';
import { hlsJob, makeTestClip, MediaConvertTestKit, testBucket, transcodeTimeoutMs } from './mediaconvert-test-kit';

describe('local MediaConvert', () => {
  const kit = new MediaConvertTestKit();
  let clipDir: string;
  const ladder = [
    { modifier: '_360p', width: 640, height: 360, maxBitrate: 1_000_000 },
    { modifier: '_180p', width: 320, height: 180, maxBitrate: 400_000 },
  ];

  beforeAll(async () => {
    clipDir = await mkdtemp(join(tmpdir(), 'mediaconvert-clip-'));
    await makeTestClip(clipDir, 4);
  }, transcodeTimeoutMs);
  afterAll(() => rm(clipDir, { recursive: true, force: true }));
  beforeEach(() => kit.start());
  afterEach(() => kit.stop());

  async function upload(key: string, body: Buffer): Promise<void> {
    await kit.storage.client.send(new PutObjectCommand({ Bucket: testBucket, Key: key, Body: body, ContentType: 'video/mp4' }));
  }

  async function readText(key: string): Promise<string> {
    const object = await kit.storage.client.send(new GetObjectCommand({ Bucket: testBucket, Key: key }));
    return object.Body!.transformToString();
  }

  it('should write an HLS ladder under the destination and report COMPLETE when the input is a video', async () => {
    await upload('uploads/lesson-1/source.mp4', await readFile(join(clipDir, 'clip.mp4')));
    const { Job } = await kit.client.send(new CreateJobCommand(hlsJob(`s3://${testBucket}/uploads/lesson-1/source.mp4`, `s3://${testBucket}/hls/lesson-1/master`, ladder)));
    expect(Job!.Status).toBe('SUBMITTED');

    const complete = await kit.eventFor(Job!.Id!, 'COMPLETE', 'ERROR');
    expect(complete.detail.errorMessage).toBeUndefined();
    expect(complete.source).toBe('aws.mediaconvert');
    expect(complete['detail-type']).toBe('MediaConvert Job State Change');
    expect(complete.detail.userMetadata).toEqual({ lessonId: 'lesson-1' });
    const group = complete.detail.outputGroupDetails![0]!;
    expect(group.playlistFilePaths).toEqual([`s3://${testBucket}/hls/lesson-1/master.m3u8`]);
    expect(group.outputDetails.map((o) => [o.outputFilePaths[0], o.videoDetails.widthInPx, o.videoDetails.heightInPx])).toEqual([
      [`s3://${testBucket}/hls/lesson-1/master_360p.m3u8`, 640, 360],
      [`s3://${testBucket}/hls/lesson-1/master_180p.m3u8`, 320, 180],
    ]);
    for (const output of group.outputDetails) expect(Math.abs(output.durationInMs - 4000)).toBeLessThanOrEqual(100);

    const master = await readText('hls/lesson-1/master.m3u8');
    expect(master).toMatch(/#EXT-X-STREAM-INF:.*BANDWIDTH=\d+.*RESOLUTION=640x360.*\nmaster_360p\.m3u8/);
    expect(master).toMatch(/#EXT-X-STREAM-INF:.*BANDWIDTH=\d+.*RESOLUTION=320x180.*\nmaster_180p\.m3u8/);
    const variant = await readText('hls/lesson-1/master_360p.m3u8');
    expect(variant).toContain('master_360p_00001.ts');
    expect(variant).toContain('#EXT-X-ENDLIST');

    const listed = await kit.storage.client.send(new ListObjectsV2Command({ Bucket: testBucket, Prefix: 'hls/lesson-1/' }));
    const keys = (listed.Contents ?? []).map((object) => object.Key);
    expect(keys).toContain('hls/lesson-1/master_360p_00001.ts');
    expect(keys).toContain('hls/lesson-1/master_180p_00002.ts');
    const segment = await kit.storage.client.send(new GetObjectCommand({ Bucket: testBucket, Key: 'hls/lesson-1/master_180p_00001.ts' }));
    expect(segment.ContentType).toBe('video/mp2t');
  }, transcodeTimeoutMs);

  it('should emit PROGRESSING before COMPLETE and show the finished job in GetJob', async () => {
    await upload('uploads/lesson-2/source.mp4', await readFile(join(clipDir, 'clip.mp4')));
    const { Job } = await kit.client.send(new CreateJobCommand(hlsJob(`s3://${testBucket}/uploads/lesson-2/source.mp4`, `s3://${testBucket}/hls/lesson-2/master`, ladder)));
    await kit.eventFor(Job!.Id!, 'COMPLETE', 'ERROR');
    const statuses = kit.events.filter((event) => event.detail.jobId === Job!.Id).map((event) => event.detail.status);
    const { Job: finished } = await kit.client.send(new GetJobCommand({ Id: Job!.Id }));
    expect(statuses[0]).toBe('PROGRESSING');
    expect(statuses[statuses.length - 1]).toBe('COMPLETE');
    expect(finished!.Status).toBe('COMPLETE');
    expect(finished!.JobPercentComplete).toBe(100);
  }, transcodeTimeoutMs);

  it('should report ERROR with a readable message when the input is not a video', async () => {
    await upload('uploads/lesson-3/garbage.mp4', Buffer.from('this is not a video file at all'.repeat(100)));
    const { Job } = await kit.client.send(new CreateJobCommand(hlsJob(`s3://${testBucket}/uploads/lesson-3/garbage.mp4`, `s3://${testBucket}/hls/lesson-3/master`, ladder)));
    const failed = await kit.eventFor(Job!.Id!, 'COMPLETE', 'ERROR');
    expect(failed.detail.status).toBe('ERROR');
    expect(failed.detail.errorCode).toBe(1010);
    expect(failed.detail.errorMessage).toContain(`Unable to open input file [s3://${testBucket}/uploads/lesson-3/garbage.mp4]`);
  }, transcodeTimeoutMs);

  it('should report ERROR when the input object does not exist', async () => {
    const { Job } = await kit.client.send(new CreateJobCommand(hlsJob(`s3://${testBucket}/uploads/missing.mp4`, `s3://${testBucket}/hls/missing/master`, ladder)));
    const failed = await kit.eventFor(Job!.Id!, 'COMPLETE', 'ERROR');
    expect(failed.detail.status).toBe('ERROR');
    expect(failed.detail.errorMessage).toContain('NoSuchKey');
  }, transcodeTimeoutMs);

  it('should refuse CreateJob with BadRequestException when the output group is not HLS', async () => {
    const input = hlsJob(`s3://${testBucket}/uploads/x.mp4`, `s3://${testBucket}/hls/x/master`, ladder);
    input.Settings!.OutputGroups![0]!.OutputGroupSettings = { Type: 'FILE_GROUP_SETTINGS', FileGroupSettings: { Destination: `s3://${testBucket}/mp4/x` } };
    await expectAsync(kit.client.send(new CreateJobCommand(input))).toBeRejectedWith(jasmine.objectContaining({ name: 'BadRequestException' }));
  });
});
