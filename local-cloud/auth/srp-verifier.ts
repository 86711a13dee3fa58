import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** RFC 5054 3072-bit group, the one Cognito and amazon-cognito-identity-js / @aws-amplify/auth use. */
const N = BigInt(
  '0x' +
    'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
const g = 2n;

/** Even-length two's-complement hex of a non-negative integer, like Java's BigInteger.toByteArray(). */
export function paddedHex(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2 !== 0) hex = `0${hex}`;
  return /^[89a-f]/i.test(hex) ? `00${hex}` : hex;
}

function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function hashOfHex(hex: string): bigint {
  return BigInt(`0x${sha256Hex(Buffer.from(hex, 'hex'))}`);
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

const k = hashOfHex(paddedHex(N) + paddedHex(g));

export interface PasswordVerifierChallenge {
  /** Hex strings and an opaque base64 block, exactly the ChallengeParameters Cognito sends. */
  readonly srpB: string;
  readonly salt: string;
  readonly secretBlock: string;
  /** The PASSWORD_CLAIM_SIGNATURE a client that knows the password computes for this TIMESTAMP. */
  expectedSignature(timestamp: string): string;
}

/**
 * The server half of Cognito's SRP-6a variant. Cognito keeps only a verifier; this emulator knows
 * the plain password, so it derives a fresh salt and verifier per attempt, which the client cannot
 * tell apart. The client's proof is HMAC-SHA256(hkdf, poolName + userId + secretBlock + timestamp).
 */
export function createPasswordVerifierChallenge(poolName: string, userIdForSrp: string, password: string, srpA: string): PasswordVerifierChallenge {
  const A = BigInt(`0x${srpA}`);
  if (A % N === 0n) throw new Error('SRP_A mod N cannot be 0');
  const salt = BigInt(`0x${randomBytes(16).toString('hex')}`);
  const x = hashOfHex(paddedHex(salt) + sha256Hex(`${poolName}${userIdForSrp}:${password}`));
  const v = modPow(g, x, N);
  let b: bigint;
  let B: bigint;
  do {
    // A 256-bit private exponent matches the 128-bit strength of the 3072-bit group and keeps sign-in fast.
    b = BigInt(`0x${randomBytes(32).toString('hex')}`);
    B = (k * v + modPow(g, b, N)) % N;
  } while (B === 0n);
  const u = hashOfHex(paddedHex(A) + paddedHex(B));
  const S = modPow(A * modPow(v, u, N), b, N);
  const prk = createHmac('sha256', Buffer.from(paddedHex(u), 'hex')).update(Buffer.from(paddedHex(S), 'hex')).digest();
  const hkdf = createHmac('sha256', prk).update('Caldera Derived Key\u0001').digest().subarray(0, 16);
  const secretBlock = randomBytes(64).toString('base64');
  return {
    srpB: B.toString(16),
    salt: salt.toString(16),
    secretBlock,
    expectedSignature: (timestamp) =>
      createHmac('sha256', hkdf)
        .update(Buffer.concat([Buffer.from(poolName), Buffer.from(userIdForSrp), Buffer.from(secretBlock, 'base64'), Buffer.from(timestamp)]))
        .digest('base64'),
  };
}

export function signaturesMatch(expected: string, actual: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(actual);
  return a.length === b.length && timingSafeEqual(a, b);
}
