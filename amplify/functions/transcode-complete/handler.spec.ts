import '../shared/testing/quiet-logs';
import type { EventBridgeEvent } from 'aws-lambda';
import { useLocalDataApi } from '../shared/testing/local-data-api';
import { handler } from './handler';

function jobEvent(detail: Record<string, unknown>): EventBridgeEvent<'MediaConvert Job State Change', unknown> {
  return {
    id: 'evt-1', version: '0', account: '000000000000', time: '2026-11-24T00:00:00Z', region: 'us-east-1', resources: [],
    source: 'aws.mediaconvert', 'detail-type': 'MediaConvert Job State Change', detail,
  };
}

const complete = (lessonId: string, sourceKey = `uploads/${lessonId}/current.mp4`) =>
  jobEvent({
    status: 'COMPLETE', jobId: 'job-1', userMetadata: { lessonId, sourceKey },
    outputGroupDetails: [{ type: 'HLS_GROUP', outputDetails: [{ durationInMs: 61_400, outputFilePaths: [] }] }],
  });

describe('transcode-complete handler', () => {
  const tables = useLocalDataApi('transcode-complete');
  const lessonRow = (id: string, extra: Record<string, unknown> = {}) => ({
    id, courseId: 'c-1', position: 1, title: 't', status: 'DRAFT', freePreview: false, videoStatus: 'PROCESSING',
    sourceKey: `uploads/${id}/current.mp4`, ...extra,
  });

  it('should mark the lesson READY with its HLS prefix and duration when the job completes', async () => {
    await tables.put('LESSON_TABLE', lessonRow('l-ready', { videoFailureReason: 'old failure' }));

    await handler(complete('l-ready', 'uploads/l-ready/current.mp4'));

    const lesson = await tables.get('LESSON_TABLE', { id: 'l-ready' });
    expect(lesson).toEqual(jasmine.objectContaining({ videoStatus: 'READY', hlsPrefix: 'hls/l-ready/', durationSeconds: 61 }));
    expect(lesson?.['videoFailureReason']).toBeUndefined();
  });

  it('should mark the lesson FAILED with MediaConvert’s message when the job errors', async () => {
    await tables.put('LESSON_TABLE', lessonRow('l-failed'));

    await handler(jobEvent({ status: 'ERROR', userMetadata: { lessonId: 'l-failed', sourceKey: 'uploads/l-failed/current.mp4' }, errorCode: 1010, errorMessage: 'Unsupported codec' }));

    expect(await tables.get('LESSON_TABLE', { id: 'l-failed' })).toEqual(
      jasmine.objectContaining({ videoStatus: 'FAILED', videoFailureReason: 'Unsupported codec' }),
    );
  });

  it('should leave the lesson as it is when the job was for a replaced source', async () => {
    await tables.put('LESSON_TABLE', lessonRow('l-replaced'));

    await handler(complete('l-replaced', 'uploads/l-replaced/older.mp4'));

    expect((await tables.get('LESSON_TABLE', { id: 'l-replaced' }))?.['videoStatus']).toBe('PROCESSING');
  });

  it('should write the same result when the completion is delivered twice', async () => {
    await tables.put('LESSON_TABLE', lessonRow('l-twice'));

    await handler(complete('l-twice'));
    const first = await tables.get('LESSON_TABLE', { id: 'l-twice' });
    await handler(complete('l-twice'));
    const second = await tables.get('LESSON_TABLE', { id: 'l-twice' });

    expect({ ...second, updatedAt: null }).toEqual({ ...first, updatedAt: null });
  });

  it('should not create a lesson when the lesson no longer exists', async () => {
    await handler(complete('l-gone'));

    expect(await tables.get('LESSON_TABLE', { id: 'l-gone' })).toBeUndefined();
  });
});
