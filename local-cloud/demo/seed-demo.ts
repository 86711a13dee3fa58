import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { CopyObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { localAwsClients } from '../local-aws-clients';
import type { LocalCloud } from '../local-cloud';
import { ffmpegPath } from '../mediaconvert/ffmpeg-path';
import { demoCourses, demoPassword, demoUsers, studentEnrollment, type DemoCourse } from './demo-catalog';
import { clipCount, generateArt, generateClip, generateSheetMusic } from './demo-media';
import { graphqlAs, signInForTokens } from './graphql-as-user';

const lessonId = (course: DemoCourse, index: number) => `${course.id}-lesson-${index + 1}`;
const transcodeTimeoutMs = 10 * 60_000;

/**
 * Creates the demo accounts, catalog, media and the student's progress. Course records are written
 * as an admin's edits would store them; videos go through the real pipeline (upload → S3 event →
 * transcode → MediaConvert → transcode-complete) once per generated clip, then lessons sharing a
 * clip get copies of its HLS output.
 */
export async function seedDemo(cloud: LocalCloud, log: (line: string) => void): Promise<void> {
  const { documents, s3, putModel: put } = localAwsClients(cloud);
  const table = (model: string) => cloud.data.tables[model]!;
  const now = new Date().toISOString();
  const ffmpeg = ffmpegPath();
  const work = await mkdtemp(join(tmpdir(), 'demo-media-'));

  try {
    log('creating demo accounts');
    const users = Object.fromEntries(
      await Promise.all(
        Object.entries(demoUsers).map(async ([role, user]) => [role, await cloud.auth.admin.createConfirmedUser(user.email, demoPassword, [...user.groups])] as const),
      ),
    );

    log('writing the catalog');
    for (const course of demoCourses) {
      const artFile = join(work, `${course.id}.png`);
      await generateArt(ffmpeg, course.artColors, artFile);
      const artKey = `art/${course.id}/cover.png`;
      await s3.send(new PutObjectCommand({ Bucket: cloud.bucket, Key: artKey, Body: await readFile(artFile), ContentType: 'image/png' }));
      const { artColors: _colors, lessons, sheetMusic, ...fields } = course;
      await put('Course', { ...fields, artKey, publishedAt: course.status === 'PUBLISHED' ? now : null });
      for (const [index, lesson] of lessons.entries()) {
        const { clip: _clip, ...lessonFields } = lesson;
        await put('Lesson', { ...lessonFields, id: lessonId(course, index), courseId: course.id, position: index + 1, status: course.status, videoStatus: 'NONE' });
      }
      if (sheetMusic) {
        const pdfFile = join(work, `${course.id}.pdf`);
        await generateSheetMusic(sheetMusic.title, pdfFile);
        const body = await readFile(pdfFile);
        const fileKey = `materials/${course.id}/chord-chart.pdf`;
        await s3.send(new PutObjectCommand({ Bucket: cloud.bucket, Key: fileKey, Body: body, ContentType: 'application/pdf' }));
        await put('LessonMaterial', {
          id: `${course.id}-material-1`,
          courseId: course.id,
          lessonId: lessonId(course, sheetMusic.lessonIndex),
          title: sheetMusic.title,
          fileKey,
          contentType: 'application/pdf',
          sizeBytes: body.length,
        });
      }
    }

    const lessonsByClip = Array.from({ length: clipCount }, (_, clip) =>
      demoCourses.flatMap((course) => course.lessons.flatMap((lesson, index) => (lesson.clip === clip ? [lessonId(course, index)] : []))),
    );
    for (const [clip, lessonIds] of lessonsByClip.entries()) {
      const [source, ...copies] = lessonIds;
      if (!source) continue;
      log(`transcoding demo clip ${clip + 1}/${clipCount} through the upload pipeline`);
      const clipFile = join(work, `clip-${clip}.mp4`);
      await generateClip(ffmpeg, clip, clipFile);
      await s3.send(new PutObjectCommand({ Bucket: cloud.bucket, Key: `uploads/${source}/source.mp4`, Body: await readFile(clipFile), ContentType: 'video/mp4' }));
      await documents.send(
        new UpdateCommand({ TableName: table('Lesson'), Key: { id: source }, UpdateExpression: 'SET sourceKey = :k', ExpressionAttributeValues: { ':k': `uploads/${source}/source.mp4` } }),
      );
      const ready = await waitForReady(documents, table('Lesson'), source);
      const folder = String(ready['hlsPrefix']);
      for (const target of copies) {
        // hls/<source>/<job>/… → hls/<target>/<job>/…, poster included.
        const targetFolder = `hls/${target}/${folder.slice(`hls/${source}/`.length)}`;
        await copyPrefix(s3, cloud.bucket, folder, targetFolder);
        await documents.send(
          new UpdateCommand({
            TableName: table('Lesson'),
            Key: { id: target },
            UpdateExpression: 'SET videoStatus = :ready, hlsPrefix = :prefix, durationSeconds = :duration, posterKey = :poster',
            ExpressionAttributeValues: {
              ':ready': 'READY',
              ':prefix': targetFolder,
              ':duration': ready['durationSeconds'] ?? null,
              ':poster': typeof ready['posterKey'] === 'string' ? `${targetFolder}${ready['posterKey'].slice(folder.length)}` : null,
            },
          }),
        );
      }
    }

    log('enrolling the demo student');
    const student = users['student']!;
    const course = demoCourses.find((c) => c.id === studentEnrollment.courseId)!;
    const orderId = `order-demo-${student.sub.slice(0, 8)}`;
    await put('Order', { id: orderId, userId: student.sub, product: 'COURSE', courseId: course.id, amountCents: course.priceCents, currency: course.currency, status: 'PAID', stripeSessionId: 'cs_test_demo_seed', paidAt: now });
    await put('Enrollment', { userId: student.sub, courseId: course.id, source: 'PURCHASE', orderId });

    const token = await signInForTokens(cloud.auth.url, cloud.auth.userPoolClientId, demoUsers.student.email, demoPassword);
    const today = now.slice(0, 10);
    for (const progress of studentEnrollment.progress) {
      const input = { lessonId: lessonId(course, progress.lessonIndex), courseId: course.id, positionSeconds: progress.positionSeconds, completed: progress.completed, practiceSeconds: progress.practiceSeconds };
      await graphqlAs(cloud.data.graphqlUrl, token, 'mutation ($input: CreateLessonProgressInput!) { createLessonProgress(input: $input) { id } }', { input });
      await graphqlAs(cloud.data.graphqlUrl, token, 'mutation ($input: CreatePracticeSessionInput!) { createPracticeSession(input: $input) { id } }', {
        input: { lessonId: input.lessonId, courseId: course.id, day: today, seconds: progress.practiceSeconds },
      });
    }
    log(`demo data ready: ${demoCourses.length} courses, ${Object.keys(users).length} accounts (password ${demoPassword})`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function waitForReady(documents: DynamoDBDocumentClient, tableName: string, id: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + transcodeTimeoutMs;
  while (Date.now() < deadline) {
    const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: { id } }));
    if (Item?.['videoStatus'] === 'READY') return Item;
    if (Item?.['videoStatus'] === 'FAILED') throw new Error(`Demo video for ${id} failed: ${String(Item['videoFailureReason'])}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Demo video for ${id} was not ready after ${transcodeTimeoutMs / 1000} s`);
}

async function copyPrefix(s3: S3Client, bucket: string, from: string, to: string): Promise<void> {
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: from, ContinuationToken: token }));
    for (const object of page.Contents ?? []) {
      await s3.send(new CopyObjectCommand({ Bucket: bucket, CopySource: `${bucket}/${object.Key}`, Key: `${to}${object.Key!.slice(from.length)}` }));
    }
    token = page.NextContinuationToken;
  } while (token);
}
