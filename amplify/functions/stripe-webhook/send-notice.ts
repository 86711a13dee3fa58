import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documents } from '../shared/dynamo';
import { requireEnv } from '../shared/env';
import type { MailContent } from '../shared/mail/mail-content';
import { sendNotice } from '../shared/mail/mailer';
import { membershipCancelingMail } from '../shared/mail/membership-canceling-mail';
import { membershipEndedMail } from '../shared/mail/membership-ended-mail';
import { membershipRenewedMail } from '../shared/mail/membership-renewed-mail';
import { receiptMail } from '../shared/mail/receipt-mail';
import { emailOfUser } from '../shared/user-directory';
import type { Notice } from './notices';

const membershipItem = 'All-access membership (monthly)';

/** Emails the notice to the user's current verified address; never throws (see sendNotice). */
export function mailNotice(notice: Notice): Promise<boolean> {
  return sendNotice(notice.kind, async () => {
    const email = await emailOfUser(notice.userId);
    return { to: email ? [email] : [], mail: await compose(notice) };
  });
}

async function compose(notice: Notice): Promise<MailContent> {
  switch (notice.kind) {
    case 'receipt':
      return receiptMail({
        item: notice.product === 'COURSE' && notice.courseId ? await courseTitle(notice.courseId) : membershipItem,
        amountCents: notice.amountCents,
        discountCents: notice.discountCents,
        currency: notice.currency,
        orderId: notice.orderId,
        paidAt: new Date().toISOString(),
        ...(notice.receiptUrl ? { receiptUrl: notice.receiptUrl } : {}),
      });
    case 'membership-renewed':
      return membershipRenewedMail(notice);
    case 'membership-canceling':
      return membershipCancelingMail(notice.endsAt);
    case 'membership-ended':
      return membershipEndedMail();
  }
}

async function courseTitle(courseId: string): Promise<string> {
  const { Item } = await documents.send(new GetCommand({ TableName: requireEnv('COURSE_TABLE'), Key: { id: courseId } }));
  return typeof Item?.['title'] === 'string' ? Item['title'] : `Course ${courseId}`;
}
