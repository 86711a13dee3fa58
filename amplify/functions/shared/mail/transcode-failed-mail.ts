import { composeMail, type MailContent } from './mail-content';

export interface TranscodeFailure {
  readonly lessonId: string;
  readonly lessonTitle?: string;
  readonly courseTitle?: string;
  /** The reason the studio shows (written for a person). */
  readonly reason: string;
}

/** Sent to every admin when a lesson video could not be transcoded. */
export function transcodeFailedMail(failure: TranscodeFailure): MailContent {
  const lesson = failure.lessonTitle ? `"${failure.lessonTitle}"` : `lesson ${failure.lessonId}`;
  const course = failure.courseTitle ? ` in "${failure.courseTitle}"` : '';
  return composeMail(`Video failed: ${failure.lessonTitle ?? failure.lessonId}`, [
    `The video of ${lesson}${course} could not be transcoded.`,
    `Reason: ${failure.reason}`,
    `Lesson id: ${failure.lessonId}. Open the course in Admin to upload the video again or retry it; ` +
      "MediaConvert's own message is in transcode-complete's log.",
  ]);
}
