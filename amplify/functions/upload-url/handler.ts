import type { Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import type { Schema } from '../../data/resource';
import { appSyncCorrelation, fieldNameOf } from '../shared/appsync-event';
import { AppError, badRequest, notFound, resolveWith } from '../shared/errors';
import { emailClaimOf, requireAdmin } from '../shared/identity';
import { markUploaded } from '../shared/lesson-video';
import { correlate, logger } from '../shared/logger';
import { parseArgs } from '../shared/parse-args';
import { auditItem, type Actor } from './upload-audit';
import { abortUploadArgs, completeUploadArgs, createUploadArgs, resumeUploadArgs } from './schema';
import { checkSize, checkUpload, PART_SIZE_BYTES, parseUploadKey, partCount, uploadKey, type ParsedUploadKey, type UploadKind } from './upload-policy';
import * as records from './upload-records';
import * as store from './upload-store';

type CreateUpload = Schema['createUpload']['functionHandler'];
type ResumeUpload = Schema['resumeUpload']['functionHandler'];
type AbortUpload = Schema['abortUpload']['functionHandler'];
type CompleteUpload = Schema['completeUpload']['functionHandler'];
type UploadEvent = Parameters<CreateUpload | ResumeUpload | AbortUpload | CompleteUpload>[0];
type UploadTarget = Schema['UploadTarget']['type'];

export const PART_URL_SECONDS = 60 * 60;
/** Longest material title kept from a file name (it also bounds the S3 metadata, 2 KB at most). */
const MAX_TITLE_LENGTH = 120;

/** Admin-only multipart uploads into uploads/, materials/ and art/ (all four mutations route here). */
export const handler = async (event: UploadEvent, context?: Context): Promise<UploadTarget | string | boolean> => {
  correlate(appSyncCorrelation(event), context);
  return resolveWith(async () => {
    switch (fieldNameOf(event)) {
      case 'createUpload':
        return createUpload(event as Parameters<CreateUpload>[0]);
      case 'resumeUpload':
        return resumeUpload(event as Parameters<ResumeUpload>[0]);
      case 'abortUpload':
        return abortUpload(event as Parameters<AbortUpload>[0]);
      case 'completeUpload':
        return completeUpload(event as Parameters<CompleteUpload>[0]);
      default:
        throw badRequest(`upload-url does not serve ${fieldNameOf(event)}`);
    }
  });
};

function requireUploader(identity: UploadEvent['identity']): Actor {
  return { id: requireAdmin(identity, 'upload files').sub, email: emailClaimOf(identity) };
}

function issuedKey(key: string): ParsedUploadKey {
  const target = parseUploadKey(key);
  if (!target) throw badRequest('not an upload key issued by createUpload');
  return target;
}

export const createUpload = (async (event): Promise<UploadTarget> => {
  requireUploader(event.identity);
  const { kind, targetId, lessonId, fileName, contentType, sizeBytes } = parseArgs(createUploadArgs, event.arguments);
  if (lessonId && kind !== 'MATERIAL') throw badRequest('only materials are attached to a lesson: leave lessonId out');
  const check = checkUpload(kind, contentType, sizeBytes);
  if (!check.ok) throw badRequest(check.reason);
  await requireTarget(kind, targetId, lessonId ?? undefined);

  const key = uploadKey(kind, targetId, randomUUID(), check.extension);
  const uploadId = await store.startMultipart(key, contentType.toLowerCase(), {
    fileName: fileName.slice(0, 255),
    lessonId: lessonId ?? undefined,
  });
  logger.info('Upload started', { key, sizeBytes });
  return uploadTarget(key, uploadId, sizeBytes, []);
}) satisfies CreateUpload;

async function requireTarget(kind: UploadKind, targetId: string, lessonId: string | undefined): Promise<void> {
  if (kind === 'VIDEO') {
    if (!(await records.getLesson(targetId))) throw notFound(`there is no lesson ${targetId}`);
    return;
  }
  if (!(await records.getCourse(targetId))) throw notFound(`there is no course ${targetId}`);
  if (lessonId) {
    const lesson = await records.getLesson(lessonId);
    if (!lesson) throw notFound(`there is no lesson ${lessonId}`);
    if (lesson['courseId'] !== targetId) throw badRequest(`lesson ${lessonId} is not a lesson of course ${targetId}`);
  }
}

/** Fresh part URLs for every part, and the parts S3 already holds, so the browser sends only the rest. */
export const resumeUpload = (async (event): Promise<UploadTarget> => {
  requireUploader(event.identity);
  const { key, uploadId, sizeBytes } = parseArgs(resumeUploadArgs, event.arguments);
  const size = checkSize(issuedKey(key).kind, sizeBytes);
  if (!size.ok) throw badRequest(size.reason);
  const uploadedParts = await store.listParts(key, uploadId);
  logger.info('Upload resumed', { key, uploadedParts: uploadedParts.length });
  return uploadTarget(key, uploadId, sizeBytes, uploadedParts);
}) satisfies ResumeUpload;

export const abortUpload = (async (event): Promise<boolean> => {
  requireUploader(event.identity);
  const { key, uploadId } = parseArgs(abortUploadArgs, event.arguments);
  issuedKey(key);
  await store.abortMultipart(key, uploadId);
  logger.info('Upload cancelled', { key });
  return true;
}) satisfies AbortUpload;

async function uploadTarget(key: string, uploadId: string, sizeBytes: number, uploadedParts: store.StoredPart[]): Promise<UploadTarget> {
  // Taken before signing, so every URL outlives the time the browser is told.
  const expiresAt = new Date(Date.now() + PART_URL_SECONDS * 1000).toISOString();
  const partUrls = await store.signParts(key, uploadId, partCount(sizeBytes), PART_URL_SECONDS);
  return { key, uploadId, partSize: PART_SIZE_BYTES, partUrls, uploadedParts, expiresAt };
}

/**
 * Assembles the object, then records it with its audit entry. Everything recorded comes from the
 * key and from what createUpload stored on the object, never from this call's arguments.
 */
export const completeUpload = (async (event): Promise<string> => {
  const actor = requireUploader(event.identity);
  const { key, uploadId, etags } = parseArgs(completeUploadArgs, event.arguments);
  const target = issuedKey(key);
  // Read before completing: the S3 trigger may move the lesson on as soon as the object exists.
  const lessonBefore = target.kind === 'VIDEO' ? await records.getLesson(target.targetId) : undefined;
  if (target.kind === 'VIDEO' && !lessonBefore) throw notFound('the lesson was deleted: nothing was saved');

  await finishMultipart(target.kind, key, uploadId, etags);
  const object = await store.headObject(key);
  if (!object) throw notFound('the uploaded file could not be found: start the upload again');
  const at = new Date().toISOString();
  const details = { kind: target.kind, key, sizeBytes: object.sizeBytes, fileName: object.metadata.fileName };

  switch (target.kind) {
    case 'VIDEO': {
      await markUploaded(target.targetId, key);
      const audit = auditItem(target.objectId, actor, {
        action: 'upload.complete',
        entityType: 'Lesson',
        entityId: target.targetId,
        courseId: String(lessonBefore?.['courseId']),
        before: { sourceKey: lessonBefore?.['sourceKey'] ?? null, videoStatus: lessonBefore?.['videoStatus'] ?? null },
        after: { sourceKey: key, videoStatus: 'UPLOADED' },
        details,
      }, at);
      await records.putAudit(audit);
      break;
    }
    case 'COURSE_ART': {
      const course = await records.getCourse(target.targetId);
      if (!course) throw notFound('the course was deleted: nothing was saved');
      const previous = typeof course['artKey'] === 'string' ? course['artKey'] : undefined;
      const audit = auditItem(target.objectId, actor, {
        action: 'upload.complete',
        entityType: 'Course',
        entityId: target.targetId,
        courseId: target.targetId,
        before: { artKey: previous ?? null },
        after: { artKey: key },
        details,
      }, at);
      await records.setCourseArt(target.targetId, previous, key, audit);
      break;
    }
    case 'MATERIAL': {
      const material: records.NewMaterial = {
        id: target.objectId,
        courseId: target.targetId,
        lessonId: object.metadata.lessonId,
        title: titleOf(object.metadata.fileName),
        fileKey: key,
        contentType: object.contentType,
        sizeBytes: object.sizeBytes,
      };
      const audit = auditItem(target.objectId, actor, {
        action: 'upload.complete',
        entityType: 'LessonMaterial',
        entityId: material.id,
        courseId: target.targetId,
        after: { ...material },
        details,
      }, at);
      await records.createMaterial(material, audit);
      break;
    }
  }
  logger.info('Upload completed', { key });
  return key;
}) satisfies CompleteUpload;

/**
 * Completes the multipart upload once the parts S3 holds are within the kind's limit (part URLs do
 * not bound their size); an oversize upload is aborted. A repeated call after S3 already assembled
 * the object (a lost response) goes on to record it.
 */
async function finishMultipart(kind: UploadKind, key: string, uploadId: string, etags: readonly string[]): Promise<void> {
  let parts: store.StoredPart[];
  try {
    parts = await store.listParts(key, uploadId);
  } catch (error) {
    if (error instanceof AppError && error.kind === 'NotFound' && (await store.headObject(key))) return;
    throw error;
  }
  const sentBytes = parts.filter((part) => part.partNumber <= etags.length).reduce((sum, part) => sum + part.sizeBytes, 0);
  const size = checkSize(kind, sentBytes);
  if (!size.ok) {
    await store.abortMultipart(key, uploadId);
    throw badRequest(size.reason);
  }
  await store.completeMultipart(key, uploadId, etags);
}

/** "Blues in A (backing).mp3" → "Blues in A (backing)". */
function titleOf(fileName: string): string {
  const withoutExtension = fileName.replace(/\.[A-Za-z0-9]{1,8}$/, '').trim();
  return (withoutExtension || fileName.trim() || 'Untitled material').slice(0, MAX_TITLE_LENGTH);
}
