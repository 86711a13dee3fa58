import { createHash, randomBytes, X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { generate } from 'selfsigned';

/** Reads a value kept under stateDir, creating it once so it stays the same across restarts. */
async function persisted(path: string, create: () => Promise<string>): Promise<string> {
  if (existsSync(path)) return (await readFile(path, 'utf8')).trim();
  const value = await create();
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${value}\n`, { mode: 0o600 });
  return value;
}

/** An AppSync-style API key (`da2-` + 26 base-32 characters). */
export function loadApiKey(path: string): Promise<string> {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return persisted(path, async () => `da2-${[...randomBytes(26)].map((byte) => alphabet[byte % 32]).join('')}`);
}

export interface TlsIdentity {
  key: string;
  cert: string;
}

/** A self-signed certificate for 127.0.0.1 and localhost, made at first start and then reused. */
export async function loadTlsIdentity(keyPath: string, certPath: string): Promise<TlsIdentity> {
  let pems: Awaited<ReturnType<typeof generate>> | undefined;
  const make = async () => {
    pems ??= await generate([{ name: 'commonName', value: 'play-along local data API' }], {
      keySize: 2048,
      algorithm: 'sha256',
      notAfterDate: new Date(Date.now() + 10 * 365 * 24 * 3600 * 1000),
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] },
      ],
    });
    return pems;
  };
  if (existsSync(keyPath) !== existsSync(certPath)) throw new Error(`Only one of ${keyPath} and ${certPath} exists: delete it`);
  const key = await persisted(keyPath, async () => (await make()).private);
  const cert = await persisted(certPath, async () => (await make()).cert);
  return { key, cert };
}

/** Base64 SHA-256 of the certificate's public key, as Chromium's `--ignore-certificate-errors-spki-list` takes it. */
export function spkiFingerprint(cert: string): string {
  const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
