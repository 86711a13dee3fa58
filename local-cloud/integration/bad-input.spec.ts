import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { getCurrentUser, signIn, signOut } from 'aws-amplify/auth';
import { generateClient } from 'aws-amplify/data';
import type { Schema } from '../../amplify/data/resource';
import { localAwsClients } from '../local-aws-clients';
import { CloudFixture, password } from './cloud-fixture';

const studentEmail = 'bad-input-student@example.com';
const adminEmail = 'bad-input-admin@example.com';
const course = { id: 'bi-course', title: 'Course', summary: 's', description: 'd', instrument: 'GUITAR', level: 'BEGINNER', priceCents: 1000, currency: 'usd', status: 'PUBLISHED' };
const lesson = { id: 'bi-lesson', courseId: course.id, title: 'Lesson', position: 1, freePreview: true, status: 'PUBLISHED', videoStatus: 'READY', hlsPrefix: 'hls/bi-lesson/' };
const material = { id: 'bi-material', courseId: course.id, title: 'Tab', fileKey: 'materials/bi-course/bi-material.pdf', contentType: 'application/pdf', sizeBytes: 10 };
const order = { id: 'bi-order', userId: 'someone', product: 'COURSE', courseId: course.id, amountCents: 1000, currency: 'usd', status: 'PAID', stripeSessionId: 'cs_bi', stripePaymentIntentId: 'pi_bi' };
const progress = { id: 'bi-progress', lessonId: lesson.id, courseId: course.id, positionSeconds: 10, completed: false, practiceSeconds: 60 };
const loop = { id: 'bi-loop', lessonId: lesson.id, name: 'Solo', startSeconds: 10, endSeconds: 20 };
const note = { id: 'bi-note', lessonId: lesson.id, courseId: course.id, positionSeconds: 12, text: 'Mute here' };
const question = { id: 'bi-question', courseId: course.id, lessonId: lesson.id, positionSeconds: 7, text: 'Which fret?', authorId: 'someone', authorName: 'Someone', askedAt: '2026-12-01T00:00:00.000Z' };

const tablesWatched = [
  'Course', 'Lesson', 'LessonMaterial', 'UserProfile', 'Enrollment', 'Order', 'Membership', 'AuditEntry', 'LessonProgress', 'PracticeSession', 'PracticeLoop',
  'LessonNote', 'LessonQuestion',
];
const tooLong = (length: number) => 'x'.repeat(length);

type Attempt = () => Promise<unknown>;
interface BadInput {
  /** What is sent, for the failure message. */
  input: string;
  attempt: Attempt;
  /** The error a person reads. */
  refusal: RegExp;
}

describe('bad input through the local cloud', () => {
  let fixture: CloudFixture;
  let studentId: string;
  const client = generateClient<Schema>();
  // Read once Amplify is configured (beforeAll).
  let m: typeof client.mutations;
  let q: typeof client.queries;
  let models: typeof client.models;
  /** A raw GraphQL document: how a caller that ignores the generated types sends a wrong type. */
  const raw = (query: string): Attempt => () => client.graphql({ query }) as Promise<unknown>;

  /** Every watched table and the Stripe stand-in's objects: what a refused call must leave as it was. */
  const everything = async (): Promise<unknown> => {
    const { documents } = localAwsClients(fixture.cloud);
    const tables = await Promise.all(tablesWatched.map(async (model) => {
      const items = (await documents.send(new ScanCommand({ TableName: fixture.cloud.data.tables[model] }))).Items ?? [];
      return [model, items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))];
    }));
    const stripe = await readFile(join(fixture.stateDir, 'stripe', 'stripe-state.json'), 'utf8').catch(() => '{}');
    const { idempotency: _requests, ...stripeObjects } = JSON.parse(stripe) as Record<string, unknown>;
    return { tables: Object.fromEntries(tables), stripe: stripeObjects };
  };

  /** The errors a call answered with, whether the client returned them or threw them. */
  const errorsOf = async (attempt: Attempt): Promise<string[]> => {
    try {
      const result = (await attempt()) as { errors?: { message: string }[] };
      return (result.errors ?? []).map((error) => error.message);
    } catch (failure) {
      return ((failure as { errors?: { message: string }[] }).errors ?? [{ message: String(failure) }]).map((error) => error.message);
    }
  };

  const expectRefusedWithoutChange = async (operation: string, cases: BadInput[]): Promise<void> => {
    for (const { input, attempt, refusal } of cases) {
      const before = await everything();
      const errors = await errorsOf(attempt);
      expect(errors.join(' | ')).withContext(`${operation}(${input})`).toMatch(refusal);
      expect(await everything()).withContext(`${operation}(${input}) changed something`).toEqual(before);
    }
  };

  const signInAs = (email: string) => signIn({ username: email, password });

  beforeAll(async () => {
    fixture = await CloudFixture.start();
    ({ mutations: m, queries: q, models } = client);
    await fixture.cloud.auth.admin.createConfirmedUser(studentEmail, password);
    await fixture.cloud.auth.admin.createConfirmedUser(adminEmail, password, ['ADMINS']);
    await signInAs(studentEmail);
    studentId = (await getCurrentUser()).userId;
    await signOut();
    const owned = { owner: `${studentId}::${studentId}` };
    await Promise.all([
      fixture.put('Course', course),
      fixture.put('Lesson', lesson),
      fixture.put('LessonMaterial', material),
      fixture.put('Order', order),
      fixture.put('UserProfile', { userId: studentId, email: studentEmail, displayName: 'Student' }),
      fixture.put('LessonProgress', { ...progress, ...owned }),
      fixture.put('PracticeLoop', { ...loop, ...owned }),
      fixture.put('LessonNote', { ...note, ...owned }),
      fixture.put('LessonQuestion', question),
    ]);
  }, 600_000);

  afterAll(async () => {
    await signOut().catch(() => undefined);
    await fixture?.stop();
  });

  afterEach(async () => {
    await signOut().catch(() => undefined);
  });

  describe('owner models', () => {
    beforeEach(() => signInAs(studentEmail));

    const progressFields = { lessonId: lesson.id, courseId: course.id, positionSeconds: 5, completed: false, practiceSeconds: 5 };
    const sessionFields = { lessonId: lesson.id, courseId: course.id, day: '2026-12-02', seconds: 60 };
    const loopFields = { lessonId: lesson.id, name: 'Bridge', startSeconds: 30, endSeconds: 40 };

    it('should refuse out-of-range LessonProgress and change nothing', async () => {
      await expectRefusedWithoutChange('LessonProgress', [
        { input: 'negative practiceSeconds', attempt: () => models.LessonProgress.create({ ...progressFields, practiceSeconds: -1 }), refusal: /practiceSeconds cannot be negative/ },
        { input: 'practiceSeconds over a year', attempt: () => models.LessonProgress.create({ ...progressFields, practiceSeconds: 366 * 86_400 }), refusal: /practiceSeconds is more than a year of practice/ },
        { input: 'negative positionSeconds', attempt: () => models.LessonProgress.create({ ...progressFields, positionSeconds: -0.5 }), refusal: /positionSeconds cannot be negative/ },
        { input: 'oversized lessonId', attempt: () => models.LessonProgress.create({ ...progressFields, lessonId: tooLong(129) }), refusal: /lessonId is not a valid id/ },
        { input: 'update to negative practiceSeconds', attempt: () => models.LessonProgress.update({ id: progress.id, practiceSeconds: -60 }), refusal: /practiceSeconds cannot be negative/ },
        { input: 'fractional practiceSeconds', attempt: raw(`mutation { createLessonProgress(input: { lessonId: "l", courseId: "c", positionSeconds: 1, completed: false, practiceSeconds: 1.5 }) { id } }`), refusal: /Int cannot represent non-integer value: 1.5/ },
        { input: 'text positionSeconds', attempt: raw(`mutation { createLessonProgress(input: { lessonId: "l", courseId: "c", positionSeconds: "end", completed: false, practiceSeconds: 1 }) { id } }`), refusal: /Float cannot represent non numeric value: "end"/ },
      ]);
    }, 120_000);

    it('should refuse out-of-range PracticeSession and change nothing', async () => {
      await expectRefusedWithoutChange('PracticeSession', [
        { input: 'negative seconds', attempt: () => models.PracticeSession.create({ ...sessionFields, seconds: -1 }), refusal: /seconds cannot be negative/ },
        { input: 'more seconds than a day has', attempt: () => models.PracticeSession.create({ ...sessionFields, seconds: 86_401 }), refusal: /seconds cannot exceed the 86400 seconds of a day/ },
        { input: 'a courseId that is a path', attempt: () => models.PracticeSession.create({ ...sessionFields, courseId: 'a/../b' }), refusal: /courseId is not a valid id/ },
        { input: 'a day that is no date', attempt: () => models.PracticeSession.create({ ...sessionFields, day: 'yesterday' }), refusal: /AWSDate/ },
      ]);
    }, 120_000);

    it('should refuse a PracticeLoop that ends before it starts, out of the video or badly named, and change nothing', async () => {
      await expectRefusedWithoutChange('PracticeLoop', [
        { input: 'end before start', attempt: () => models.PracticeLoop.create({ ...loopFields, startSeconds: 40, endSeconds: 30 }), refusal: /endSeconds must be greater than startSeconds/ },
        { input: 'end equal to start', attempt: () => models.PracticeLoop.create({ ...loopFields, endSeconds: 30 }), refusal: /endSeconds must be greater than startSeconds/ },
        { input: 'negative start', attempt: () => models.PracticeLoop.create({ ...loopFields, startSeconds: -1 }), refusal: /startSeconds cannot be negative/ },
        { input: 'end past a day', attempt: () => models.PracticeLoop.create({ ...loopFields, endSeconds: 86_401 }), refusal: /endSeconds must be within the video/ },
        { input: 'empty name', attempt: () => models.PracticeLoop.create({ ...loopFields, name: '' }), refusal: /name is required/ },
        { input: '101-character name', attempt: () => models.PracticeLoop.create({ ...loopFields, name: tooLong(101) }), refusal: /name must be 100 characters or fewer/ },
        { input: 'update end before the stored start', attempt: () => models.PracticeLoop.update({ id: loop.id, startSeconds: 25, endSeconds: 15 }), refusal: /endSeconds must be greater than startSeconds/ },
        { input: 'oversized lessonId', attempt: () => models.PracticeLoop.create({ ...loopFields, lessonId: tooLong(129) }), refusal: /lessonId is not a valid id/ },
        { input: 'update of one bound alone', attempt: () => models.PracticeLoop.update({ id: loop.id, endSeconds: 5 }), refusal: /startSeconds and endSeconds must be sent together/ },
        { input: 'update to a 101-character name', attempt: () => models.PracticeLoop.update({ id: loop.id, name: tooLong(101) }), refusal: /name must be 100 characters or fewer/ },
        { input: 'text bounds', attempt: raw(`mutation { createPracticeLoop(input: { lessonId: "l", name: "n", startSeconds: "a", endSeconds: "b" }) { id } }`), refusal: /Float cannot represent non numeric value/ },
      ]);
    }, 120_000);

    it('should save a loop within the rules, renamed to 100 characters and moved with both bounds', async () => {
      const created = await models.PracticeLoop.create(loopFields);
      const moved = await models.PracticeLoop.update({ id: created.data!.id, name: tooLong(100), startSeconds: 0, endSeconds: 0.5 });

      expect(created.errors).toBeUndefined();
      expect(moved.errors).toBeUndefined();
      expect(await fixture.get('PracticeLoop', { id: created.data!.id })).toEqual(jasmine.objectContaining({ name: tooLong(100), startSeconds: 0, endSeconds: 0.5 }));
    }, 60_000);

    it('should refuse an empty, oversized or misplaced LessonNote and change nothing', async () => {
      const noteFields = { lessonId: lesson.id, courseId: course.id, positionSeconds: 3, text: 'Count it in' };
      await expectRefusedWithoutChange('LessonNote', [
        { input: 'empty text', attempt: () => models.LessonNote.create({ ...noteFields, text: '' }), refusal: /text is required/ },
        { input: '2001-character text', attempt: () => models.LessonNote.create({ ...noteFields, text: tooLong(2001) }), refusal: /text must be 2000 characters or fewer/ },
        { input: 'negative positionSeconds', attempt: () => models.LessonNote.create({ ...noteFields, positionSeconds: -1 }), refusal: /positionSeconds cannot be negative/ },
        { input: 'positionSeconds past a day', attempt: () => models.LessonNote.create({ ...noteFields, positionSeconds: 86_401 }), refusal: /positionSeconds must be within the video/ },
        { input: 'a lessonId that is a path', attempt: () => models.LessonNote.create({ ...noteFields, lessonId: '../x' }), refusal: /lessonId is not a valid id/ },
        { input: 'update to a 2001-character text', attempt: () => models.LessonNote.update({ id: note.id, text: tooLong(2001) }), refusal: /text must be 2000 characters or fewer/ },
      ]);
    }, 120_000);

    it('should refuse a display name longer than 100 characters and keep the stored one', async () => {
      await expectRefusedWithoutChange('UserProfile', [
        { input: '101-character displayName', attempt: () => models.UserProfile.update({ userId: studentId, displayName: tooLong(101) }), refusal: /displayName must be 100 characters or fewer/ },
      ]);
    }, 60_000);
  });

  describe('custom operations', () => {
    const badId = tooLong(129);

    it('should refuse a student\'s malformed, oversized, unknown and wrong-type arguments and change nothing', async () => {
      await signInAs(studentEmail);
      const cases: Record<string, BadInput[]> = {
        listCatalog: [{ input: 'an argument it does not take', attempt: raw('query { listCatalog(courseId: "x") { id } }'), refusal: /Unknown argument "courseId"/ }],
        getCatalogCourse: [
          { input: 'oversized courseId', attempt: () => q.getCatalogCourse({ courseId: badId }), refusal: /BadRequest: courseId is not a valid course id/ },
          { input: 'boolean courseId', attempt: raw('query { getCatalogCourse(courseId: true) { id } }'), refusal: /ID cannot represent a non-string and non-integer value: true/ },
        ],
        startCheckout: [
          { input: 'course without courseId', attempt: () => m.startCheckout({ product: 'COURSE' }), refusal: /BadRequest: courseId is required to buy a course/ },
          { input: 'oversized courseId', attempt: () => m.startCheckout({ product: 'COURSE', courseId: badId }), refusal: /BadRequest: courseId is not a valid course id/ },
          { input: 'unknown courseId', attempt: () => m.startCheckout({ product: 'COURSE', courseId: 'no-such-course' }), refusal: /NotFound: no such course/ },
          { input: 'membership with a courseId', attempt: () => m.startCheckout({ product: 'MEMBERSHIP', courseId: course.id }), refusal: /BadRequest: a membership is not bought for one course: leave courseId out/ },
          { input: 'unknown product', attempt: raw('mutation { startCheckout(product: TSHIRT) { url } }'), refusal: /Value "TSHIRT" does not exist in "CheckoutProduct" enum/ },
        ],
        getMembershipPlan: [{ input: 'an argument it does not take', attempt: raw('query { getMembershipPlan(priceCents: 1) { priceCents } }'), refusal: /Unknown argument "priceCents"/ }],
        openBillingPortal: [
          { input: 'another host', attempt: () => m.openBillingPortal({ returnPath: '//evil.example/' }), refusal: /BadRequest: returnPath must be a path on this site/ },
          { input: 'oversized returnPath', attempt: () => m.openBillingPortal({ returnPath: `/${tooLong(600)}` }), refusal: /BadRequest: returnPath is too long/ },
          { input: 'numeric returnPath', attempt: raw('mutation { openBillingPortal(returnPath: 5) { url } }'), refusal: /String cannot represent a non string value: 5/ },
        ],
        setMembershipRenewal: [
          { input: 'text for a boolean', attempt: raw('mutation { setMembershipRenewal(cancelAtPeriodEnd: "yes") }'), refusal: /Boolean cannot represent a non boolean value: "yes"/ },
          { input: 'no membership to change', attempt: () => m.setMembershipRenewal({ cancelAtPeriodEnd: true }), refusal: /NotFound: you have no membership/ },
        ],
        listMyInvoices: [{ input: 'an argument it does not take', attempt: raw('query { listMyInvoices(limit: 5) { id } }'), refusal: /Unknown argument "limit"/ }],
        deleteMyAccount: [
          { input: 'another word', attempt: () => m.deleteMyAccount({ confirmation: 'delete' }), refusal: /BadRequest: confirmation must be the word DELETE/ },
          { input: 'oversized confirmation', attempt: () => m.deleteMyAccount({ confirmation: `DELETE${tooLong(10_000)}` }), refusal: /BadRequest: confirmation must be the word DELETE/ },
          { input: 'boolean confirmation', attempt: raw('mutation { deleteMyAccount(confirmation: true) }'), refusal: /String cannot represent a non string value: true/ },
        ],
        getPlayback: [
          { input: 'oversized lessonId', attempt: () => q.getPlayback({ lessonId: badId }), refusal: /BadRequest: lessonId is not a valid lesson id/ },
          { input: 'unknown lessonId', attempt: () => q.getPlayback({ lessonId: 'no-such-lesson' }), refusal: /NotFound: no such lesson/ },
        ],
        getMaterialUrl: [
          { input: 'oversized materialId', attempt: () => q.getMaterialUrl({ materialId: badId }), refusal: /BadRequest: materialId is not a valid material id/ },
          { input: 'unknown materialId', attempt: () => q.getMaterialUrl({ materialId: 'no-such-material' }), refusal: /NotFound: no such material/ },
        ],
        lessonQuestions: [
          { input: 'oversized lessonId', attempt: () => q.lessonQuestions({ lessonId: badId }), refusal: /BadRequest: lessonId is not a valid lesson id/ },
          { input: 'unknown lessonId', attempt: () => q.lessonQuestions({ lessonId: 'no-such-lesson' }), refusal: /NotFound: no such lesson/ },
        ],
        askQuestion: [
          { input: 'blank text', attempt: () => m.askQuestion({ lessonId: lesson.id, positionSeconds: 1, text: '   ' }), refusal: /BadRequest: text is required/ },
          { input: '2001-character text', attempt: () => m.askQuestion({ lessonId: lesson.id, positionSeconds: 1, text: tooLong(2001) }), refusal: /BadRequest: text must be 2000 characters or fewer/ },
          { input: 'negative positionSeconds', attempt: () => m.askQuestion({ lessonId: lesson.id, positionSeconds: -1, text: 'Hi' }), refusal: /BadRequest: positionSeconds cannot be negative/ },
          { input: 'text positionSeconds', attempt: raw(`mutation { askQuestion(lessonId: "${lesson.id}", positionSeconds: "end", text: "Hi") { id } }`), refusal: /Float cannot represent non numeric value: "end"/ },
          { input: 'a course the student is not enrolled in', attempt: () => m.askQuestion({ lessonId: lesson.id, positionSeconds: 1, text: 'Hi' }), refusal: /Unauthorized: enroll in this course/ },
        ],
      };
      for (const [operation, badInputs] of Object.entries(cases)) await expectRefusedWithoutChange(operation, badInputs);
    }, 300_000);

    it('should refuse an admin\'s malformed, oversized, unknown and wrong-type arguments and change nothing', async () => {
      await signInAs(adminEmail);
      const courseFields = { title: 'T', summary: 'S', description: 'D', instrument: 'PIANO', level: 'BEGINNER', priceCents: 100, currency: 'usd' } as const;
      const videoUpload = { kind: 'VIDEO', targetId: lesson.id, fileName: 'a.mp4', contentType: 'video/mp4', sizeBytes: 1000 } as const;
      const uploadKey = `uploads/${lesson.id}/00000000-0000-4000-8000-000000000000.mp4`;
      const cases: Record<string, BadInput[]> = {
        adminRefundOrder: [
          { input: 'blank reason', attempt: () => m.adminRefundOrder({ orderId: order.id, reason: '  ' }), refusal: /BadRequest: a reason is required/ },
          { input: '501-character reason', attempt: () => m.adminRefundOrder({ orderId: order.id, reason: tooLong(501) }), refusal: /BadRequest: the reason must be at most 500 characters/ },
          { input: 'malformed orderId', attempt: () => m.adminRefundOrder({ orderId: 'a/b', reason: 'r' }), refusal: /BadRequest: orderId is not a valid order id/ },
          { input: 'unknown orderId', attempt: () => m.adminRefundOrder({ orderId: 'no-such-order', reason: 'r' }), refusal: /NotFound: no such order/ },
        ],
        createUpload: [
          { input: 'negative size', attempt: () => m.createUpload({ ...videoUpload, sizeBytes: -1 }), refusal: /BadRequest: sizeBytes must be a whole number of bytes above 0/ },
          { input: 'fractional size', attempt: () => m.createUpload({ ...videoUpload, sizeBytes: 1.5 }), refusal: /BadRequest: sizeBytes must be a whole number of bytes above 0/ },
          { input: '256-character file name', attempt: () => m.createUpload({ ...videoUpload, fileName: `${tooLong(252)}.mp4` }), refusal: /BadRequest: fileName must be 255 characters or fewer/ },
          { input: 'an executable', attempt: () => m.createUpload({ ...videoUpload, contentType: 'application/x-msdownload' }), refusal: /BadRequest: .*video/ },
          { input: 'unknown lesson', attempt: () => m.createUpload({ ...videoUpload, targetId: 'no-such-lesson' }), refusal: /NotFound: there is no lesson no-such-lesson/ },
          { input: 'unknown kind', attempt: raw(`mutation { createUpload(kind: EXE, targetId: "x", fileName: "a", contentType: "b", sizeBytes: 1) { key } }`), refusal: /Value "EXE" does not exist in "UploadKind" enum/ },
        ],
        resumeUpload: [
          { input: 'a key never issued', attempt: () => m.resumeUpload({ key: 'hls/other/index.m3u8', uploadId: 'u', sizeBytes: 1000 }), refusal: /BadRequest: .*upload key/ },
          { input: 'negative size', attempt: () => m.resumeUpload({ key: uploadKey, uploadId: 'u', sizeBytes: -5 }), refusal: /BadRequest: sizeBytes must be a whole number of bytes above 0/ },
        ],
        abortUpload: [{ input: 'a key never issued', attempt: () => m.abortUpload({ key: 'art/x.png', uploadId: 'u' }), refusal: /BadRequest: .*upload key/ }],
        completeUpload: [
          { input: 'no parts', attempt: () => m.completeUpload({ key: uploadKey, uploadId: 'u', etags: [] }), refusal: /BadRequest: etags must list every uploaded part/ },
          { input: 'a key never issued', attempt: () => m.completeUpload({ key: '../secret', uploadId: 'u', etags: ['"e"'] }), refusal: /BadRequest: .*upload key/ },
        ],
        retryTranscode: [
          { input: 'oversized lessonId', attempt: () => m.retryTranscode({ lessonId: badId }), refusal: /BadRequest: lessonId is not a valid lesson id/ },
          { input: 'unknown lessonId', attempt: () => m.retryTranscode({ lessonId: 'no-such-lesson' }), refusal: /NotFound: no such lesson/ },
        ],
        adminCreateCourse: [
          { input: 'negative price', attempt: () => m.adminCreateCourse({ ...courseFields, priceCents: -1 }), refusal: /BadRequest: price cannot be negative/ },
          { input: '121-character title', attempt: () => m.adminCreateCourse({ ...courseFields, title: tooLong(121) }), refusal: /BadRequest: title must be 120 characters or fewer/ },
          { input: 'unknown currency', attempt: () => m.adminCreateCourse({ ...courseFields, currency: 'xyz' }), refusal: /BadRequest: currency must be one of usd, eur, gbp/ },
          { input: 'unknown instrument', attempt: raw(`mutation { adminCreateCourse(title: "t", summary: "s", description: "d", instrument: KAZOO, level: BEGINNER, priceCents: 1, currency: "usd") { id } }`), refusal: /Value "KAZOO" does not exist in "Instrument" enum/ },
          { input: 'text price', attempt: raw(`mutation { adminCreateCourse(title: "t", summary: "s", description: "d", instrument: PIANO, level: BEGINNER, priceCents: "free", currency: "usd") { id } }`), refusal: /Int cannot represent non-integer value: "free"/ },
        ],
        adminUpdateCourse: [{ input: 'unknown course', attempt: () => m.adminUpdateCourse({ id: 'no-such-course', ...courseFields }), refusal: /NotFound: no such course/ }],
        adminSetCourseStatus: [
          { input: 'unknown course', attempt: () => m.adminSetCourseStatus({ id: 'no-such-course', status: 'DRAFT' }), refusal: /NotFound: no such course/ },
          { input: 'unknown status', attempt: raw('mutation { adminSetCourseStatus(id: "x", status: ARCHIVED) { id } }'), refusal: /Value "ARCHIVED" does not exist in "PublicationStatus" enum/ },
        ],
        adminDeleteCourse: [{ input: 'malformed id', attempt: () => m.adminDeleteCourse({ id: 'a b' }), refusal: /BadRequest: id is not a valid id/ }],
        adminCreateLesson: [
          { input: 'unknown course', attempt: () => m.adminCreateLesson({ courseId: 'no-such-course', title: 'L', freePreview: false }), refusal: /NotFound: no such course/ },
          { input: '5001-character description', attempt: () => m.adminCreateLesson({ courseId: course.id, title: 'L', description: tooLong(5001), freePreview: false }), refusal: /BadRequest: description must be 5000 characters or fewer/ },
        ],
        adminUpdateLesson: [{ input: 'blank title', attempt: () => m.adminUpdateLesson({ id: lesson.id, title: ' ', freePreview: true }), refusal: /BadRequest: title is required/ }],
        adminSetLessonStatus: [{ input: 'unknown lesson', attempt: () => m.adminSetLessonStatus({ id: 'no-such-lesson', status: 'DRAFT' }), refusal: /NotFound: no such lesson/ }],
        adminDeleteLesson: [{ input: 'unknown lesson', attempt: () => m.adminDeleteLesson({ id: 'no-such-lesson' }), refusal: /NotFound: no such lesson/ }],
        adminReorderLessons: [
          { input: 'a lesson twice', attempt: () => m.adminReorderLessons({ courseId: course.id, lessonIds: [lesson.id, lesson.id] }), refusal: /BadRequest: lessonIds must not list a lesson twice/ },
          { input: 'no lessons', attempt: () => m.adminReorderLessons({ courseId: course.id, lessonIds: [] }), refusal: /BadRequest: lessonIds must list every lesson of the course/ },
        ],
        adminRenameMaterial: [
          { input: 'empty title', attempt: () => m.adminRenameMaterial({ id: material.id, title: '' }), refusal: /BadRequest: title is required/ },
          { input: 'unknown material', attempt: () => m.adminRenameMaterial({ id: 'no-such-material', title: 'x' }), refusal: /NotFound: no such material/ },
        ],
        adminDeleteMaterial: [{ input: 'unknown material', attempt: () => m.adminDeleteMaterial({ id: 'no-such-material' }), refusal: /NotFound: no such material/ }],
        adminGrantAccess: [
          { input: 'not an email', attempt: raw(`mutation { adminGrantAccess(courseId: "${course.id}", email: "nobody", reason: "r") { userId } }`), refusal: /AWSEmail/ },
          { input: 'unknown email', attempt: () => m.adminGrantAccess({ courseId: course.id, email: 'nobody@example.com', reason: 'r' }), refusal: /NotFound: no user has verified the email/ },
          { input: 'unknown course', attempt: () => m.adminGrantAccess({ courseId: 'no-such-course', email: studentEmail, reason: 'r' }), refusal: /NotFound: no such course/ },
          { input: '501-character reason', attempt: () => m.adminGrantAccess({ courseId: course.id, email: studentEmail, reason: tooLong(501) }), refusal: /BadRequest: reason must be 500 characters or fewer/ },
        ],
        adminRevokeAccess: [{ input: 'a user not enrolled', attempt: () => m.adminRevokeAccess({ courseId: course.id, userId: studentId, reason: 'r' }), refusal: /NotFound: this user is not enrolled in this course/ }],
        adminCourseSales: [
          { input: 'unknown course', attempt: () => q.adminCourseSales({ courseId: 'no-such-course' }), refusal: /NotFound: no such course/ },
          { input: 'oversized courseId', attempt: () => q.adminCourseSales({ courseId: badId }), refusal: /BadRequest: course id is not a valid id/ },
        ],
        adminCourseQuestions: [
          { input: 'unknown course', attempt: () => q.adminCourseQuestions({ courseId: 'no-such-course' }), refusal: /NotFound: no such course/ },
          { input: 'text for unansweredOnly', attempt: raw(`query { adminCourseQuestions(courseId: "${course.id}", unansweredOnly: "yes") { id } }`), refusal: /Boolean cannot represent a non boolean value: "yes"/ },
        ],
        answerQuestion: [
          { input: 'unknown question', attempt: () => m.answerQuestion({ questionId: 'no-such-question', answer: 'Yes' }), refusal: /NotFound: no such question/ },
          { input: 'blank answer', attempt: () => m.answerQuestion({ questionId: question.id, answer: ' ' }), refusal: /BadRequest: answer is required/ },
          { input: '4001-character answer', attempt: () => m.answerQuestion({ questionId: question.id, answer: tooLong(4001) }), refusal: /BadRequest: answer must be 4000 characters or fewer/ },
        ],
      };
      for (const [operation, badInputs] of Object.entries(cases)) await expectRefusedWithoutChange(operation, badInputs);
    }, 600_000);
  });
});
