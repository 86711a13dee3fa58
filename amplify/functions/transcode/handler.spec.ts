import '../shared/testing/quiet-logs';
import type { S3Event } from 'aws-lambda';
import { appSyncEvent, userIdentity } from '../shared/testing/appsync-events';
import { startFakeHttp, type FakeHttp, type FakeResponse, type RecordedRequest } from '../shared/testing/fake-http';
import { useLocalDataApi } from '../shared/testing/local-data-api';
import { COULD_NOT_START, NOT_A_VIDEO } from './failure-reasons';
import { handler } from './handler';
import type { RetryTranscodeEvent } from './retry-transcode';

function objectCreated(key: string, bucket = 'media-bucket'): S3Event {
  return {
    Records: [
      {
        eventVersion: '2.1', eventSource: 'aws:s3', awsRegion: 'us-east-1', eventTime: '2026-11-24T00:00:00.000Z',
        eventName: 'ObjectCreated:CompleteMultipartUpload', userIdentity: { principalId: 'admin' },
        requestParameters: { sourceIPAddress: '127.0.0.1' }, responseElements: { 'x-amz-request-id': 'r', 'x-amz-id-2': 'i' },
        s3: {
          s3SchemaVersion: '1.0', configurationId: 'uploads',
          bucket: { name: bucket, ownerIdentity: { principalId: 'owner' }, arn: `arn:aws:s3:::${bucket}` },
          object: { key, size: 1000, eTag: 'etag', sequencer: '1' },
        },
      },
    ],
  };
}

const json = (status: number, body: unknown, errorType?: string): FakeResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...(errorType ? { 'x-amzn-errortype': errorType } : {}) },
  body: JSON.stringify(body),
});
/** Probe's wire answer for a video of the given size (lowerCamelCase, as the REST API sends it). */
const probedVideo = (width: number, height: number) =>
  json(200, { probeResults: [{ container: { format: 'mp4', duration: 30, tracks: [{ index: 0, trackType: 'video', codec: 'AVC', videoProperties: { width, height } }] } }] });
const jobCreated = json(201, { job: { id: 'job-1', status: 'SUBMITTED' } });

interface SentJob {
  role: string;
  statusUpdateInterval: string;
  userMetadata: Record<string, string>;
  settings: { inputs: { fileInput: string }[]; outputGroups: { outputGroupSettings: { type: string }; outputs: { nameModifier?: string }[] }[] };
}

describe('transcode handler', () => {
  const tables = useLocalDataApi('transcode');
  let mediaConvert: FakeHttp;
  let probe: () => FakeResponse;
  let createJob: () => FakeResponse;
  const lessonRow = (id: string, extra: Record<string, unknown> = {}) => ({
    id, courseId: 'c-1', position: 1, title: 't', status: 'DRAFT', freePreview: false, videoStatus: 'NONE', ...extra,
  });
  const requestsTo = (path: string) => mediaConvert.requests.filter((request: RecordedRequest) => request.path === path);
  const sentJob = () => JSON.parse(requestsTo('/2017-08-29/jobs')[0]!.body) as SentJob;

  beforeAll(async () => {
    mediaConvert = await startFakeHttp((request) => (request.path === '/2017-08-29/probe' ? probe() : createJob()));
    process.env['AWS_ENDPOINT_URL_MEDIACONVERT'] = mediaConvert.url;
  });

  afterAll(async () => {
    delete process.env['AWS_ENDPOINT_URL_MEDIACONVERT'];
    await mediaConvert.stop();
  });

  beforeEach(() => {
    process.env['MEDIA_BUCKET_NAME'] = 'media-bucket';
    process.env['MEDIACONVERT_ROLE_ARN'] = 'arn:aws:iam::000000000000:role/MediaConvertRole';
    probe = () => probedVideo(1280, 720);
    createJob = () => jobCreated;
    mediaConvert.requests.length = 0;
  });

  describe('on an upload', () => {
    it('should probe the source, submit a job with only the rungs its height allows, and mark the lesson PROCESSING', async () => {
      await tables.put('LESSON_TABLE', lessonRow('l-small'));
      probe = () => probedVideo(320, 180);

      await handler(objectCreated('uploads/l-small/take+1.mp4'));

      expect(JSON.parse(requestsTo('/2017-08-29/probe')[0]!.body)).toEqual({ inputFiles: [{ fileUrl: 's3://media-bucket/uploads/l-small/take 1.mp4' }] });
      const job = sentJob();
      expect(job.role).toBe('arn:aws:iam::000000000000:role/MediaConvertRole');
      expect(job.statusUpdateInterval).toBe('SECONDS_10');
      expect(job.userMetadata).toEqual({ pipeline: 'lesson-video', lessonId: 'l-small', sourceKey: 'uploads/l-small/take 1.mp4', hlsPrefix: 'hls/l-small/take-1/' });
      expect(job.settings.inputs[0]!.fileInput).toBe('s3://media-bucket/uploads/l-small/take 1.mp4');
      const hls = job.settings.outputGroups.find((group) => group.outputGroupSettings.type === 'HLS_GROUP_SETTINGS')!;
      expect(hls.outputs.map((output) => output.nameModifier)).toEqual(['_360p']);
      expect(job.settings.outputGroups.map((group) => group.outputGroupSettings.type)).toContain('FILE_GROUP_SETTINGS');
      expect(await tables.get('LESSON_TABLE', { id: 'l-small' })).toEqual(
        jasmine.objectContaining({ videoStatus: 'PROCESSING', videoProgressPercent: 0, sourceKey: 'uploads/l-small/take 1.mp4' }),
      );
    });

    it('should mark the lesson FAILED with a reason for a person and submit no job when the file is not a video', async () => {
      await tables.put('LESSON_TABLE', lessonRow('l-text'));
      probe = () => json(422, { message: 'Unable to probe input: Invalid data found when processing input' }, 'UnprocessableEntityException');

      await handler(objectCreated('uploads/l-text/notes.mp4'));

      expect(requestsTo('/2017-08-29/jobs').length).toBe(0);
      expect(await tables.get('LESSON_TABLE', { id: 'l-text' })).toEqual(jasmine.objectContaining({ videoStatus: 'FAILED', videoFailureReason: NOT_A_VIDEO }));
    });

    it('should mark the lesson FAILED as not a video when the file has sound but no picture', async () => {
      await tables.put('LESSON_TABLE', lessonRow('l-audio'));
      probe = () => json(200, { probeResults: [{ container: { format: 'mp3', tracks: [{ index: 0, trackType: 'audio', codec: 'MP3' }] } }] });

      await handler(objectCreated('uploads/l-audio/tone.mp4'));

      expect(requestsTo('/2017-08-29/jobs').length).toBe(0);
      expect((await tables.get('LESSON_TABLE', { id: 'l-audio' }))?.['videoFailureReason']).toBe(NOT_A_VIDEO);
    });

    it('should mark the lesson FAILED with a retry hint when Probe fails for another reason', async () => {
      await tables.put('LESSON_TABLE', lessonRow('l-denied'));
      probe = () => json(403, { message: 'User is not authorized to perform: mediaconvert:Probe' }, 'ForbiddenException');

      await handler(objectCreated('uploads/l-denied/take.mp4'));

      expect(requestsTo('/2017-08-29/jobs').length).toBe(0);
      expect(await tables.get('LESSON_TABLE', { id: 'l-denied' })).toEqual(jasmine.objectContaining({ videoStatus: 'FAILED', videoFailureReason: COULD_NOT_START }));
    });

    it('should mark the lesson FAILED instead of leaving it waiting when CreateJob is refused', async () => {
      await tables.put('LESSON_TABLE', lessonRow('l-refused'));
      createJob = () => json(400, { message: '/outputGroups/0: invalid' }, 'BadRequestException');

      await handler(objectCreated('uploads/l-refused/take.mp4'));

      expect(await tables.get('LESSON_TABLE', { id: 'l-refused' })).toEqual(jasmine.objectContaining({ videoStatus: 'FAILED', videoFailureReason: COULD_NOT_START }));
    });

    it('should ignore objects outside uploads/ without calling MediaConvert', async () => {
      await tables.put('LESSON_TABLE', lessonRow('l-other', { videoStatus: 'UPLOADED', sourceKey: 'uploads/l-other/a.mp4' }));

      await handler(objectCreated('hls/l-other/a/master.m3u8'));
      await handler(objectCreated('art/c-1/cover.png'));

      expect(mediaConvert.requests.length).toBe(0);
      expect((await tables.get('LESSON_TABLE', { id: 'l-other' }))?.['videoStatus']).toBe('UPLOADED');
    });
  });

  describe('retryTranscode', () => {
    const admin = userIdentity('admin-1', ['ADMINS']);
    const retry = (lessonId: string, identity = admin) =>
      handler(appSyncEvent('retryTranscode', { lessonId }, identity, 'Mutation') as unknown as RetryTranscodeEvent);

    it('should probe and submit the same source again and answer with the lesson PROCESSING when its last attempt failed', async () => {
      await tables.put('LESSON_TABLE', lessonRow('l-retry', { videoStatus: 'FAILED', videoFailureReason: COULD_NOT_START, sourceKey: 'uploads/l-retry/abc.mp4', hlsPrefix: 'hls/l-retry/old/' }));

      const lesson = await retry('l-retry');

      expect(sentJob().userMetadata['sourceKey']).toBe('uploads/l-retry/abc.mp4');
      expect(lesson).toEqual(jasmine.objectContaining({ id: 'l-retry', videoStatus: 'PROCESSING', hlsPrefix: 'hls/l-retry/old/' }));
      expect(lesson).not.toEqual(jasmine.objectContaining({ videoFailureReason: jasmine.anything() }));
    });

    it('should write one audit entry naming the admin and the lesson when a retry starts', async () => {
      await tables.put('LESSON_TABLE', lessonRow('l-audited', { videoStatus: 'FAILED', sourceKey: 'uploads/l-audited/abc.mp4' }));

      await retry('l-audited');

      const entries = (await tables.scan('AUDIT_ENTRY_TABLE')).filter((entry) => entry['entityId'] === 'l-audited');
      expect(entries).toEqual([
        jasmine.objectContaining({ action: 'transcode.retry', actorId: 'admin-1', entityType: 'Lesson', feed: 'ALL', __typename: 'AuditEntry' }),
      ]);
    });

    it('should refuse a signed-in user who is not an admin and change nothing', async () => {
      await tables.put('LESSON_TABLE', lessonRow('l-student', { videoStatus: 'FAILED', sourceKey: 'uploads/l-student/abc.mp4' }));

      await expectAsync(retry('l-student', userIdentity('student-1'))).toBeRejectedWith(jasmine.objectContaining({ name: 'Unauthorized' }));

      expect(mediaConvert.requests.length).toBe(0);
      expect((await tables.get('LESSON_TABLE', { id: 'l-student' }))?.['videoStatus']).toBe('FAILED');
      expect((await tables.scan('AUDIT_ENTRY_TABLE')).filter((entry) => entry['entityId'] === 'l-student')).toEqual([]);
    });

    it('should refuse a caller whose groups list ADMINS but whose token does not', async () => {
      const forged = { ...userIdentity('mallory'), groups: ['ADMINS'] };
      await tables.put('LESSON_TABLE', lessonRow('l-forged', { videoStatus: 'FAILED', sourceKey: 'uploads/l-forged/abc.mp4' }));

      await expectAsync(retry('l-forged', forged)).toBeRejectedWith(jasmine.objectContaining({ name: 'Unauthorized' }));
    });

    it('should refuse a lesson whose video has not failed', async () => {
      await tables.put('LESSON_TABLE', lessonRow('l-ready', { videoStatus: 'READY', sourceKey: 'uploads/l-ready/abc.mp4', hlsPrefix: 'hls/l-ready/abc/' }));

      await expectAsync(retry('l-ready')).toBeRejectedWith(jasmine.objectContaining({ name: 'Conflict', message: jasmine.stringMatching(/only a failed video/) }));

      expect(mediaConvert.requests.length).toBe(0);
    });

    it('should refuse a lesson with no uploaded video', async () => {
      await tables.put('LESSON_TABLE', lessonRow('l-none', { videoStatus: 'FAILED' }));

      await expectAsync(retry('l-none')).toBeRejectedWith(jasmine.objectContaining({ name: 'Conflict', message: jasmine.stringMatching(/no uploaded video/) }));
    });

    it('should answer NotFound for a lesson that does not exist', async () => {
      await expectAsync(retry('l-missing')).toBeRejectedWith(jasmine.objectContaining({ name: 'NotFound' }));
    });

    it('should refuse with BadRequest when the lessonId is not an id', async () => {
      await expectAsync(retry('l'.repeat(129))).toBeRejectedWithError(/^BadRequest: lessonId is not a valid lesson id$/);
    });
  });
});
