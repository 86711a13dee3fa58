import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SESv2Client, SendEmailCommand, type SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import { FileMailbox } from '../auth/mailbox';
import type { RunningService } from '../service';
import { startMail } from '.';

const credentials = { accessKeyId: 'AKIDLOCALMAIL', secretAccessKey: 'local-mail-secret' };
const sessionToken = 'session-of-post-confirmation';
const granted = 'arn:aws:ses:us-east-1:000000000000:identity/example.com';

const message = (overrides: Partial<SendEmailCommandInput> = {}): SendEmailCommandInput => ({
  FromEmailAddress: 'Play-Along <no-reply@example.com>',
  Destination: { ToAddresses: ['ada@example.com'], CcAddresses: ['bo@example.com'] },
  Content: { Simple: { Subject: { Data: 'Welcome to Play-Along' }, Body: { Text: { Data: 'Hi Ada,\n\nWelcome.' }, Html: { Data: '<p>Hi Ada,</p>' } } } },
  ...overrides,
});

describe('local SES (SESv2 SendEmail into the local mailbox)', () => {
  let dir: string;
  let mailbox: FileMailbox;
  let mail: RunningService;
  const client = (overrides: { secretAccessKey?: string; sessionToken?: string } = {}) =>
    new SESv2Client({
      region: 'us-east-1',
      endpoint: mail.url,
      credentials: { ...credentials, sessionToken, ...overrides },
      maxAttempts: 1,
    });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'local-mail-spec-'));
    mailbox = new FileMailbox(join(dir, 'mailbox.json'));
    mail = await startMail({
      credentials,
      callerFor: (token) =>
        token === sessionToken ? { functionName: 'post-confirmation', allows: (action, resource) => action === 'ses:SendEmail' && resource === granted } : undefined,
      mailbox,
      port: 0,
    });
  });

  afterAll(async () => {
    await mail.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('should deliver one message per recipient with sender, subject and text body when the real SDK sends one', async () => {
    const { MessageId } = await client().send(new SendEmailCommand(message()));

    expect(MessageId).toMatch(/^[0-9a-f-]{36}$/);
    for (const to of ['ada@example.com', 'bo@example.com']) {
      expect(mailbox.latest(to)).withContext(to).toEqual(jasmine.objectContaining({
        to, from: 'Play-Along <no-reply@example.com>', subject: 'Welcome to Play-Along', body: 'Hi Ada,\n\nWelcome.', purpose: 'SendEmail', code: '',
      }));
    }
  });

  it('should keep the message in the mailbox file, which the mailbox page reads after a restart', async () => {
    await client().send(new SendEmailCommand(message({ Destination: { ToAddresses: ['cy@example.com'] } })));

    expect(new FileMailbox(join(dir, 'mailbox.json')).latest('cy@example.com')?.subject).toBe('Welcome to Play-Along');
  });

  it('should refuse a request signed with another secret and deliver nothing', async () => {
    const before = mailbox.list().length;

    await expectAsync(client({ secretAccessKey: 'wrong' }).send(new SendEmailCommand(message()))).toBeRejectedWith(
      jasmine.objectContaining({ name: 'InvalidSignatureException' }),
    );
    expect(mailbox.list().length).toBe(before);
  });

  it('should refuse a caller whose role has no ses:SendEmail on the sender’s identity', async () => {
    await expectAsync(client({ sessionToken: 'someone-else' }).send(new SendEmailCommand(message()))).toBeRejectedWith(
      jasmine.objectContaining({ name: 'UnrecognizedClientException' }),
    );
    await expectAsync(client().send(new SendEmailCommand(message({ FromEmailAddress: 'boss@elsewhere.example' })))).toBeRejectedWith(
      jasmine.objectContaining({ name: 'AccessDeniedException', message: jasmine.stringContaining('identity/boss@elsewhere.example') }),
    );
  });

  it('should refuse a message without recipients or a subject, and raw content it does not emulate', async () => {
    await expectAsync(client().send(new SendEmailCommand(message({ Destination: { ToAddresses: [] } })))).toBeRejectedWith(
      jasmine.objectContaining({ name: 'BadRequestException' }),
    );
    await expectAsync(
      client().send(new SendEmailCommand(message({ Content: { Simple: { Subject: { Data: '' }, Body: { Text: { Data: 'x' } } } } }))),
    ).toBeRejectedWith(jasmine.objectContaining({ name: 'BadRequestException' }));
    await expectAsync(client().send(new SendEmailCommand(message({ Content: { Raw: { Data: Buffer.from('raw') } } })))).toBeRejectedWith(
      jasmine.objectContaining({ name: 'BadRequestException', message: jasmine.stringContaining('Content.Simple only') }),
    );
  });
});
