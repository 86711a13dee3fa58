import type { Context } from 'aws-lambda';
import { z } from 'zod';
import type { Schema } from '../../data/resource';
import { appSyncCorrelation } from '../shared/appsync-event';
import { conflict, notFound, resolveWith } from '../shared/errors';
import { emailClaimOf, requireAdmin } from '../shared/identity';
import { requireEnv } from '../shared/env';
import { correlate, logger } from '../shared/logger';
import { parseArgs } from '../shared/parse-args';
import { recordId } from '../shared/record-id';
import { getLesson, putAuditEntry, type LessonRecord } from './lesson-store';
import { lessonIdFromSourceKey } from './source-key';
import { startTranscode } from './start-transcode';

type RetryTranscode = Schema['retryTranscode']['functionHandler'];
export type RetryTranscodeEvent = Parameters<RetryTranscode>[0];

const retryArgs = z.object({ lessonId: recordId('lessonId', 'lesson') });

/**
 * retryTranscode(lessonId): admins only (AppSync checks the group; the token's own claim is checked
 * again here). Runs probe + CreateJob again on the lesson's current source, only when its last
 * attempt FAILED; answers with the lesson as it now stands (PROCESSING, or FAILED with a new reason).
 */
export async function retryTranscode(event: RetryTranscodeEvent, context?: Context): Promise<LessonRecord> {
  correlate(appSyncCorrelation(event), context);
  return resolveWith(async () => {
    const caller = requireAdmin(event.identity, 'retry a video');
    const { lessonId } = parseArgs(retryArgs, event.arguments);
    logger.appendKeys({ lessonId });

    const lesson = await getLesson(lessonId);
    if (!lesson) throw notFound('no such lesson');
    const sourceKey = lesson.sourceKey;
    if (!sourceKey || lessonIdFromSourceKey(sourceKey) !== lessonId) throw conflict('this lesson has no uploaded video to retry; upload one');
    if (lesson.videoStatus !== 'FAILED') throw conflict(`only a failed video can be retried; this one is ${lesson.videoStatus.toLowerCase()}`);

    const outcome = await startTranscode({ bucket: requireEnv('MEDIA_BUCKET_NAME'), lessonId, sourceKey });
    logger.info('Transcode retried', { outcome, adminId: caller.sub });
    const now = await getLesson(lessonId);
    if (!now) throw notFound('no such lesson');
    await putAuditEntry(
      { id: caller.sub, email: emailClaimOf(event.identity) },
      {
        action: 'transcode.retry',
        entityType: 'Lesson',
        entityId: lessonId,
        courseId: lesson.courseId,
        before: { videoStatus: lesson.videoStatus, videoFailureReason: lesson.videoFailureReason },
        after: { videoStatus: now.videoStatus, videoFailureReason: now.videoFailureReason },
        details: { sourceKey },
      },
    );
    return now;
  });
}
