import { z } from 'zod';

/** Currencies the checkout accepts; stored lowercase as Stripe and the orders write them. */
export const CURRENCIES = ['usd', 'eur', 'gbp'] as const;
/** 1000.00 in the smallest currency unit. */
export const MAX_PRICE_CENTS = 100_000;
/** TransactWriteItems takes at most 100 items: the lessons' positions, the audit entry and the course check. */
export const MAX_LESSONS_PER_COURSE = 98;

const id = (field: string) =>
  z.string({ error: `${field} is required` }).regex(/^[A-Za-z0-9_-]{1,128}$/, `${field} is not a valid id`);

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, `${field} is required`)
    .max(max, `${field} must be ${max} characters or fewer`);

const optionalText = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .max(max, `${field} must be ${max} characters or fewer`)
    .nullish()
    .transform((value) => value || undefined);

const status = z.enum(['DRAFT', 'PUBLISHED'], { error: 'status must be DRAFT or PUBLISHED' });

const courseFields = {
  title: text('title', 120),
  summary: text('summary', 300),
  description: text('description', 5000),
  instrument: z.enum(['GUITAR', 'PIANO', 'VOICE', 'DRUMS', 'BASS', 'VIOLIN', 'UKULELE'], {
    error: 'instrument must be one of guitar, piano, voice, drums, bass, violin, ukulele',
  }),
  level: z.enum(['BEGINNER', 'INTERMEDIATE', 'ADVANCED'], { error: 'level must be beginner, intermediate or advanced' }),
  priceCents: z
    .number({ error: 'price is required' })
    .int('price must be a whole number of cents')
    .min(0, 'price cannot be negative')
    .max(MAX_PRICE_CENTS, `price must be at most ${MAX_PRICE_CENTS / 100}`),
  currency: z
    .string({ error: 'currency is required' })
    .trim()
    .toLowerCase()
    .pipe(z.enum(CURRENCIES, { error: `currency must be one of ${CURRENCIES.join(', ')}` })),
};

export const createCourseArgs = z.object(courseFields);
export const updateCourseArgs = z.object({ id: id('course id'), ...courseFields });
export const setStatusArgs = z.object({ id: id('id'), status });
export const idArgs = z.object({ id: id('id') });

const lessonFields = {
  title: text('title', 120),
  description: optionalText('description', 5000),
  freePreview: z.boolean({ error: 'freePreview must be true or false' }),
};
export const createLessonArgs = z.object({ courseId: id('course id'), ...lessonFields });
export const updateLessonArgs = z.object({ id: id('lesson id'), ...lessonFields });

export const reorderLessonsArgs = z.object({
  courseId: id('course id'),
  lessonIds: z
    .array(id('lesson id'), { error: 'lessonIds must list the lessons' })
    .min(1, 'lessonIds must list every lesson of the course')
    .max(MAX_LESSONS_PER_COURSE, `a course can have at most ${MAX_LESSONS_PER_COURSE} lessons`)
    .refine((ids) => new Set(ids).size === ids.length, 'lessonIds must not list a lesson twice'),
});

export const renameMaterialArgs = z.object({ id: id('material id'), title: text('title', 120) });

export const grantAccessArgs = z.object({
  courseId: id('course id'),
  email: z
    .string({ error: 'email is required' })
    .trim()
    .max(254, 'email must be 254 characters or fewer')
    .pipe(z.email('email is not a valid email address')),
  reason: text('reason', 500),
});
export const revokeAccessArgs = z.object({ courseId: id('course id'), userId: id('user id'), reason: text('reason', 500) });

export const courseSalesArgs = z.object({ courseId: id('course id') });

export type CourseFields = z.infer<typeof createCourseArgs>;
export type LessonFields = z.infer<typeof createLessonArgs>;
