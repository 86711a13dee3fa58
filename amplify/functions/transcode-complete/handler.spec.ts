import '../shared/testing/quiet-logs';
import type { EventBridgeEvent } from 'aws-lambda';
import { useFakeUserPool } from '../shared/testing/fake-user-pool';
import { useLocalDataApi } from '../shared/testing/local-data-api';
import { useLocalMail } from '../shared/testing/local-mail';
import { COULD_NOT_FINISH, NOT_A_VIDEO } from '../transcode/failure-reasons';
import { handler } from './handler';

function jobEvent(detail: Record<string, unknown>): EventBridgeEvent<'MediaConvert Job State Change', unknown> {
  return {
    id: 'evt-1', version: '0', account: '000000000000', time: '2026-11-24T00:00:00Z', region: 'us-east-1', resources: [],
    source: 'aws.mediaconvert', 'detail-type': 'MediaConvert Job State Change', detail,
  };
}

/** What the transcode function puts on every job. */
const metadata = (lessonId: string, job = 'current') => ({ pipeline: 'lesson-video', lessonId, sourceKey: `uploads/${lessonId}/${job}.mp4`, hlsPrefix: `hls/${lessonId}/${job}/` });

const complete = (lessonId: string, job = 'current') =>
  jobEvent({
    status: 'COMPLETE', jobId: 'job-1', userMetadata: metadata(lessonId, job),
    outputGroupDetails: [
      { type: 'HLS_GROUP', outputDetails: [{ durationInMs: 61_400, outputFilePaths: [`s3://media/hls/${lessonId}/${job}/master_360p.m3u8`] }] },
      { type: 'FILE_GROUP', outputDetails: [{ durationInMs: 61_400, outputFilePaths: [`s3://media/hls/${lessonId}/${job}/poster.0000001.jpg`] }] },
    ],
  });
const statusUpdate = (lessonId: string, jobPercentComplete: number) =>
  jobEvent({ status: 'STATUS_UPDATE', userMetadata: metadata(lessonId), jobProgress: { jobPercentComplete, currentPhase: 'TRANSCODING' } });

describe('transcode-complete handler', () => {
  const tables = useLocalDataApi('transcode-complete');
  const mail = useLocalMail('transcode-complete');
  useFakeUserPool([
    { sub: 'admin-1', email: 'admin@example.com', verified: true, groups: ['ADMINS'] },
    { sub: 'admin-2', email: 'second-admin@example.com', verified: true, groups: ['ADMINS'] },
    { sub: 'admin-3', email: 'unverified-admin@example.com', verified: false, groups: ['ADMINS'] },
    { sub: 'student-1', email: 'student@example.com', verified: true },
  ]);
  const lessonRow = (id: string, extra: Record<string, unknown> = {}) => ({
    id, courseId: 'c-1', position: 1, title: 't', status: 'DRAFT', freePreview: false, videoStatus: 'PROCESSING',
    sourceKey: `uploads/${id}/current.mp4`, ...extra,
  });

  it('should make the job’s folder the playable ladder, with duration and poster, when the job completes', async () => {
    await tables.put('LESSON_TABLE', lessonRow('l-ready', { hlsPrefix: 'hls/l-ready/older/', videoProgressPercent: 90 }));

    await handler(complete('l-ready'));

    const lesson = await tables.get('LESSON_TABLE', { id: 'l-ready' });
    expect(lesson).toEqual(
      jasmine.objectContaining({ videoStatus: 'READY', hlsPrefix: 'hls/l-ready/current/', durationSeconds: 61, posterKey: 'hls/l-ready/current/poster.0000001.jpg' }),
    );
    expect(lesson?.['videoProgressPercent']).toBeUndefined();
  });

  it('should record the job’s percent while it is processing, keeping the old ladder playable', async () => {
    await tables.put('LESSON_TABLE', lessonRow('l-progress', { hlsPrefix: 'hls/l-progress/older/' }));

    await handler(jobEvent({ status: 'PROGRESSING', userMetadata: metadata('l-progress') }));
    expect((await tables.get('LESSON_TABLE', { id: 'l-progress' }))?.['videoProgressPercent']).toBe(0);
    await handler(statusUpdate('l-progress', 42));

    expect(await tables.get('LESSON_TABLE', { id: 'l-progress' })).toEqual(
      jasmine.objectContaining({ videoStatus: 'PROCESSING', videoProgressPercent: 42, hlsPrefix: 'hls/l-progress/older/' }),
    );
  });

  it('should not move a READY lesson back when a progress report arrives late', async () => {
    await tables.put('LESSON_TABLE', lessonRow('l-late', { videoStatus: 'READY', hlsPrefix: 'hls/l-late/current/' }));

    await handler(statusUpdate('l-late', 80));

    expect((await tables.get('LESSON_TABLE', { id: 'l-late' }))?.['videoStatus']).toBe('READY');
  });

  it('should tell the admin the file is not a readable video when the job fails on its input', async () => {
    await tables.put('LESSON_TABLE', lessonRow('l-input', { hlsPrefix: 'hls/l-input/older/' }));

    await handler(jobEvent({ status: 'ERROR', userMetadata: metadata('l-input'), errorCode: 1010, errorMessage: 'Unable to open input file [s3://…]: [Failed probe/open: …]' }));

    expect(await tables.get('LESSON_TABLE', { id: 'l-input' })).toEqual(
      jasmine.objectContaining({ videoStatus: 'FAILED', videoFailureReason: NOT_A_VIDEO, hlsPrefix: 'hls/l-input/older/' }),
    );
  });

  it('should suggest a retry, not MediaConvert’s wording, when the job fails for another reason', async () => {
    await tables.put('LESSON_TABLE', lessonRow('l-output'));

    await handler(jobEvent({ status: 'ERROR', userMetadata: metadata('l-output'), errorCode: 3450, errorMessage: 'Output write error: Access Denied' }));

    expect((await tables.get('LESSON_TABLE', { id: 'l-output' }))?.['videoFailureReason']).toBe(COULD_NOT_FINISH);
  });

  it('should leave the lesson as it is when the job was for a replaced source', async () => {
    await tables.put('LESSON_TABLE', lessonRow('l-replaced'));

    await handler(complete('l-replaced', 'older'));

    expect(await tables.get('LESSON_TABLE', { id: 'l-replaced' })).toEqual(jasmine.objectContaining({ videoStatus: 'PROCESSING' }));
    expect((await tables.get('LESSON_TABLE', { id: 'l-replaced' }))?.['hlsPrefix']).toBeUndefined();
  });

  it('should ignore a job whose output folder belongs to another lesson', async () => {
    await tables.put('LESSON_TABLE', lessonRow('l-foreign'));

    await handler(jobEvent({ ...complete('l-foreign').detail as object, userMetadata: { ...metadata('l-foreign'), hlsPrefix: 'hls/l-other/current/' } }));

    expect((await tables.get('LESSON_TABLE', { id: 'l-foreign' }))?.['videoStatus']).toBe('PROCESSING');
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

  describe('admin email', () => {
    const failed = (lessonId: string, job = 'current') =>
      jobEvent({ status: 'ERROR', userMetadata: metadata(lessonId, job), errorCode: 1010, errorMessage: 'Unable to open input file' });

    it('should email every verified admin, naming the lesson, its course and the reason, when a job fails', async () => {
      await tables.put('COURSE_TABLE', { id: 'c-1', title: 'Blues Lead Guitar', status: 'DRAFT', priceCents: 4900, currency: 'usd' });
      await tables.put('LESSON_TABLE', lessonRow('l-mail', { title: 'Shuffle rhythm' }));

      await handler(failed('l-mail'));

      const sent = mail.delivered();
      expect(sent.map((message) => message.to).sort()).toEqual(['admin@example.com', 'second-admin@example.com']);
      expect(sent[0]?.subject).toBe('Video failed: Shuffle rhythm');
      expect(sent[0]?.body).toContain('The video of "Shuffle rhythm" in "Blues Lead Guitar" could not be transcoded.');
      expect(sent[0]?.body).toContain(`Reason: ${NOT_A_VIDEO}`);
    });

    it('should still mark the lesson FAILED when SES refuses the admins’ email', async () => {
      mail.refuse();
      await tables.put('LESSON_TABLE', lessonRow('l-mail-refused'));

      await handler(failed('l-mail-refused'));

      expect((await tables.get('LESSON_TABLE', { id: 'l-mail-refused' }))?.['videoStatus']).toBe('FAILED');
      expect(mail.delivered()).toEqual([]);
    });

    it('should email nobody when the failed job was for a replaced source or the job completed', async () => {
      await tables.put('LESSON_TABLE', lessonRow('l-mail-quiet'));

      await handler(failed('l-mail-quiet', 'older'));
      await handler(complete('l-mail-quiet'));

      expect(mail.delivered()).toEqual([]);
    });
  });
});
