import type { Schema } from '../../data/resource';
import { runConditionalUpdate } from './iam-data-client';
import { logger } from './logger';

type Lesson = Schema['Lesson']['type'];
type VideoFields = Partial<
  Pick<Lesson, 'videoStatus' | 'videoProgressPercent' | 'videoFailureReason' | 'sourceKey' | 'hlsPrefix' | 'durationSeconds' | 'posterKey'>
>;
/** Null clears a field: the generated update resolver REMOVEs attributes set to null. */
type VideoUpdate = { [field in keyof VideoFields]: VideoFields[field] | null };

type StringCondition = { eq?: string; ne?: string; attributeExists?: boolean };
export interface LessonCondition {
  sourceKey?: StringCondition;
  videoStatus?: { eq?: Lesson['videoStatus']; ne?: Lesson['videoStatus'] };
  and?: LessonCondition[];
  or?: LessonCondition[];
}

/**
 * Every Lesson field that admins' `Lesson.onUpdate` subscriptions select: AppSync sends subscribers
 * only what the mutation selected.
 */
const updateLessonVideo = /* GraphQL */ `
  mutation UpdateLessonVideo($input: UpdateLessonInput!, $condition: ModelLessonConditionInput) {
    updateLesson(input: $input, condition: $condition) {
      id courseId title description position durationSeconds freePreview status videoStatus
      videoProgressPercent videoFailureReason sourceKey hlsPrefix posterKey createdAt updatedAt
    }
  }
`;

/**
 * A lesson's video status, written by upload-url, transcode and transcode-complete through AppSync
 * (IAM), so that admins watching the course receive each change on `Lesson.onUpdate`. Every write
 * names the source it is about: markUploaded makes that source the lesson's (the S3 trigger and
 * completeUpload both call it, in either order, and it never moves a lesson back once the source is
 * taken); every other write changes only a lesson whose source it still is, so a late or repeated
 * event for a replaced source changes nothing. hlsPrefix changes only with READY, so a replacement
 * keeps the old ladder playing. Each returns whether the lesson changed; a missing lesson is never created.
 */
export function markUploaded(lessonId: string, sourceKey: string): Promise<boolean> {
  return update(
    lessonId,
    { videoStatus: 'UPLOADED', sourceKey, videoFailureReason: null, videoProgressPercent: null },
    { or: [{ sourceKey: { attributeExists: false } }, { sourceKey: { ne: sourceKey } }] },
  );
}

/** A late progress report never moves a READY lesson back. */
export function markProcessing(lessonId: string, sourceKey: string, progressPercent?: number): Promise<boolean> {
  return update(
    lessonId,
    {
      videoStatus: 'PROCESSING',
      videoFailureReason: null,
      videoProgressPercent: progressPercent === undefined ? null : Math.max(0, Math.min(100, Math.round(progressPercent))),
    },
    { sourceKey: { eq: sourceKey }, videoStatus: { ne: 'READY' } },
  );
}

export interface ReadyVideo {
  hlsPrefix: string;
  durationSeconds?: number;
  posterKey?: string;
}

export function markReady(lessonId: string, sourceKey: string, video: ReadyVideo): Promise<boolean> {
  return update(
    lessonId,
    {
      videoStatus: 'READY',
      hlsPrefix: video.hlsPrefix,
      videoFailureReason: null,
      videoProgressPercent: null,
      ...(video.durationSeconds === undefined ? {} : { durationSeconds: Math.round(video.durationSeconds) }),
      ...(video.posterKey === undefined ? {} : { posterKey: video.posterKey }),
    },
    { sourceKey: { eq: sourceKey } },
  );
}

/** `reason` is shown to admins: write it for a person and log the technical detail. */
export function markFailed(lessonId: string, sourceKey: string, reason: string): Promise<boolean> {
  return update(
    lessonId,
    { videoStatus: 'FAILED', videoFailureReason: reason.slice(0, 1000), videoProgressPercent: null },
    { sourceKey: { eq: sourceKey } },
  );
}

async function update(lessonId: string, fields: VideoUpdate, condition: LessonCondition): Promise<boolean> {
  if (await runConditionalUpdate('updateLesson', { query: updateLessonVideo, variables: { input: { id: lessonId, ...fields }, condition } })) return true;
  logger.info('Lesson video unchanged: lesson missing, source replaced or already there', { lessonId, status: fields.videoStatus });
  return false;
}
