import type { Schema } from '../../data/resource';
import type { QuestionRecord } from './question-store';

export type TimelineQuestion = Schema['TimelineQuestion']['type'];

/** What a caller sees of a stored question: never the author's id, only whether it is theirs. */
export function toTimelineQuestion(question: QuestionRecord, callerSub: string, lessonTitle?: string): TimelineQuestion {
  return {
    id: question.id,
    courseId: question.courseId,
    lessonId: question.lessonId,
    lessonTitle: lessonTitle ?? null,
    positionSeconds: question.positionSeconds,
    text: question.text,
    authorName: question.authorName,
    mine: question.authorId === callerSub,
    askedAt: question.askedAt,
    answer: question.answer ?? null,
    answeredAt: question.answeredAt ?? null,
  };
}

/** Where they are in the video, then oldest first. */
export function byTimeInVideo(a: TimelineQuestion, b: TimelineQuestion): number {
  return a.positionSeconds - b.positionSeconds || a.askedAt.localeCompare(b.askedAt);
}

/** Unanswered first, each group oldest first: the admin's queue. */
export function unansweredFirst(a: TimelineQuestion, b: TimelineQuestion): number {
  return Number(Boolean(a.answer)) - Number(Boolean(b.answer)) || a.askedAt.localeCompare(b.askedAt);
}
