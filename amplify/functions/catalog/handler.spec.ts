import '../shared/testing/quiet-logs';
import type { AppSyncIdentityCognito } from 'aws-lambda';
import { appSyncEvent, userIdentity } from '../shared/testing/appsync-events';
import { useFakeS3 } from '../shared/testing/fake-s3';
import { useLocalTables } from '../shared/testing/local-dynamo';
import { handler } from './handler';
import type { CatalogCourse } from './records';

type CatalogHandlerEvent = Parameters<typeof handler>[0];
const call = (fieldName: string, args: Record<string, unknown> = {}, identity: AppSyncIdentityCognito | null = null) =>
  handler(appSyncEvent(fieldName, args, identity) as unknown as CatalogHandlerEvent);

const course = (id: string, status: 'PUBLISHED' | 'DRAFT', extra: Record<string, unknown> = {}) => ({
  id, status, title: `Course ${id}`, summary: 's', description: 'd', instrument: 'GUITAR', level: 'BEGINNER',
  priceCents: 4900, currency: 'usd', __typename: 'Course', ...extra,
});
/** A READY lesson has a playable ladder; others only when an earlier upload left one (`hlsPrefix`). */
const lesson = (id: string, position: number, status: string, videoStatus: string, durationSeconds?: number, hlsPrefix = videoStatus === 'READY' ? `hls/${id}/x/` : undefined) => ({
  id, courseId: 'c-pub', position, status, videoStatus, title: `Lesson ${id}`, freePreview: position === 1,
  sourceKey: `uploads/${id}/x.mp4`, ...(hlsPrefix ? { hlsPrefix } : {}), ...(durationSeconds ? { durationSeconds } : {}),
});

describe('catalog handler', () => {
  const tables = useLocalTables(['COURSE_TABLE', 'LESSON_TABLE', 'LESSON_MATERIAL_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE']);
  useFakeS3(() => ({ status: 404 }));

  beforeAll(async () => {
    await tables.put('COURSE_TABLE', course('c-pub', 'PUBLISHED', { artKey: 'art/c-pub/cover.png' }));
    await tables.put('COURSE_TABLE', course('c-draft', 'DRAFT'));
    await tables.put('LESSON_TABLE', lesson('l-2', 2, 'PUBLISHED', 'READY', 100));
    await tables.put('LESSON_TABLE', lesson('l-1', 1, 'PUBLISHED', 'PROCESSING', 50));
    await tables.put('LESSON_TABLE', lesson('l-3', 3, 'DRAFT', 'READY', 70));
    await tables.put('LESSON_TABLE', lesson('l-4', 4, 'PUBLISHED', 'FAILED', 30, 'hls/l-4/previous/'));
    await tables.put('LESSON_MATERIAL_TABLE', {
      id: 'm-1', courseId: 'c-pub', lessonId: 'l-2', title: 'Tab', fileKey: 'materials/c-pub/tab.pdf', contentType: 'application/pdf', sizeBytes: 1234,
    });
    await tables.put('LESSON_MATERIAL_TABLE', {
      id: 'm-draft', courseId: 'c-pub', lessonId: 'l-3', title: 'Secret', fileKey: 'materials/c-pub/s.pdf', contentType: 'application/pdf', sizeBytes: 1,
    });
    await tables.put('ENROLLMENT_TABLE', { userId: 'owner', courseId: 'c-pub', source: 'PURCHASE' });
    await tables.put('MEMBERSHIP_TABLE', { userId: 'owner', status: 'ACTIVE' });
    await tables.put('MEMBERSHIP_TABLE', { userId: 'member', status: 'ACTIVE' });
    await tables.put('MEMBERSHIP_TABLE', { userId: 'lapsed', status: 'CANCELED' });
    await tables.put('MEMBERSHIP_TABLE', { userId: 'late-payer', status: 'PAST_DUE', pastDueSince: new Date().toISOString() });
    await tables.put('MEMBERSHIP_TABLE', { userId: 'long-unpaid', status: 'PAST_DUE', pastDueSince: '2020-01-01T00:00:00.000Z' });
  });

  beforeEach(() => {
    process.env['MEDIA_BUCKET_NAME'] = 'media-bucket';
  });

  it('should list only published courses when a guest browses the catalog', async () => {
    const courses = (await call('listCatalog')) as CatalogCourse[];

    expect(courses.map((entry) => entry.id)).toEqual(['c-pub']);
  });

  it('should return null when the course is a draft', async () => {
    expect(await call('getCatalogCourse', { courseId: 'c-draft' })).toBeNull();
  });

  it('should show a draft to an admin previewing it when the token claims ADMINS', async () => {
    const result = (await call('getCatalogCourse', { courseId: 'c-draft' }, userIdentity('admin-1', ['ADMINS']))) as CatalogCourse;
    expect(result.id).toBe('c-draft');
  });

  it('should hide a draft from a signed-in student', async () => {
    expect(await call('getCatalogCourse', { courseId: 'c-draft' }, userIdentity('student-1'))).toBeNull();
  });

  it('should hide a draft when ADMINS is listed but the token claim lacks it', async () => {
    const forged: AppSyncIdentityCognito = { ...userIdentity('admin-1', ['ADMINS']), claims: { sub: 'admin-1' } };
    expect(await call('getCatalogCourse', { courseId: 'c-draft' }, forged)).toBeNull();
  });

  it('should return null when the course does not exist', async () => {
    expect(await call('getCatalogCourse', { courseId: 'nope' })).toBeNull();
  });

  it('should list published lessons by position, playable whenever a ladder is ready (even while a replacement failed), with totals', async () => {
    const result = (await call('getCatalogCourse', { courseId: 'c-pub' })) as CatalogCourse;

    expect(result.lessons?.map((entry) => [entry?.id, entry?.playable])).toEqual([['l-1', false], ['l-2', true], ['l-4', true]]);
    expect(result.lessonCount).toBe(3);
    expect(result.totalDurationSeconds).toBe(180);
  });

  it('should never expose storage keys when describing lessons and materials', async () => {
    const result = (await call('getCatalogCourse', { courseId: 'c-pub' })) as CatalogCourse;

    expect(result.materials).toEqual([{ id: 'm-1', lessonId: 'l-2', title: 'Tab', contentType: 'application/pdf', sizeBytes: 1234 }]);
    expect(JSON.stringify(result)).not.toMatch(/fileKey|sourceKey|hlsPrefix|artKey|materials\/c-pub|uploads\//);
  });

  it('should sign the course art for an hour when the course has art', async () => {
    const result = (await call('getCatalogCourse', { courseId: 'c-pub' })) as CatalogCourse;

    const url = new URL(String(result.artUrl));
    expect(url.pathname).toContain('art/c-pub/cover.png');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('3600');
  });

  describe('access, decided for the caller', () => {
    const accessOf = async (identity: AppSyncIdentityCognito | null) => {
      const [listed] = (await call('listCatalog', {}, identity)) as CatalogCourse[];
      const single = (await call('getCatalogCourse', { courseId: 'c-pub' }, identity)) as CatalogCourse;
      expect(single.access).withContext('getCatalogCourse agrees with listCatalog').toBe(listed.access);
      return listed.access;
    };

    it('should report NONE when the caller is a guest', async () => {
      expect(await accessOf(null)).toBe('NONE');
    });

    it('should report OWNED when the caller is enrolled, even with a membership', async () => {
      expect(await accessOf(userIdentity('owner'))).toBe('OWNED');
    });

    it('should report MEMBERSHIP when the caller has an active membership', async () => {
      expect(await accessOf(userIdentity('member'))).toBe('MEMBERSHIP');
    });

    it('should report MEMBERSHIP when the membership is past due within the grace period', async () => {
      expect(await accessOf(userIdentity('late-payer'))).toBe('MEMBERSHIP');
    });

    it('should report NONE when the membership is past due beyond the grace period or canceled', async () => {
      expect(await accessOf(userIdentity('long-unpaid'))).toBe('NONE');
      expect(await accessOf(userIdentity('lapsed'))).toBe('NONE');
    });

    it('should report ADMIN when the token claims ADMINS', async () => {
      expect(await accessOf(userIdentity('admin-1', ['ADMINS']))).toBe('ADMIN');
    });
  });

  it('should refuse with BadRequest when courseId is missing', async () => {
    await expectAsync(call('getCatalogCourse', {})).toBeRejectedWithError(/^BadRequest: courseId is required$/);
  });

  it('should refuse with BadRequest when courseId is not an id', async () => {
    await expectAsync(call('getCatalogCourse', { courseId: 'c'.repeat(129) })).toBeRejectedWithError(/^BadRequest: courseId is not a valid course id$/);
  });
});
