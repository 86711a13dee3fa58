import { z } from 'zod';
import { recordId } from '../shared/record-id';

/** As long as a LessonNote (amplify/data/resource.ts); an answer may explain more than a question asks. */
export const MAX_QUESTION_LENGTH = 2000;
export const MAX_ANSWER_LENGTH = 4000;
/** No lesson is longer than a day, as for every time in a video. */
const SECONDS_PER_DAY = 86_400;

const words = (field: string, max: number) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, `${field} is required`)
    .max(max, `${field} must be ${max} characters or fewer`);

export const lessonQuestionsArgs = z.object({ lessonId: recordId('lessonId', 'lesson') });

export const askQuestionArgs = z.object({
  lessonId: recordId('lessonId', 'lesson'),
  positionSeconds: z
    .number({ error: 'positionSeconds must be a number of seconds' })
    .min(0, 'positionSeconds cannot be negative')
    .max(SECONDS_PER_DAY, `positionSeconds must be within the video (at most ${SECONDS_PER_DAY} seconds)`),
  text: words('text', MAX_QUESTION_LENGTH),
});

export const adminCourseQuestionsArgs = z.object({
  courseId: recordId('courseId', 'course'),
  unansweredOnly: z.boolean({ error: 'unansweredOnly must be true or false' }).nullish(),
});

export const answerQuestionArgs = z.object({
  questionId: recordId('questionId', 'question'),
  answer: words('answer', MAX_ANSWER_LENGTH),
});
