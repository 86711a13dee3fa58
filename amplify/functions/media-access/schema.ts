import { z } from 'zod';
import { recordId } from '../shared/record-id';

export const getPlaybackArgs = z.object({ lessonId: recordId('lessonId', 'lesson') });
export const getMaterialUrlArgs = z.object({ materialId: recordId('materialId', 'material') });
