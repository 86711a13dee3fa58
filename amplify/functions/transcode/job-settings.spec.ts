import type { OutputGroup } from '@aws-sdk/client-mediaconvert';
import { createJobInput, type TranscodeJob } from './job-settings';
import { jobFolder, isJobFolderOf } from './job-folder';
import { posterOffsetSeconds } from './poster-frame';

const job = (height: number, durationSeconds?: number): TranscodeJob => ({
  bucket: 'media-bucket',
  lessonId: 'lesson-1',
  sourceKey: 'uploads/lesson-1/0b6c.mp4',
  folder: 'hls/lesson-1/0b6c/',
  source: { width: Math.round((height * 16) / 9), height, durationSeconds },
});
const groupOfType = (groups: OutputGroup[] | undefined, type: string) => groups?.find((group) => group.OutputGroupSettings?.Type === type);

describe('job settings', () => {
  it('should carry only the rungs the probed height allows when the source is small', () => {
    const hls = groupOfType(createJobInput(job(180), 'role').Settings?.OutputGroups, 'HLS_GROUP_SETTINGS');
    expect(hls?.Outputs?.map((output) => output.NameModifier)).toEqual(['_360p']);
  });

  it('should carry every rung up to the source height when the source is 720p', () => {
    const hls = groupOfType(createJobInput(job(720), 'role').Settings?.OutputGroups, 'HLS_GROUP_SETTINGS');
    expect(hls?.Outputs?.map((output) => output.NameModifier)).toEqual(['_360p', '_540p', '_720p']);
  });

  it('should read the source from its uploads/ key', () => {
    expect(createJobInput(job(720), 'role').Settings?.Inputs?.[0]?.FileInput).toBe('s3://media-bucket/uploads/lesson-1/0b6c.mp4');
  });

  it('should capture one poster JPEG into the job folder at the size of the top rung', () => {
    const poster = groupOfType(createJobInput(job(720, 60), 'role').Settings?.OutputGroups, 'FILE_GROUP_SETTINGS');
    expect(poster?.OutputGroupSettings?.FileGroupSettings?.Destination).toBe('s3://media-bucket/hls/lesson-1/0b6c/poster');
    const output = poster?.Outputs?.[0];
    expect(output?.ContainerSettings?.Container).toBe('RAW');
    expect(output?.VideoDescription?.CodecSettings?.Codec).toBe('FRAME_CAPTURE');
    expect(output?.VideoDescription?.CodecSettings?.FrameCaptureSettings).toEqual(
      jasmine.objectContaining({ FramerateNumerator: 1, FramerateDenominator: 5, MaxCaptures: 2 }),
    );
    expect([output?.VideoDescription?.Width, output?.VideoDescription?.Height]).toEqual([1280, 720]);
  });

  it('should take the poster a third of the way in, between 1 and 5 seconds', () => {
    expect(posterOffsetSeconds(3)).toBe(1);
    expect(posterOffsetSeconds(9)).toBe(3);
    expect(posterOffsetSeconds(600)).toBe(5);
    expect(posterOffsetSeconds(undefined)).toBe(1);
  });

  it('should ask for status updates every 10 seconds and tag the job with its lesson, source and folder', () => {
    const input = createJobInput(job(720), 'arn:aws:iam::1:role/mc');
    expect(input.Role).toBe('arn:aws:iam::1:role/mc');
    expect(input.StatusUpdateInterval).toBe('SECONDS_10');
    expect(input.UserMetadata).toEqual({ pipeline: 'lesson-video', lessonId: 'lesson-1', sourceKey: 'uploads/lesson-1/0b6c.mp4', hlsPrefix: 'hls/lesson-1/0b6c/' });
  });
});

describe('job folder', () => {
  it('should name the folder after the source file so each upload gets its own', () => {
    expect(jobFolder('lesson-1', 'uploads/lesson-1/0b6c-41d2.mp4')).toBe('hls/lesson-1/0b6c-41d2/');
    expect(jobFolder('lesson-1', 'uploads/lesson-1/take 1 (final).mov')).toBe('hls/lesson-1/take-1-final/');
  });

  it('should accept only folders of the same lesson', () => {
    expect(isJobFolderOf('lesson-1', 'hls/lesson-1/0b6c/')).toBeTrue();
    expect(isJobFolderOf('lesson-1', 'hls/lesson-2/0b6c/')).toBeFalse();
    expect(isJobFolderOf('lesson-1', 'hls/lesson-1/../x/')).toBeFalse();
    expect(isJobFolderOf('lesson-1', 'hls/lesson-1/')).toBeFalse();
  });
});
