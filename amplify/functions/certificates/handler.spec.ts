import '../shared/testing/quiet-logs';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { AppSyncIdentityCognito } from 'aws-lambda';
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { appSyncEvent, userIdentity } from '../shared/testing/appsync-events';
import { useLocalTables } from '../shared/testing/local-dynamo';
import { handler } from './handler';
import type { IssuedCertificate } from './issue-certificate';

const COURSE = 'course-cert';
const lessons = ['l-1', 'l-2', 'l-3'];

const issue = (identity: AppSyncIdentityCognito | null, args: Record<string, unknown> = { courseId: COURSE }) =>
  handler(appSyncEvent('issueCertificate', args, identity, 'Mutation') as never) as Promise<IssuedCertificate>;
const verify = (code: unknown, identity: AppSyncIdentityCognito | null = null) =>
  handler(appSyncEvent('verifyCertificate', { code }, identity) as never);

/** The text a page draws: pdf-lib writes each string of a standard font as a hex string in the (compressed) content stream. */
async function pageText(pdfBytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(pdfBytes);
  const contents = pdf.getPage(0).node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  const streams = refs.map((ref) => pdf.context.lookup(ref)).filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream);
  const operators = streams.map((stream) => Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')).join('\n');
  return [...operators.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)].map(([, hex]) => Buffer.from(hex ?? '', 'hex').toString('latin1')).join('\n');
}

describe('certificates handler (local DynamoDB)', () => {
  const tables = useLocalTables([
    'COURSE_TABLE', 'LESSON_TABLE', 'ENROLLMENT_TABLE', 'MEMBERSHIP_TABLE', 'USER_PROFILE_TABLE', 'LESSON_PROGRESS_TABLE', 'CERTIFICATE_TABLE',
  ]);
  let studentNumber = 0;

  beforeAll(async () => {
    await tables.put('COURSE_TABLE', { id: COURSE, title: 'Blues Lead Guitar', status: 'PUBLISHED' });
    await tables.put('COURSE_TABLE', { id: 'course-draft', title: 'Draft', status: 'DRAFT' });
    for (const [index, id] of lessons.entries()) {
      await tables.put('LESSON_TABLE', { id, courseId: COURSE, position: index + 1, status: 'PUBLISHED', title: id });
    }
    // A draft lesson is not part of the course a student can complete.
    await tables.put('LESSON_TABLE', { id: 'l-draft', courseId: COURSE, position: 9, status: 'DRAFT', title: 'draft' });
  });

  beforeEach(() => {
    process.env['APP_ORIGIN'] = 'https://play-along.example';
  });

  /** A student with a profile who owns the course (an enrollment), and has completed `completed` of its lessons. */
  async function student(completed: readonly string[], profile: Record<string, unknown> = {}): Promise<AppSyncIdentityCognito> {
    const sub = `student-${++studentNumber}-${Date.now()}`;
    await tables.put('USER_PROFILE_TABLE', { userId: sub, email: `${sub}@example.com`, ...profile });
    await tables.put('ENROLLMENT_TABLE', { userId: sub, courseId: COURSE, source: 'PURCHASE' });
    for (const lessonId of completed) {
      await tables.put('LESSON_PROGRESS_TABLE', {
        id: `${sub}-${lessonId}`, owner: `${sub}::${sub}`, lessonId, courseId: COURSE, completed: true, positionSeconds: 10, practiceSeconds: 10,
      });
    }
    return userIdentity(sub);
  }

  const unenroll = (userId: string) =>
    tables.documents.send(new DeleteCommand({ TableName: String(process.env['ENROLLMENT_TABLE']), Key: { userId, courseId: COURSE } }));

  it('should issue a one-page PDF naming the student, the course, the date and a code that verifies', async () => {
    const identity = await student(lessons, { displayName: 'Ada Lovelace' });

    const certificate = await issue(identity);

    expect(certificate.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(certificate).toEqual(jasmine.objectContaining({ name: 'Ada Lovelace', courseTitle: 'Blues Lead Guitar', courseId: COURSE }));
    expect(certificate.verificationUrl).toBe(`https://play-along.example/certificates/verify/${certificate.code}`);
    const pdfBytes = Buffer.from(certificate.pdfBase64, 'base64');
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(pdfBytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe('Certificate of completion: Blues Lead Guitar');
    const text = await pageText(pdfBytes);
    for (const expected of ['Ada Lovelace', 'Blues Lead Guitar', certificate.code, certificate.verificationUrl]) {
      expect(text).withContext(expected).toContain(expected);
    }
    expect(await verify(certificate.code)).toEqual({
      code: certificate.code, name: 'Ada Lovelace', courseTitle: 'Blues Lead Guitar', issuedAt: certificate.issuedAt,
    });
  });

  it('should return the same certificate and code when the student asks again', async () => {
    const identity = await student(lessons);
    const first = await issue(identity);

    const again = await issue(identity);

    expect(again.code).toBe(first.code);
    expect(again.issuedAt).toBe(first.issuedAt);
    expect((await tables.scan('CERTIFICATE_TABLE')).filter((row) => row['userId'] === identity.sub).length).toBe(1);
  });

  it('should print the verified email when the student has no display name', async () => {
    const identity = await student(lessons);

    expect((await issue(identity)).name).toBe(`${identity.sub}@example.com`);
  });

  it('should refuse with a count of the lessons left while a published lesson is not complete', async () => {
    const identity = await student(['l-1']);

    await expectAsync(issue(identity)).toBeRejectedWithError('Conflict: complete every lesson first: 2 of 3 lessons still to complete');
    expect(await tables.get('CERTIFICATE_TABLE', { userId: identity.sub, courseId: COURSE })).toBeUndefined();
  });

  it('should not count another student’s completed lessons or a lesson left unfinished', async () => {
    const done = await student(lessons);
    const identity = await student(['l-1', 'l-2']);
    await tables.put('LESSON_PROGRESS_TABLE', {
      id: `${identity.sub}-l-3`, owner: `${identity.sub}::${identity.sub}`, lessonId: 'l-3', courseId: COURSE, completed: false, positionSeconds: 1, practiceSeconds: 1,
    });

    await expectAsync(issue(identity)).toBeRejectedWithError(/1 of 3 lessons still to complete$/);
    expect((await issue(done)).code).toBeTruthy();
  });

  it('should refuse a student without access to the course even when every lesson is complete', async () => {
    const identity = await student(lessons);
    await unenroll(identity.sub);

    await expectAsync(issue(identity)).toBeRejectedWithError('Unauthorized: you do not have access to this course');
  });

  it('should issue to a member whose membership includes the course', async () => {
    const identity = await student(lessons);
    await unenroll(identity.sub);
    await tables.put('MEMBERSHIP_TABLE', { userId: identity.sub, status: 'ACTIVE' });

    expect((await issue(identity)).courseTitle).toBe('Blues Lead Guitar');
  });

  it('should refuse a guest, a draft or unknown course, and an id that is not an id', async () => {
    const identity = await student(lessons);

    await expectAsync(issue(null)).toBeRejectedWithError('Unauthorized: sign in to get your certificate');
    await expectAsync(issue(identity, { courseId: 'course-draft' })).toBeRejectedWithError(/^NotFound: /);
    await expectAsync(issue(identity, { courseId: 'nope' })).toBeRejectedWithError(/^NotFound: /);
    await expectAsync(issue(identity, { courseId: '../x' })).toBeRejectedWithError('BadRequest: courseId is not a valid course id');
    await expectAsync(issue(identity, { courseId: COURSE, userId: 'someone-else' })).toBeRejectedWithError(/^BadRequest: /);
    expect((await tables.scan('CERTIFICATE_TABLE')).filter((row) => row['userId'] === identity.sub)).toEqual([]);
  });

  it('should verify a code typed in lower case, with spaces and with O for zero', async () => {
    const identity = await student(lessons);
    const { code } = await issue(identity);
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o')} `;

    expect(await verify(typed)).toEqual(jasmine.objectContaining({ code }));
  });

  it('should answer NotFound for a well-formed code no certificate has', async () => {
    await expectAsync(verify('ZZZZ-ZZZZ-ZZZZ')).toBeRejectedWithError('NotFound: no certificate has the code ZZZZ-ZZZZ-ZZZZ');
  });

  it('should refuse garbage codes with BadRequest', async () => {
    for (const garbage of ['', 'short', 'ABCD-EFGH-IJK!', 'UUUU-UUUU-UUUU', 'A'.repeat(33), 42, null]) {
      await expectAsync(verify(garbage)).withContext(String(garbage)).toBeRejectedWithError(/^BadRequest: /);
    }
  });
});
