import { z } from 'zod';
import { recordId } from '../shared/record-id';

export const getCatalogCourseArgs = z.object({ courseId: recordId('courseId', 'course') });
export type GetCatalogCourseArgs = z.infer<typeof getCatalogCourseArgs>;
