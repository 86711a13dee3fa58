import { z } from 'zod';

export const getCatalogCourseArgs = z.object({ courseId: z.string().min(1).max(128) });
export type GetCatalogCourseArgs = z.infer<typeof getCatalogCourseArgs>;
