import { createHash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

export const apiTokenPrefix = 'wg_pat_';
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 43 base62 characters: 256 bits of randomness. */
const randomLength = 43;
const checksumLength = 6;
/** What the list shows of a token: enough to tell tokens apart, far too little to guess one. */
const displayedLength = apiTokenPrefix.length + 5;
const shape = new RegExp(`^${apiTokenPrefix}[0-9A-Za-z]{${randomLength + checksumLength}}$`);

function base62(value: number, length: number): string {
  let text = '';
  for (let rest = value; text.length < length; rest = Math.floor(rest / 62)) text = alphabet[rest % 62] + text;
  return text;
}

// Uniform characters: bytes of 248 and above would favour the first characters, so they are skipped.
function randomBase62(length: number): string {
  let text = '';
  while (text.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && text.length < length) text += alphabet[byte % 62];
    }
  }
  return text;
}

// A checksum lets the router and secret scanners tell a typo or a made-up string from a token
// without a lookup, as GitHub's tokens do.
const checksumOf = (random: string) => base62(crc32(random) >>> 0, checksumLength);

/** Whether the text is shaped like a token Workgraph issued, checksum included. */
export function isWellFormedApiToken(token: string): boolean {
  if (!shape.test(token)) return false;
  const random = token.slice(apiTokenPrefix.length, apiTokenPrefix.length + randomLength);
  return token.endsWith(checksumOf(random));
}

/** The only form the database holds: SHA-256, hex. */
export const apiTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface NewApiTokenSecret {
  token: string;
  hash: string;
  /** The start of the token, shown in lists. */
  displayed: string;
}

export function newApiTokenSecret(): NewApiTokenSecret {
  const random = randomBase62(randomLength);
  const token = `${apiTokenPrefix}${random}${checksumOf(random)}`;
  return { token, hash: apiTokenHash(token), displayed: token.slice(0, displayedLength) };
}
