import './testing/quiet-logs';
import { markFailed, markProcessing, markReady, markUploaded } from './lesson-video';
import { localDataApiTimeoutMs, useLocalDataApi } from './testing/local-data-api';

describe('lesson video status through AppSync (IAM)', () => {
  const tables = useLocalDataApi('transcode-complete');
  const lesson = (id: string, extra: Record<string, unknown> = {}) => ({
    __typename: 'Lesson', id, courseId: 'c-1', position: 1, title: 't', status: 'DRAFT', freePreview: false, videoStatus: 'NONE',
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...extra,
  });
  const read = (id: string) => tables.get('LESSON_TABLE', { id });

  it('should take the new source and clear the last failure when a video is uploaded', async () => {
    await tables.put('LESSON_TABLE', lesson('l-up', { videoStatus: 'FAILED', videoFailureReason: 'old', sourceKey: 'uploads/l-up/old.mp4', hlsPrefix: 'hls/l-up/a/' }));

    expect(await markUploaded('l-up', 'uploads/l-up/new.mp4')).toBeTrue();

    const row = await read('l-up');
    expect(row).toEqual(jasmine.objectContaining({ videoStatus: 'UPLOADED', sourceKey: 'uploads/l-up/new.mp4', hlsPrefix: 'hls/l-up/a/' }));
    expect(row?.['videoFailureReason']).toBeUndefined();
  }, localDataApiTimeoutMs);

  it('should not move a lesson back to UPLOADED when the transcoder already took that source', async () => {
    await tables.put('LESSON_TABLE', lesson('l-taken', { videoStatus: 'PROCESSING', sourceKey: 'uploads/l-taken/a.mp4' }));

    expect(await markUploaded('l-taken', 'uploads/l-taken/a.mp4')).toBeFalse();

    expect((await read('l-taken'))?.['videoStatus']).toBe('PROCESSING');
  });

  it('should record progress and then READY with the ladder, duration and poster for the current source', async () => {
    await tables.put('LESSON_TABLE', lesson('l-ok', { videoStatus: 'UPLOADED', sourceKey: 'uploads/l-ok/a.mp4' }));

    expect(await markProcessing('l-ok', 'uploads/l-ok/a.mp4', 42.4)).toBeTrue();
    expect((await read('l-ok'))?.['videoProgressPercent']).toBe(42);
    expect(await markReady('l-ok', 'uploads/l-ok/a.mp4', { hlsPrefix: 'hls/l-ok/j1/', durationSeconds: 61.4, posterKey: 'hls/l-ok/j1/poster.jpg' })).toBeTrue();

    const row = await read('l-ok');
    expect(row).toEqual(
      jasmine.objectContaining({ videoStatus: 'READY', hlsPrefix: 'hls/l-ok/j1/', durationSeconds: 61, posterKey: 'hls/l-ok/j1/poster.jpg' }),
    );
    expect(row?.['videoProgressPercent']).toBeUndefined();
  });

  it('should change nothing when a job reports on a source that has been replaced', async () => {
    await tables.put('LESSON_TABLE', lesson('l-stale', { videoStatus: 'UPLOADED', sourceKey: 'uploads/l-stale/new.mp4', hlsPrefix: 'hls/l-stale/old/' }));

    expect(await markProcessing('l-stale', 'uploads/l-stale/old.mp4', 50)).toBeFalse();
    expect(await markReady('l-stale', 'uploads/l-stale/old.mp4', { hlsPrefix: 'hls/l-stale/other/' })).toBeFalse();
    expect(await markFailed('l-stale', 'uploads/l-stale/old.mp4', 'nope')).toBeFalse();

    expect(await read('l-stale')).toEqual(jasmine.objectContaining({ videoStatus: 'UPLOADED', hlsPrefix: 'hls/l-stale/old/' }));
  });

  it('should not move a READY lesson back when a late progress report arrives', async () => {
    await tables.put('LESSON_TABLE', lesson('l-late', { videoStatus: 'READY', sourceKey: 'uploads/l-late/a.mp4', hlsPrefix: 'hls/l-late/j/' }));

    expect(await markProcessing('l-late', 'uploads/l-late/a.mp4', 90)).toBeFalse();

    expect((await read('l-late'))?.['videoStatus']).toBe('READY');
  });

  it('should mark the current source FAILED with the reason for a person', async () => {
    await tables.put('LESSON_TABLE', lesson('l-bad', { videoStatus: 'PROCESSING', sourceKey: 'uploads/l-bad/a.mp4', videoProgressPercent: 10 }));

    expect(await markFailed('l-bad', 'uploads/l-bad/a.mp4', 'This file is not a video we can read.')).toBeTrue();

    const row = await read('l-bad');
    expect(row).toEqual(jasmine.objectContaining({ videoStatus: 'FAILED', videoFailureReason: 'This file is not a video we can read.' }));
    expect(row?.['videoProgressPercent']).toBeUndefined();
  });

  it('should never create a lesson that does not exist', async () => {
    expect(await markUploaded('l-gone', 'uploads/l-gone/a.mp4')).toBeFalse();

    expect(await read('l-gone')).toBeUndefined();
  });
});

describe('lesson video status from a function without the data grant', () => {
  useLocalDataApi('catalog');

  it('should be refused by the IAM check and change nothing when the function has no appsync:GraphQL grant', async () => {
    await expectAsync(markUploaded('l-any', 'uploads/l-any/a.mp4')).toBeRejectedWithError(/Unauthorized|Not Authorized/);
  }, localDataApiTimeoutMs);
});
