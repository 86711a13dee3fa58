import { randomBytes } from 'node:crypto';

/**
 * Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not mistaken; what a
 * person may type instead (lower case, O for 0, I or L for 1, spaces) is mapped back by normalizeCode.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 12 characters of 5 bits: 60 random bits, far beyond guessing through the API's rate limit. */
const CODE_CHARACTERS = 12;
const GROUP = 4;
/** The longest input normalizeCode reads, so a huge argument is refused before any work. */
export const MAX_CODE_INPUT_LENGTH = 32;

const TYPED_CODE = new RegExp(`^[${ALPHABET}]{${CODE_CHARACTERS}}$`);

/** A new code from the crypto random generator, formatted for people: XXXX-XXXX-XXXX. */
export function newCertificateCode(): string {
  const bytes = randomBytes(CODE_CHARACTERS);
  const characters = [...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
  return formatCode(characters);
}

/** The stored form of a code a person typed, or null when it cannot be a certificate code. */
export function normalizeCode(typed: string): string | null {
  const characters = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return TYPED_CODE.test(characters) ? formatCode(characters) : null;
}

function formatCode(characters: string): string {
  return characters.match(new RegExp(`.{${GROUP}}`, 'g'))?.join('-') ?? characters;
}
