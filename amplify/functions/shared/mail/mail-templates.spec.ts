import { membershipCancelingMail } from './membership-canceling-mail';
import { membershipEndedMail } from './membership-ended-mail';
import { membershipRenewedMail } from './membership-renewed-mail';
import { receiptMail } from './receipt-mail';
import { transcodeFailedMail } from './transcode-failed-mail';
import { welcomeMail } from './welcome-mail';

describe('mail templates', () => {
  it('should greet the new user by display name when they chose one', () => {
    const mail = welcomeMail('Ada');

    expect(mail.subject).toBe('Welcome to Play-Along');
    expect(mail.text).toContain('Hi Ada,');
    expect(mail.html).toContain('<p>Hi Ada,</p>');
  });

  it('should escape what a user typed when it goes into the HTML body', () => {
    const mail = welcomeMail('<script>alert(1)</script>');

    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.text).toContain('Hi <script>alert(1)</script>,');
  });

  it('should state the item, the amount charged, the discount, the order and Stripe’s receipt when a payment is receipted', () => {
    const mail = receiptMail({
      item: 'Blues Lead Guitar', amountCents: 3920, discountCents: 980, currency: 'usd', orderId: 'cs_1',
      paidAt: '2026-12-03T10:00:00Z', receiptUrl: 'https://pay.example/receipt/1',
    });

    expect(mail.subject).toBe('Your Play-Along receipt');
    expect(mail.text).toContain('Item: Blues Lead Guitar');
    expect(mail.text).toContain('Discount: $9.80');
    expect(mail.text).toContain('Paid: $39.20 on December 3, 2026');
    expect(mail.text).toContain('Order: cs_1');
    expect(mail.text).toContain('https://pay.example/receipt/1');
  });

  it('should leave out the discount line when nothing was taken off', () => {
    const mail = receiptMail({ item: 'x', amountCents: 4900, discountCents: 0, currency: 'usd', orderId: 'cs_2', paidAt: '2026-12-03T10:00:00Z' });

    expect(mail.text).not.toContain('Discount');
    expect(mail.text).toContain('Paid: $49.00');
  });

  it('should state the renewal’s charge and the new end of the period when the membership renews', () => {
    const mail = membershipRenewedMail({ priceCents: 1500, currency: 'usd', paidThrough: '2027-01-03T00:00:00Z' });

    expect(mail.subject).toBe('Your Play-Along membership renewed');
    expect(mail.text).toContain('We charged $15.00. It now runs until January 3, 2027.');
  });

  it('should give the last day when the membership is set to end', () => {
    const mail = membershipCancelingMail('2027-01-03T00:00:00Z');

    expect(mail.subject).toBe('Your Play-Along membership will end');
    expect(mail.text).toContain('will end on January 3, 2027');
  });

  it('should say bought courses stay when the membership has ended', () => {
    const mail = membershipEndedMail();

    expect(mail.subject).toBe('Your Play-Along membership has ended');
    expect(mail.text).toContain('Courses you bought on their own stay yours');
  });

  it('should name the lesson, its course and the reason when a transcode fails', () => {
    const mail = transcodeFailedMail({ lessonId: 'l-1', lessonTitle: 'Shuffle rhythm', courseTitle: 'Blues Lead Guitar', reason: 'This file is not a video we can read.' });

    expect(mail.subject).toBe('Video failed: Shuffle rhythm');
    expect(mail.text).toContain('The video of "Shuffle rhythm" in "Blues Lead Guitar" could not be transcoded.');
    expect(mail.text).toContain('Reason: This file is not a video we can read.');
  });

  it('should fall back to the lesson id when the lesson’s title could not be read', () => {
    const mail = transcodeFailedMail({ lessonId: 'l-2', reason: 'r' });

    expect(mail.subject).toBe('Video failed: l-2');
    expect(mail.text).toContain('The video of lesson l-2 could not be transcoded.');
  });
});
