import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documents } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import { sendNotice } from '../shared/mail/mailer';
import { transcodeFailedMail } from '../shared/mail/transcode-failed-mail';
import { emailsInGroup } from '../shared/user-directory';

/** Emails every admin that a lesson's video failed, with the lesson and course titles; never throws. */
export function notifyAdminsOfFailure(lessonId: string, reason: string): Promise<boolean> {
  return sendNotice('transcode-failed', async () => {
    const [admins, lesson] = await Promise.all([emailsInGroup('ADMINS'), titledItem('LESSON_TABLE', lessonId)]);
    const course = typeof lesson?.['courseId'] === 'string' ? await titledItem('COURSE_TABLE', lesson['courseId']) : undefined;
    return {
      to: admins,
      mail: transcodeFailedMail({
        lessonId,
        reason,
        ...(typeof lesson?.['title'] === 'string' ? { lessonTitle: lesson['title'] } : {}),
        ...(typeof course?.['title'] === 'string' ? { courseTitle: course['title'] } : {}),
      }),
    };
  });
}

async function titledItem(table: 'LESSON_TABLE' | 'COURSE_TABLE', id: string): Promise<Record<string, unknown> | undefined> {
  const { Item } = await documents.send(new GetCommand({ TableName: requireEnv(table), Key: { id } }));
  return Item;
}
