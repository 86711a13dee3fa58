import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { Schema } from '../../data/resource';
import { appSyncCorrelation, fieldNameOf } from '../shared/appsync-event';
import { badRequest, notFound, resolveWith, unauthorized } from '../shared/errors';
import { courseAccess } from '../shared/entitlement';
import { callerOf, emailClaimOf, isAdmin, requireAdmin, type Caller } from '../shared/identity';
import { correlate, logger } from '../shared/logger';
import { parseArgs } from '../shared/parse-args';
import { loadViewer } from '../shared/viewer-store';
import * as store from './question-store';
import { adminCourseQuestionsArgs, answerQuestionArgs, askQuestionArgs, lessonQuestionsArgs } from './schema';
import { byTimeInVideo, toTimelineQuestion, unansweredFirst, type TimelineQuestion } from './timeline-question';

type LessonQuestions = Schema['lessonQuestions']['functionHandler'];
type AskQuestion = Schema['askQuestion']['functionHandler'];
type AdminCourseQuestions = Schema['adminCourseQuestions']['functionHandler'];
type AnswerQuestion = Schema['answerQuestion']['functionHandler'];
type QuestionEvent =
  | Parameters<LessonQuestions>[0]
  | Parameters<AskQuestion>[0]
  | Parameters<AdminCourseQuestions>[0]
  | Parameters<AnswerQuestion>[0];

/** Shown for a student who set no display name: questions never carry an email. */
export const ANONYMOUS_AUTHOR = 'A student';

/** Serves the four question operations (AppSync routes them here by field name). */
export const handler = async (event: QuestionEvent, context?: Context): Promise<TimelineQuestion | TimelineQuestion[]> => {
  correlate(appSyncCorrelation(event), context);
  return resolveWith(async () => {
    switch (fieldNameOf(event)) {
      case 'lessonQuestions':
        return lessonQuestions(event as Parameters<LessonQuestions>[0]);
      case 'askQuestion':
        return askQuestion(event as Parameters<AskQuestion>[0]);
      case 'adminCourseQuestions':
        return adminCourseQuestions(event as Parameters<AdminCourseQuestions>[0]);
      case 'answerQuestion':
        return answerQuestion(event as Parameters<AnswerQuestion>[0]);
      default:
        throw badRequest(`lesson-questions does not serve ${fieldNameOf(event)}`);
    }
  });
};

async function lessonQuestions(event: Parameters<LessonQuestions>[0]): Promise<TimelineQuestion[]> {
  const { lessonId } = parseArgs(lessonQuestionsArgs, event.arguments);
  const caller = requireCaller(event.identity, 'read questions');
  logger.appendKeys({ lessonId });
  const lesson = await entitledLesson(caller, lessonId, 'read its questions');
  const questions = await store.questionsOfLesson(lesson.id);
  return questions.map((question) => toTimelineQuestion(question, caller.sub, lesson.title)).sort(byTimeInVideo);
}

async function askQuestion(event: Parameters<AskQuestion>[0]): Promise<TimelineQuestion> {
  const { lessonId, positionSeconds, text } = parseArgs(askQuestionArgs, event.arguments);
  const caller = requireCaller(event.identity, 'ask a question');
  logger.appendKeys({ lessonId });
  const lesson = await entitledLesson(caller, lessonId, 'ask questions');
  if (lesson.durationSeconds && positionSeconds > lesson.durationSeconds) {
    throw badRequest(`positionSeconds is past the end of the video (${lesson.durationSeconds} seconds)`);
  }
  const question: store.QuestionRecord = {
    id: randomUUID(),
    courseId: lesson.courseId,
    lessonId: lesson.id,
    positionSeconds,
    text,
    authorId: caller.sub,
    authorName: (await store.displayNameOf(caller.sub)) ?? ANONYMOUS_AUTHOR,
    askedAt: new Date().toISOString(),
  };
  await store.putQuestion(question);
  logger.info('Question asked', { questionId: question.id });
  return toTimelineQuestion(question, caller.sub, lesson.title);
}

async function adminCourseQuestions(event: Parameters<AdminCourseQuestions>[0]): Promise<TimelineQuestion[]> {
  const caller = requireAdmin(event.identity, 'list a course’s questions');
  const { courseId, unansweredOnly } = parseArgs(adminCourseQuestionsArgs, event.arguments);
  logger.appendKeys({ courseId });
  if (!(await store.getCourse(courseId))) throw notFound('no such course');
  const [questions, titles] = await Promise.all([store.questionsOfCourse(courseId), store.lessonTitlesOf(courseId)]);
  return questions
    .filter((question) => !unansweredOnly || !question.answer)
    .map((question) => toTimelineQuestion(question, caller.sub, titles.get(question.lessonId)))
    .sort(unansweredFirst);
}

async function answerQuestion(event: Parameters<AnswerQuestion>[0]): Promise<TimelineQuestion> {
  const caller = requireAdmin(event.identity, 'answer questions');
  const { questionId, answer } = parseArgs(answerQuestionArgs, event.arguments);
  logger.appendKeys({ questionId });
  const question = await store.getQuestion(questionId);
  if (!question) throw notFound('no such question');
  const answered = await store.saveAnswer(question, answer, { id: caller.sub, email: emailClaimOf(event.identity) }, new Date().toISOString());
  const lesson = await store.getLesson(question.lessonId);
  return toTimelineQuestion(answered, caller.sub, lesson?.title);
}

function requireCaller(identity: QuestionEvent['identity'], doing: string): Caller {
  const caller = callerOf(identity);
  if (!caller) throw unauthorized(`sign in to ${doing}`);
  return caller;
}

/**
 * The lesson, when the caller may take part in its questions: a published lesson of a published
 * course the caller is entitled to (admins: any lesson). A free preview opens the video, not the questions.
 */
async function entitledLesson(caller: Caller, lessonId: string, doing: string): Promise<store.LessonRecord> {
  const lesson = await store.getLesson(lessonId);
  const course = lesson ? await store.getCourse(lesson.courseId) : null;
  if (!lesson || !course) throw notFound('no such lesson');
  if (isAdmin(caller)) return lesson;
  if (lesson.status !== 'PUBLISHED' || course.status !== 'PUBLISHED') throw notFound('no such lesson');
  const access = courseAccess(await loadViewer(caller, course.id), course.id);
  if (access === 'NONE') throw unauthorized(`enroll in this course or join the membership to ${doing}`);
  return lesson;
}
