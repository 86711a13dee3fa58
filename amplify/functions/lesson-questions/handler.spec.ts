import '../shared/testing/quiet-logs';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { AppSyncIdentityCognito } from 'aws-lambda';
import { appSyncEvent, userIdentity } from '../shared/testing/appsync-events';
import { useLocalTables } from '../shared/testing/local-dynamo';
import { ANONYMOUS_AUTHOR, handler } from './handler';
import type { TimelineQuestion } from './timeline-question';

const course = { id: 'blues', status: 'PUBLISHED', title: 'Blues' };
const intro = { id: 'blues-1', courseId: course.id, title: 'Shuffle', position: 1, status: 'PUBLISHED', durationSeconds: 120, freePreview: true };
const bends = { id: 'blues-2', courseId: course.id, title: 'Bends', position: 2, status: 'PUBLISHED', durationSeconds: 90, freePreview: false };
const draft = { id: 'blues-3', courseId: course.id, title: 'Draft', position: 3, status: 'DRAFT', freePreview: false };

const owner = userIdentity('student-a');
const classmate = userIdentity('student-b');
const stranger = userIdentity('student-c');
const member = userIdentity('student-m');
const admin = userIdentity('admin-1', ['ADMINS']);

describe('lesson-questions handler (local DynamoDB)', () => {
  const tables = useLocalTables([
    'COURSE_TABLE', 'LESSON_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE', 'USER_PROFILE_TABLE', 'LESSON_QUESTION_TABLE', 'AUDIT_ENTRY_TABLE',
  ]);

  beforeEach(async () => {
    // The tables live for the whole suite: each spec starts with no questions and no audit entries.
    for (const table of ['LESSON_QUESTION_TABLE', 'AUDIT_ENTRY_TABLE'] as const) {
      for (const { id } of await tables.scan(table)) {
        await tables.documents.send(new DeleteCommand({ TableName: process.env[table], Key: { id } }));
      }
    }
    await tables.put('COURSE_TABLE', course);
    for (const lesson of [intro, bends, draft]) await tables.put('LESSON_TABLE', lesson);
    await tables.put('ENROLLMENT_TABLE', { userId: owner.sub, courseId: course.id, source: 'PURCHASE' });
    await tables.put('ENROLLMENT_TABLE', { userId: classmate.sub, courseId: course.id, source: 'ADMIN_GRANT' });
    await tables.put('MEMBERSHIP_TABLE', { userId: member.sub, status: 'ACTIVE' });
    await tables.put('USER_PROFILE_TABLE', { userId: owner.sub, email: 'a@example.com', displayName: '  Ada  ' });
  });

  const call = <T>(field: string, args: Record<string, unknown>, identity: AppSyncIdentityCognito | null, type = 'Query') =>
    handler(appSyncEvent(field, args, identity, type) as never) as Promise<T>;
  const ask = (identity: AppSyncIdentityCognito | null, args: Record<string, unknown>) => call<TimelineQuestion>('askQuestion', args, identity, 'Mutation');
  const list = (identity: AppSyncIdentityCognito | null, lessonId: string) => call<TimelineQuestion[]>('lessonQuestions', { lessonId }, identity);
  const answer = (identity: AppSyncIdentityCognito | null, questionId: string, text: string) =>
    call<TimelineQuestion>('answerQuestion', { questionId, answer: text }, identity, 'Mutation');
  const adminList = (identity: AppSyncIdentityCognito | null, args: Record<string, unknown>) => call<TimelineQuestion[]>('adminCourseQuestions', args, identity);

  it('should store the question under the token’s identity and profile name, never the arguments’, when an enrolled student asks', async () => {
    const asked = await ask(owner, { lessonId: bends.id, positionSeconds: 42.5, text: '  Which finger bends?  ', authorId: 'someone-else' });

    const stored = await tables.get('LESSON_QUESTION_TABLE', { id: asked.id });
    expect(stored).toEqual(jasmine.objectContaining({ authorId: owner.sub, authorName: 'Ada', courseId: course.id, lessonId: bends.id, positionSeconds: 42.5, text: 'Which finger bends?' }));
    expect(asked).toEqual(jasmine.objectContaining({ mine: true, authorName: 'Ada', lessonTitle: 'Bends', answer: null }));
    expect(JSON.stringify(asked)).not.toContain(owner.sub);
  });

  it('should name a student without a display name anonymously, never by email, when they ask', async () => {
    const asked = await ask(classmate, { lessonId: bends.id, positionSeconds: 1, text: 'Tone?' });

    expect(asked.authorName).toBe(ANONYMOUS_AUTHOR);
  });

  it('should show an entitled classmate the question and, once an admin answers, the answer', async () => {
    const asked = await ask(owner, { lessonId: bends.id, positionSeconds: 30, text: 'How far up?' });
    await answer(admin, asked.id, 'A whole step.');

    const seen = await list(classmate, bends.id);

    expect(seen).toEqual([jasmine.objectContaining({ id: asked.id, text: 'How far up?', authorName: 'Ada', mine: false, answer: 'A whole step.' })]);
    expect(seen[0]?.answeredAt).toEqual(jasmine.any(String));
  });

  it('should let a member (membership, no enrollment) ask and read', async () => {
    await ask(member, { lessonId: bends.id, positionSeconds: 3, text: 'Pick?' });

    expect((await list(member, bends.id)).map((question) => question.text)).toEqual(['Pick?']);
  });

  it('should list a lesson’s questions by time in the video', async () => {
    await ask(owner, { lessonId: bends.id, positionSeconds: 60, text: 'Later' });
    await ask(classmate, { lessonId: bends.id, positionSeconds: 5, text: 'Earlier' });
    await ask(owner, { lessonId: intro.id, positionSeconds: 1, text: 'Other lesson' });

    expect((await list(owner, bends.id)).map((question) => question.text)).toEqual(['Earlier', 'Later']);
  });

  it('should refuse a student not entitled to the course both asking and reading, storing nothing', async () => {
    await ask(owner, { lessonId: bends.id, positionSeconds: 10, text: 'Mine' });

    await expectAsync(ask(stranger, { lessonId: bends.id, positionSeconds: 10, text: 'Let me in' })).toBeRejectedWithError(/^Unauthorized: enroll/);
    // A free preview plays for everyone; its questions are still the course's.
    await expectAsync(ask(stranger, { lessonId: intro.id, positionSeconds: 10, text: 'Preview' })).toBeRejectedWithError(/^Unauthorized: enroll/);
    await expectAsync(list(stranger, bends.id)).toBeRejectedWithError(/^Unauthorized: enroll/);
    expect((await tables.scan('LESSON_QUESTION_TABLE')).map((row) => row['text'])).toEqual(['Mine']);
  });

  it('should refuse a guest (no user identity)', async () => {
    await expectAsync(list(null, bends.id)).toBeRejectedWithError(/^Unauthorized: sign in/);
    await expectAsync(ask(null, { lessonId: bends.id, positionSeconds: 1, text: 'Hi' })).toBeRejectedWithError(/^Unauthorized: sign in/);
  });

  it('should hide an unpublished lesson from students and show it to admins', async () => {
    await expectAsync(list(owner, draft.id)).toBeRejectedWithError(/^NotFound/);
    expect(await list(admin, draft.id)).toEqual([]);
  });

  it('should refuse a student answering, even their own question, leaving it unanswered and unaudited', async () => {
    const asked = await ask(owner, { lessonId: bends.id, positionSeconds: 30, text: 'Mine to answer?' });

    await expectAsync(answer(owner, asked.id, 'Yes')).toBeRejectedWithError(/^Unauthorized: only admins/);
    await expectAsync(adminList(owner, { courseId: course.id })).toBeRejectedWithError(/^Unauthorized: only admins/);
    expect((await tables.get('LESSON_QUESTION_TABLE', { id: asked.id }))?.['answer']).toBeUndefined();
    expect(await tables.scan('AUDIT_ENTRY_TABLE')).toEqual([]);
  });

  it('should record the answer with its audit entry when an admin answers', async () => {
    const asked = await ask(owner, { lessonId: bends.id, positionSeconds: 30, text: 'Vibrato?' });

    const answered = await answer(admin, asked.id, '  Wide and slow.  ');

    expect(answered).toEqual(jasmine.objectContaining({ answer: 'Wide and slow.', mine: false, lessonTitle: 'Bends' }));
    expect(await tables.get('LESSON_QUESTION_TABLE', { id: asked.id })).toEqual(jasmine.objectContaining({ answer: 'Wide and slow.', answeredBy: admin.sub }));
    expect(await tables.scan('AUDIT_ENTRY_TABLE')).toEqual([
      jasmine.objectContaining({ action: 'question.answer', entityType: 'LessonQuestion', entityId: asked.id, courseId: course.id, actorId: admin.sub, after: { answer: 'Wide and slow.' } }),
    ]);
  });

  it('should list a course’s questions for admins unanswered first, with lesson titles, and only the unanswered on request', async () => {
    const first = await ask(owner, { lessonId: bends.id, positionSeconds: 30, text: 'First' });
    await ask(classmate, { lessonId: intro.id, positionSeconds: 5, text: 'Second' });
    await answer(admin, first.id, 'Done');

    const all = await adminList(admin, { courseId: course.id });
    const open = await adminList(admin, { courseId: course.id, unansweredOnly: true });

    expect(all.map((question) => [question.text, question.lessonTitle, question.answer])).toEqual([['Second', 'Shuffle', null], ['First', 'Bends', 'Done']]);
    expect(open.map((question) => question.text)).toEqual(['Second']);
  });

  it('should refuse malformed arguments with a clear reason and store nothing', async () => {
    const refusals: [Record<string, unknown>, RegExp][] = [
      [{ lessonId: bends.id, positionSeconds: 1, text: '   ' }, /text is required/],
      [{ lessonId: bends.id, positionSeconds: 1, text: 'x'.repeat(2001) }, /text must be 2000 characters or fewer/],
      [{ lessonId: bends.id, positionSeconds: -1, text: 'Hi' }, /positionSeconds cannot be negative/],
      [{ lessonId: bends.id, positionSeconds: 91, text: 'Hi' }, /past the end of the video/],
      [{ lessonId: '../etc', positionSeconds: 1, text: 'Hi' }, /lessonId is not a valid lesson id/],
    ];
    for (const [args, reason] of refusals) {
      await expectAsync(ask(owner, args)).withContext(JSON.stringify(args).slice(0, 80)).toBeRejectedWithError(reason);
    }
    await expectAsync(answer(admin, 'no-such-question', 'Hi')).toBeRejectedWithError(/^NotFound/);
    await expectAsync(answer(admin, 'q', 'x'.repeat(4001))).toBeRejectedWithError(/answer must be 4000 characters or fewer/);
    expect(await tables.scan('LESSON_QUESTION_TABLE')).toEqual([]);
  });
});
