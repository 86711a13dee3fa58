import type { Context } from 'aws-lambda';
import type { Schema } from '../../data/resource';
import { appSyncCorrelation, fieldNameOf } from '../shared/appsync-event';
import { badRequest, notFound, notReady, resolveWith, unauthorized } from '../shared/errors';
import { canPlayLesson, courseAccess, type CourseAccess } from '../shared/entitlement';
import { callerOf, isAdmin, type Caller } from '../shared/identity';
import { correlate, logger } from '../shared/logger';
import { parseArgs } from '../shared/parse-args';
import { SignedCache } from '../shared/signed-cache';
import { loadViewer } from '../shared/viewer-store';
import { buildManifest } from './hls-manifest';
import * as store from './media-store';
import { getMaterialUrlArgs, getPlaybackArgs } from './schema';

type GetPlayback = Schema['getPlayback']['functionHandler'];
type GetMaterialUrl = Schema['getMaterialUrl']['functionHandler'];
type MediaEvent = Parameters<GetPlayback>[0] | Parameters<GetMaterialUrl>[0];
type Playback = Schema['Playback']['type'];
type SignedUrl = Schema['SignedUrl']['type'];

/** A shared manifest stops working within this; the player fetches a fresh one before then. */
export const SEGMENT_URL_SECONDS = 15 * 60;
export const MATERIAL_URL_SECONDS = 5 * 60;
/**
 * Signed manifests by master playlist key (new with every upload), handed out again for up to five
 * minutes: each leaves with at least ten of its fifteen. Signing every segment URL on every call cost
 * more CPU than the rest of getPlayback together.
 */
const manifests = new SignedCache<string>({ minRemainingMs: 10 * 60_000, maxEntries: 50 });

/** Serves getPlayback and getMaterialUrl (AppSync routes both here by field name). */
export const handler = async (event: MediaEvent, context?: Context): Promise<Playback | SignedUrl> => {
  correlate(appSyncCorrelation(event), context);
  return resolveWith(async () => {
    switch (fieldNameOf(event)) {
      case 'getPlayback':
        return getPlayback(event as Parameters<GetPlayback>[0]);
      case 'getMaterialUrl':
        return getMaterialUrl(event as Parameters<GetMaterialUrl>[0]);
      default:
        throw badRequest(`media-access does not serve ${fieldNameOf(event)}`);
    }
  });
};

export const getPlayback = (async (event): Promise<Playback> => {
  const caller = callerOf(event.identity);
  const { lessonId } = parseArgs(getPlaybackArgs, event.arguments);
  logger.appendKeys({ lessonId });

  const lesson = await store.getLesson(lessonId);
  const course = lesson ? await store.getCourse(lesson.courseId) : null;
  if (!lesson || !course || lesson.status !== 'PUBLISHED' || course.status !== 'PUBLISHED') {
    throw notFound('no such lesson');
  }
  // The ladder that is ready plays, even while a replacement upload is processed (or has failed).
  if (!lesson.hlsPrefix) throw notReady('the video is still being prepared');

  const access = lesson.freePreview ? 'NONE' : await accessTo(caller, course.id);
  if (!canPlayLesson(access, lesson.freePreview)) throw unauthorized('enroll in this course or join the membership to watch this lesson');

  const masterKey = `${lesson.hlsPrefix}master.m3u8`;
  const { value: manifest, expiresAt } = await manifests.get(masterKey, async () => {
    const signedAt = Date.now();
    const value = await buildManifest(masterKey, { read: store.readText, sign: (key) => store.signGet(key, SEGMENT_URL_SECONDS) });
    return { value, expiresAt: signedAt + SEGMENT_URL_SECONDS * 1000 };
  });
  return { lessonId, manifest, expiresAt: new Date(expiresAt).toISOString() };
}) satisfies GetPlayback;

export const getMaterialUrl = (async (event): Promise<SignedUrl> => {
  const caller = callerOf(event.identity);
  const { materialId } = parseArgs(getMaterialUrlArgs, event.arguments);
  if (!caller) throw unauthorized('sign in to download materials');
  logger.appendKeys({ materialId });

  const material = await store.getMaterial(materialId);
  const course = material ? await store.getCourse(material.courseId) : null;
  if (!material || !course || (!isAdmin(caller) && !(await isPublished(course, material)))) throw notFound('no such material');

  if ((await accessTo(caller, course.id)) === 'NONE') throw unauthorized('enroll in this course or join the membership to download materials');

  const expiresAt = new Date(Date.now() + MATERIAL_URL_SECONDS * 1000).toISOString();
  const url = await store.signGet(material.fileKey, MATERIAL_URL_SECONDS, downloadName(material));
  return { url, expiresAt };
}) satisfies GetMaterialUrl;

/** A material is out only when its course is, and so is its lesson when it belongs to one. */
async function isPublished(course: store.CourseRecord, material: store.MaterialRecord): Promise<boolean> {
  if (course.status !== 'PUBLISHED') return false;
  if (!material.lessonId) return true;
  const lesson = await store.getLesson(material.lessonId);
  return lesson?.courseId === course.id && lesson.status === 'PUBLISHED';
}

async function accessTo(caller: Caller | null, courseId: string): Promise<CourseAccess> {
  return courseAccess(await loadViewer(caller, courseId), courseId);
}

function downloadName(material: store.MaterialRecord): string {
  const extension = material.fileKey.includes('.') ? material.fileKey.slice(material.fileKey.lastIndexOf('.')) : '';
  return material.title.toLowerCase().endsWith(extension.toLowerCase()) ? material.title : `${material.title}${extension}`;
}
