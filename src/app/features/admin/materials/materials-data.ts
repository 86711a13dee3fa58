import { listAllPages } from '../../../core/data/backend-call';
import type { DataClientService } from '../../../core/data/data-client';
import { type LessonRef, type MaterialItem } from './material-groups';

export interface CourseMaterialsData {
  readonly materials: MaterialItem[];
  readonly lessons: LessonRef[];
}

/** Every material of the course and its lessons' titles (for grouping and the lesson select). */
export async function loadCourseMaterials(data: DataClientService, courseId: string): Promise<CourseMaterialsData> {
  const { LessonMaterial, Lesson } = data.client.models;
  const [materials, lessons] = await Promise.all([
    listAllPages((nextToken) =>
      LessonMaterial.materialsByCourse({ courseId }, { nextToken, selectionSet: ['id', 'lessonId', 'title', 'contentType', 'sizeBytes'] }),
    ),
    listAllPages((nextToken) => Lesson.lessonsByCourse({ courseId }, { nextToken, selectionSet: ['id', 'title', 'position'] })),
  ]);
  return { materials, lessons: [...lessons].sort((a, b) => a.position - b.position) };
}
