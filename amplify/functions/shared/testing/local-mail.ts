import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileMailbox, type MailMessage } from '../../../../local-cloud/auth/mailbox';
import { localApiId, localTableName } from '../../../../local-cloud/data/data-api-definition';
import { startMail, type MailCaller } from '../../../../local-cloud/mail';
import { synthOnce } from '../../../../local-cloud/synth/synth-backend';
import { readFunctionIdentities } from '../../../../local-cloud/wiring/function-identities';
import { sandboxMailFrom } from '../../../operations/mail-sender';
import { useFakeAwsEnvironment } from './local-dynamo';

interface Running {
  readonly url: string;
  readonly mailbox: FileMailbox;
}

/** The first spec to need the templates synthesizes them: slow on a busy machine. */
const synthTimeoutMs = 600_000;
let running: Promise<Running> | undefined;
let refusing = false;
/** The role whose grants SendEmail is checked against: the function under test's, from the templates. */
let caller: MailCaller | undefined;

export interface LocalMail {
  /** Every message delivered since this spec began, oldest first. */
  delivered(): MailMessage[];
  /** From now on in this spec, SES answers AccessDenied (the role lacks ses:SendEmail). */
  refuse(): void;
}

/**
 * The local cloud's SES (real SigV4 check, real SESv2 wire format) on a free port, delivering into a
 * mailbox of its own, and allowing a message only if `functionName`'s execution role in the
 * synthesized templates grants ses:SendEmail on the sender (MAIL_FROM is the sandbox's, as
 * synthesized). The handlers' module-scope SES client resolves its endpoint once, so there is one
 * per test process.
 */
export function useLocalMail(functionName: string): LocalMail {
  let mailbox: FileMailbox | undefined;
  let seen = 0;
  beforeAll(async () => {
    useFakeAwsEnvironment();
    running ??= start();
    mailbox = (await running).mailbox;
    const identities = await readFunctionIdentities((await synthOnce()).dir, { apiId: localApiId, tableName: localTableName });
    const identity = identities.find((candidate) => candidate.functionName === functionName);
    if (!identity) throw new Error(`useLocalMail: no function ${functionName} in the templates`);
    caller = identity;
  }, synthTimeoutMs);
  beforeEach(async () => {
    process.env['AWS_ENDPOINT_URL_SESV2'] = (await running!).url;
    process.env['MAIL_FROM'] = sandboxMailFrom;
    refusing = false;
    seen = mailbox!.list().length;
  });
  return {
    delivered: () => [...mailbox!.list()].reverse().slice(seen),
    refuse: () => {
      refusing = true;
    },
  };
}

async function start(): Promise<Running> {
  const mailbox = new FileMailbox(join(await mkdtemp(join(tmpdir(), 'local-mail-')), 'mailbox.json'));
  const service = await startMail({
    credentials: { accessKeyId: process.env['AWS_ACCESS_KEY_ID']!, secretAccessKey: process.env['AWS_SECRET_ACCESS_KEY']! },
    callerFor: () =>
      caller && {
        functionName: caller.functionName,
        allows: (action, resource) => !refusing && caller!.allows(action, resource),
      },
    mailbox,
    port: 0,
  });
  return { url: service.url, mailbox };
}
