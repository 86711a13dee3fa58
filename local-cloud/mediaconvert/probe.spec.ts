import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { ProbeCommand } from '@aws-sdk/client-mediaconvert';
import { ffmpegPath } from './ffmpeg-path';
import { makeClip, MediaConvertTestKit, testBucket, transcodeTimeoutMs } from './mediaconvert-test-kit';

describe('local MediaConvert Probe', () => {
  const kit = new MediaConvertTestKit();
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mediaconvert-probe-'));
    await makeClip(join(dir, 'small.mp4'), { seconds: 3, size: '320x180' });
    await promisify(execFile)(ffmpegPath(), ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000', '-t', '2', join(dir, 'tone.mp3')]);
    await kit.start();
  }, transcodeTimeoutMs);
  afterAll(async () => {
    await kit.stop();
    await rm(dir, { recursive: true, force: true });
  });

  async function upload(key: string, body: Buffer, contentType = 'video/mp4'): Promise<string> {
    await kit.storage.client.send(new PutObjectCommand({ Bucket: testBucket, Key: key, Body: body, ContentType: contentType }));
    return `s3://${testBucket}/${key}`;
  }

  it('should report the container, the video size and the duration the way AWS shapes them when the input is a video', async () => {
    const fileUrl = await upload('uploads/l-1/small.mp4', await readFile(join(dir, 'small.mp4')));

    const { ProbeResults } = await kit.client.send(new ProbeCommand({ InputFiles: [{ FileUrl: fileUrl }] }));

    const result = ProbeResults?.[0];
    expect(result?.Container?.Format).toBe('mp4');
    expect(result?.Container?.Duration).toBeCloseTo(3, 1);
    const video = result?.Container?.Tracks?.find((track) => track.TrackType === 'video');
    expect(video?.Codec).toBe('AVC');
    expect([video?.VideoProperties?.Width, video?.VideoProperties?.Height]).toEqual([320, 180]);
    const audio = result?.Container?.Tracks?.find((track) => track.TrackType === 'audio');
    expect(audio?.Codec).toBe('AAC');
    expect(audio?.AudioProperties?.SampleRate).toBe(48_000);
    expect(result?.TrackMappings?.[0]?.VideoTrackIndexes).toEqual([video!.Index!]);
    expect(result?.Metadata?.MimeType).toBe('video/mp4');
  }, transcodeTimeoutMs);

  it('should answer UnprocessableEntityException when the input is a text file named .mp4', async () => {
    const fileUrl = await upload('uploads/l-2/notes.mp4', Buffer.from('these are my lesson notes, not a video\n'.repeat(50)));

    await expectAsync(kit.client.send(new ProbeCommand({ InputFiles: [{ FileUrl: fileUrl }] }))).toBeRejectedWith(
      jasmine.objectContaining({ name: 'UnprocessableEntityException', $metadata: jasmine.objectContaining({ httpStatusCode: 422 }) }),
    );
  }, transcodeTimeoutMs);

  it('should report audio tracks only when the input has no picture', async () => {
    const fileUrl = await upload('uploads/l-3/tone.mp3', await readFile(join(dir, 'tone.mp3')), 'audio/mpeg');

    const { ProbeResults } = await kit.client.send(new ProbeCommand({ InputFiles: [{ FileUrl: fileUrl }] }));

    expect(ProbeResults?.[0]?.Container?.Format).toBe('mp3');
    expect(ProbeResults?.[0]?.Container?.Tracks?.map((track) => track.TrackType)).toEqual(['audio']);
  }, transcodeTimeoutMs);

  it('should answer NotFoundException when the input object does not exist', async () => {
    await expectAsync(kit.client.send(new ProbeCommand({ InputFiles: [{ FileUrl: `s3://${testBucket}/uploads/missing.mp4` }] }))).toBeRejectedWith(
      jasmine.objectContaining({ name: 'NotFoundException' }),
    );
  });
});
