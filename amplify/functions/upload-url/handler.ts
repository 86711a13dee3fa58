import type { Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import type { Schema } from '../../data/resource';
import { appSyncCorrelation, fieldNameOf } from '../shared/appsync-event';
import { badRequest, notFound, resolveWith, unauthorized } from '../shared/errors';
import { callerOf, claimsAdmin, isAdmin, type Caller } from '../shared/identity';
import { markUploaded } from '../shared/lesson-video';
import { correlate, logger } from '../shared/logger';
import { completeUploadArgs, createUploadArgs } from './schema';
import { checkUpload, PART_SIZE_BYTES, parseUploadKey, partCount, uploadKey } from './upload-policy';
import * as store from './upload-store';

type CreateUpload = Schema['createUpload']['functionHandler'];
type CompleteUpload = Schema['completeUpload']['functionHandler'];
type UploadEvent = Parameters<CreateUpload>[0] | Parameters<CompleteUpload>[0];
type UploadTarget = Schema['UploadTarget']['type'];

export const PART_URL_SECONDS = 60 * 60;

/** Admin-only multipart uploads into uploads/, materials/ and art/ (both mutations route here). */
export const handler = async (event: UploadEvent, context?: Context): Promise<UploadTarget | string> => {
  correlate(appSyncCorrelation(event), context);
  return resolveWith(async () => {
    switch (fieldNameOf(event)) {
      case 'createUpload':
        return createUpload(event as Parameters<CreateUpload>[0]);
      case 'completeUpload':
        return completeUpload(event as Parameters<CompleteUpload>[0]);
      default:
        throw badRequest(`upload-url does not serve ${fieldNameOf(event)}`);
    }
  });
};

/** AppSync already enforces the ADMINS group; the token's own claim is checked again here. */
function requireAdmin(identity: UploadEvent['identity']): Caller {
  const caller = callerOf(identity);
  if (!caller || !isAdmin(caller) || !claimsAdmin(identity)) throw unauthorized('only admins can upload');
  return caller;
}

export const createUpload = (async (event): Promise<UploadTarget> => {
  requireAdmin(event.identity);
  const parsed = createUploadArgs.safeParse(event.arguments);
  if (!parsed.success) throw badRequest(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  const { kind, targetId, contentType, sizeBytes } = parsed.data;
  const check = checkUpload(kind, contentType, sizeBytes);
  if (!check.ok) throw badRequest(check.reason);

  const targetExists = await store.recordExists(kind === 'VIDEO' ? 'LESSON_TABLE' : 'COURSE_TABLE', targetId);
  if (!targetExists) throw notFound(`no ${kind === 'VIDEO' ? 'lesson' : 'course'} ${targetId}`);

  const key = uploadKey(kind, targetId, randomUUID(), check.extension);
  const uploadId = await store.startMultipart(key, contentType.toLowerCase());
  const partUrls = await store.signParts(key, uploadId, partCount(sizeBytes), PART_URL_SECONDS);
  logger.info('Upload started', { key, parts: partUrls.length });
  return {
    key,
    uploadId,
    partSize: PART_SIZE_BYTES,
    partUrls,
    uploadedParts: [],
    expiresAt: new Date(Date.now() + PART_URL_SECONDS * 1000).toISOString(),
  };
}) satisfies CreateUpload;

export const completeUpload = (async (event): Promise<string> => {
  const caller = requireAdmin(event.identity);
  const parsed = completeUploadArgs.safeParse(event.arguments);
  if (!parsed.success) throw badRequest('key, uploadId and etags are required');
  const { key, uploadId, etags } = parsed.data;
  const target = parseUploadKey(key);
  if (!target) throw badRequest('not an upload key issued by createUpload');

  await store.completeMultipart(key, uploadId, etags);
  if (target.kind === 'VIDEO') await markUploaded(target.targetId, key);
  await store.audit({
    actorId: caller.sub,
    action: 'upload.complete',
    entityType: target.kind === 'VIDEO' ? 'Lesson' : 'Course',
    entityId: target.targetId,
    details: { kind: target.kind, key, parts: etags.length },
  });
  logger.info('Upload completed', { key });
  return key;
}) satisfies CompleteUpload;
