import { notFound } from '../shared/errors';
import * as store from './admin-store';
import type { CourseRecord, LessonRecord, MaterialRecord } from './records';

/** Reads the record a change starts from, or refuses with NotFound. */
export async function requireCourse(id: string): Promise<CourseRecord> {
  return (await store.getCourse(id)) ?? fail('course');
}

export async function requireLesson(id: string): Promise<LessonRecord> {
  return (await store.getLesson(id)) ?? fail('lesson');
}

export async function requireMaterial(id: string): Promise<MaterialRecord> {
  return (await store.getMaterial(id)) ?? fail('material');
}

function fail(what: string): never {
  throw notFound(`no such ${what}: it may have been deleted`);
}
