import type { LessonRecord } from './records';

type LessonFacts = Pick<LessonRecord, 'id' | 'status' | 'videoStatus' | 'hlsPrefix'>;

/** A lesson with a ladder keeps playing it while a replacement video is processed. */
export function isPlayable(lesson: Pick<LessonRecord, 'videoStatus' | 'hlsPrefix'>): boolean {
  return Boolean(lesson.hlsPrefix) || lesson.videoStatus === 'READY';
}

export type PublishCheck = { ok: true; playableLessonId: string } | { ok: false; reason: string };

/** A course may be published once a published lesson of it can be played. */
export function checkPublishable(lessons: readonly LessonFacts[]): PublishCheck {
  const published = lessons.filter((lesson) => lesson.status === 'PUBLISHED');
  const playable = published.find(isPlayable);
  if (playable) return { ok: true, playableLessonId: playable.id };
  if (lessons.length === 0) return { ok: false, reason: 'the course has no lessons yet: add a lesson with a video first' };
  if (published.length === 0) {
    return { ok: false, reason: 'none of its lessons is published: publish a lesson whose video is ready first' };
  }
  return { ok: false, reason: 'none of its published lessons has a ready video yet: wait for the video to finish processing, or upload one' };
}

export type ReorderCheck = { ok: true } | { ok: false; reason: string };

/** A new order must name every lesson of the course exactly once, and nothing else. */
export function checkReorder(currentIds: readonly string[], requestedIds: readonly string[]): ReorderCheck {
  const requested = new Set(requestedIds);
  const current = new Set(currentIds);
  const missing = currentIds.filter((id) => !requested.has(id));
  const extra = requestedIds.filter((id) => !current.has(id));
  if (missing.length === 0 && extra.length === 0 && requested.size === requestedIds.length) return { ok: true };
  const problems = [
    missing.length > 0 ? `missing ${missing.join(', ')}` : '',
    extra.length > 0 ? `not lessons of this course: ${extra.join(', ')}` : '',
    requested.size !== requestedIds.length ? 'a lesson is listed twice' : '',
  ].filter(Boolean);
  return { ok: false, reason: `the new order must list every lesson of the course exactly once (${problems.join('; ')}): reload and try again` };
}

/** The position a new lesson takes: after the last one. */
export function nextPosition(lessons: readonly Pick<LessonRecord, 'position'>[]): number {
  return lessons.reduce((max, lesson) => Math.max(max, lesson.position), 0) + 1;
}
