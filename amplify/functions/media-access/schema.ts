import { z } from 'zod';

export const getPlaybackArgs = z.object({ lessonId: z.string().min(1).max(128) });
export const getMaterialUrlArgs = z.object({ materialId: z.string().min(1).max(128) });
