import '../shared/testing/quiet-logs';
import type { Schema } from '../../data/resource';
import { appSyncEvent, userIdentity } from '../shared/testing/appsync-events';
import { useFakeS3 } from '../shared/testing/fake-s3';
import { useLocalTables } from '../shared/testing/local-dynamo';
import { handler } from './handler';

type MediaEvent = Parameters<typeof handler>[0];
type Playback = Schema['Playback']['type'];
type SignedUrl = Schema['SignedUrl']['type'];

const playlists: Record<string, string> = {
  'media-bucket/hls/l-paid/master.m3u8': '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=896000,RESOLUTION=640x360\nmaster_360p.m3u8\n',
  'media-bucket/hls/l-paid/master_360p.m3u8': '#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXTINF:6.0,\nmaster_360p_00001.ts\n#EXT-X-ENDLIST\n',
};
playlists['media-bucket/hls/l-free/master.m3u8'] = playlists['media-bucket/hls/l-paid/master.m3u8'];
playlists['media-bucket/hls/l-free/master_360p.m3u8'] = playlists['media-bucket/hls/l-paid/master_360p.m3u8'];

describe('media-access handler', () => {
  const tables = useLocalTables(['COURSE_TABLE', 'LESSON_TABLE', 'LESSON_MATERIAL_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE']);

  const call = (fieldName: string, args: Record<string, unknown>, sub: string | null, groups: string[] = []) =>
    handler(appSyncEvent(fieldName, args, sub ? userIdentity(sub, groups) : null) as unknown as MediaEvent);
  const playback = (lessonId: string, sub: string | null, groups: string[] = []) =>
    call('getPlayback', { lessonId }, sub, groups) as Promise<Playback>;
  const materialUrl = (materialId: string, sub: string | null, groups: string[] = []) =>
    call('getMaterialUrl', { materialId }, sub, groups) as Promise<SignedUrl>;

  useFakeS3((request) => {
    const body = playlists[request.path.slice(1)];
    return body === undefined ? { status: 404, body: '<Error><Code>NoSuchKey</Code></Error>' } : { headers: { 'content-type': 'application/vnd.apple.mpegurl' }, body };
  });

  beforeAll(async () => {
    await tables.put('COURSE_TABLE', { id: 'c-pub', status: 'PUBLISHED' });
    await tables.put('COURSE_TABLE', { id: 'c-draft', status: 'DRAFT' });
    const lesson = (id: string, extra: Record<string, unknown>) => ({
      id, courseId: 'c-pub', position: 1, status: 'PUBLISHED', videoStatus: 'READY', freePreview: false, hlsPrefix: `hls/${id}/`, ...extra,
    });
    await tables.put('LESSON_TABLE', lesson('l-paid', {}));
    await tables.put('LESSON_TABLE', lesson('l-free', { freePreview: true }));
    await tables.put('LESSON_TABLE', lesson('l-processing', { videoStatus: 'PROCESSING', freePreview: true, hlsPrefix: undefined }));
    await tables.put('LESSON_TABLE', lesson('l-replacing', { videoStatus: 'PROCESSING', freePreview: true, hlsPrefix: 'hls/l-free/' }));
    await tables.put('LESSON_TABLE', lesson('l-draft', { status: 'DRAFT', freePreview: true }));
    await tables.put('LESSON_TABLE', lesson('l-in-draft-course', { courseId: 'c-draft', freePreview: true }));
    await tables.put('LESSON_MATERIAL_TABLE', {
      id: 'm-1', courseId: 'c-pub', title: 'Chord chart', fileKey: 'materials/c-pub/0b6c.pdf', contentType: 'application/pdf', sizeBytes: 10,
    });
    const lessonMaterial = (id: string, lessonId: string) => ({
      id, courseId: 'c-pub', lessonId, title: 'Backing track', fileKey: `materials/c-pub/${id}.mp3`, contentType: 'audio/mpeg', sizeBytes: 10,
    });
    await tables.put('LESSON_MATERIAL_TABLE', lessonMaterial('m-published-lesson', 'l-paid'));
    await tables.put('LESSON_MATERIAL_TABLE', lessonMaterial('m-draft-lesson', 'l-draft'));
    await tables.put('ENROLLMENT_TABLE', { userId: 'enrolled', courseId: 'c-pub', source: 'PURCHASE' });
    await tables.put('MEMBERSHIP_TABLE', { userId: 'member', status: 'ACTIVE' });
    await tables.put('MEMBERSHIP_TABLE', { userId: 'lapsed', status: 'CANCELED' });
  });

  beforeEach(() => {
    process.env['MEDIA_BUCKET_NAME'] = 'media-bucket';
  });

  describe('getPlayback', () => {
    it('should refuse a guest with Unauthorized when the lesson is not a preview', async () => {
      await expectAsync(playback('l-paid', null)).toBeRejectedWithError(/^Unauthorized: /);
    });

    it('should refuse a signed-in student with Unauthorized when their membership lapsed', async () => {
      await expectAsync(playback('l-paid', 'lapsed')).toBeRejectedWithError(/^Unauthorized: /);
    });

    it('should play a free preview for a guest with presigned segments', async () => {
      const result = await playback('l-free', null);

      expect(result.lessonId).toBe('l-free');
      const variant = Buffer.from(result.manifest.split('\n').find((line) => line.startsWith('data:'))!.split(',')[1], 'base64').toString();
      const segment = new URL(variant.split('\n').find((line) => line.startsWith('http'))!);
      expect(segment.pathname).toBe('/media-bucket/hls/l-free/master_360p_00001.ts');
      expect(segment.searchParams.get('X-Amz-Expires')).toBe('900');
    });

    it('should play for an enrolled student, an active member and an admin', async () => {
      for (const [sub, groups] of [['enrolled', []], ['member', []], ['admin', ['ADMINS']]] as const) {
        const result = await playback('l-paid', sub, [...groups]);
        expect(result.manifest).withContext(sub).toContain('#EXT-X-STREAM-INF');
      }
    });

    it('should report expiry at most fifteen minutes ahead when a manifest is issued', async () => {
      const result = await playback('l-free', null);

      const minutes = (Date.parse(result.expiresAt) - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(14.9);
      expect(minutes).toBeLessThanOrEqual(15);
    });

    it('should answer NotFound when the lesson or its course is a draft', async () => {
      await expectAsync(playback('l-draft', 'admin', ['ADMINS'])).toBeRejectedWithError(/^NotFound: /);
      await expectAsync(playback('l-in-draft-course', null)).toBeRejectedWithError(/^NotFound: /);
    });

    it('should keep playing the ready ladder while a replacement upload is processing', async () => {
      const result = await playback('l-replacing', null);

      expect(result.manifest).toContain('#EXT-X-STREAM-INF');
    });

    it('should answer NotReady when the video is still processing', async () => {
      await expectAsync(playback('l-processing', null)).toBeRejectedWithError(/^NotReady: /);
    });

    it('should refuse with BadRequest when the lessonId is not an id', async () => {
      await expectAsync(playback('../l-1', null)).toBeRejectedWithError(/^BadRequest: lessonId is not a valid lesson id$/);
    });
  });

  describe('getMaterialUrl', () => {
    it('should refuse a guest with Unauthorized', async () => {
      await expectAsync(materialUrl('m-1', null)).toBeRejectedWithError(/^Unauthorized: /);
    });

    it('should refuse with BadRequest when the materialId is not an id', async () => {
      await expectAsync(materialUrl('m'.repeat(129), 'enrolled')).toBeRejectedWithError(/^BadRequest: materialId is not a valid material id$/);
    });

    it('should refuse a student with Unauthorized when they are not entitled to the course', async () => {
      await expectAsync(materialUrl('m-1', 'stranger')).toBeRejectedWithError(/^Unauthorized: /);
    });

    it('should sign a five-minute download as an attachment when the student is enrolled', async () => {
      const result = await materialUrl('m-1', 'enrolled');

      const url = new URL(result.url);
      expect(url.pathname).toBe('/media-bucket/materials/c-pub/0b6c.pdf');
      expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
      expect(url.searchParams.get('response-content-disposition')).toContain('attachment; filename="Chord chart.pdf"');
    });

    it('should sign a lesson material when its lesson is published', async () => {
      const result = await materialUrl('m-published-lesson', 'enrolled');

      expect(new URL(result.url).pathname).toBe('/media-bucket/materials/c-pub/m-published-lesson.mp3');
    });

    it('should answer NotFound to an entitled student when the material belongs to a draft lesson', async () => {
      await expectAsync(materialUrl('m-draft-lesson', 'enrolled')).toBeRejectedWithError(/^NotFound: /);
      await expectAsync(materialUrl('m-draft-lesson', 'member')).toBeRejectedWithError(/^NotFound: /);
    });

    it('should sign a draft lesson material for an admin', async () => {
      const result = await materialUrl('m-draft-lesson', 'admin', ['ADMINS']);

      expect(new URL(result.url).pathname).toBe('/media-bucket/materials/c-pub/m-draft-lesson.mp3');
    });
  });
});
