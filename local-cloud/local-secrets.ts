import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What Amplify secrets and IAM provide in AWS, generated once per local state folder (git-ignored). */
export interface LocalSecrets {
  stripeSecretKey: string;
  stripeWebhookSecret: string;
  awsAccessKeyId: string;
  awsSecretAccessKey: string;
}

export async function loadOrCreateSecrets(file: string): Promise<LocalSecrets> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LocalSecrets;
  } catch {
    const secrets: LocalSecrets = {
      stripeSecretKey: `sk_test_local_${randomBytes(12).toString('hex')}`,
      stripeWebhookSecret: `whsec_${randomBytes(24).toString('base64url')}`,
      awsAccessKeyId: `AKIALOCAL${randomBytes(6).toString('hex').toUpperCase()}`,
      awsSecretAccessKey: randomBytes(30).toString('base64url'),
    };
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    return secrets;
  }
}
