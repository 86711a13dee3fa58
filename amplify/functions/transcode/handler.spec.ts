import '../shared/testing/quiet-logs';
import type { S3Event } from 'aws-lambda';
import { startFakeHttp, type FakeHttp } from '../shared/testing/fake-http';
import { useFakeS3 } from '../shared/testing/fake-s3';
import { useLocalDataApi } from '../shared/testing/local-data-api';
import { handler } from './handler';

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

describe('transcode handler', () => {
  const tables = useLocalDataApi('transcode');
  let mediaConvert: FakeHttp;
  const contentTypes: Record<string, string> = {
    'media-bucket/uploads/l-video/take 1.mp4': 'video/mp4',
    'media-bucket/uploads/l-pdf/notes.mp4': 'application/pdf',
  };

  const s3 = useFakeS3((request) => {
    const contentType = contentTypes[request.path.slice(1)];
    return contentType ? { headers: { 'content-type': contentType, 'content-length': '0' } } : { status: 404 };
  });

  beforeAll(async () => {
    mediaConvert = await startFakeHttp(() => ({
      status: 201,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ job: { id: 'job-1', status: 'SUBMITTED' } }),
    }));
  });

  afterAll(() => mediaConvert.stop());

  beforeEach(async () => {
    process.env['AWS_ENDPOINT_URL_MEDIACONVERT'] = mediaConvert.url;
    process.env['MEDIA_BUCKET_NAME'] = 'media-bucket';
    process.env['MEDIACONVERT_ROLE_ARN'] = 'arn:aws:iam::000000000000:role/MediaConvertRole';
    for (const id of ['l-video', 'l-pdf']) {
      await tables.put('LESSON_TABLE', { id, courseId: 'c-1', position: 1, title: 't', status: 'DRAFT', freePreview: false, videoStatus: 'UPLOADED' });
    }
    mediaConvert.requests.length = 0;
  });

  afterEach(() => {
    delete process.env['AWS_ENDPOINT_URL_MEDIACONVERT'];
  });

  it('should submit an HLS job for the lesson and mark it PROCESSING when a video lands in uploads/', async () => {
    await handler(objectCreated('uploads/l-video/take+1.mp4'));

    expect(mediaConvert.requests.length).toBe(1);
    const job = JSON.parse(mediaConvert.requests[0].body) as {
      role: string; userMetadata: Record<string, string>;
      settings: { inputs: { fileInput: string }[]; outputGroups: { outputGroupSettings: { hlsGroupSettings: { destination: string } } }[] };
    };
    expect(job.role).toBe('arn:aws:iam::000000000000:role/MediaConvertRole');
    expect(job.userMetadata).toEqual({ lessonId: 'l-video', sourceKey: 'uploads/l-video/take 1.mp4' });
    expect(job.settings.inputs[0].fileInput).toBe('s3://media-bucket/uploads/l-video/take 1.mp4');
    expect(job.settings.outputGroups[0].outputGroupSettings.hlsGroupSettings.destination).toBe('s3://media-bucket/hls/l-video/master');
    expect(await tables.get('LESSON_TABLE', { id: 'l-video' })).toEqual(
      jasmine.objectContaining({ videoStatus: 'PROCESSING', sourceKey: 'uploads/l-video/take 1.mp4' }),
    );
  });

  it('should mark the lesson FAILED without a job when the upload is not a video', async () => {
    await handler(objectCreated('uploads/l-pdf/notes.mp4'));

    expect(mediaConvert.requests.length).toBe(0);
    const lesson = await tables.get('LESSON_TABLE', { id: 'l-pdf' });
    expect(lesson?.['videoStatus']).toBe('FAILED');
    expect(String(lesson?.['videoFailureReason'])).toContain('application/pdf');
  });

  it('should ignore objects outside uploads/ without touching S3 or MediaConvert', async () => {
    await handler(objectCreated('hls/l-video/master.m3u8'));
    await handler(objectCreated('art/c-1/cover.png'));

    expect(s3.requests().length).toBe(0);
    expect(mediaConvert.requests.length).toBe(0);
    expect((await tables.get('LESSON_TABLE', { id: 'l-video' }))?.['videoStatus']).toBe('UPLOADED');
  });
});
