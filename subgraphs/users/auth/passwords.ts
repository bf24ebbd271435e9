import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const params = { N: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 64;
const saltLength = 16;
// scrypt needs 128 * N * r bytes (32 MiB here); Node's default limit is exactly that, so leave headroom.
const maxmem = 64 * 1024 * 1024;
const maxAcceptedN = 2 ** 20;

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64: the parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(saltLength);
  const key = await derive(password, salt, { ...params, maxmem }, keyLength);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  const powerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  // Bounds keep a corrupted row from turning a sign-in into a denial of service.
  if (
    !powerOfTwo ||
    N > maxAcceptedN ||
    !Number.isInteger(r) ||
    r < 1 ||
    r > 32 ||
    !Number.isInteger(p) ||
    p < 1 ||
    p > 16
  ) {
    return null;
  }
  if (salt.length < 16 || key.length < 32) return null;
  return { N, r, p, salt, key };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const { N, r, p, salt, key } = parsed;
  const candidate = await derive(password, salt, { N, r, p, maxmem: Math.max(maxmem, 256 * N * r) }, key.length);
  return timingSafeEqual(candidate, key);
}

/**
 * Verified against when the email is unknown, so a sign-in takes as long whether or not the account
 * exists. Its key matches no password.
 */
export const dummyPasswordHash = [
  'scrypt',
  params.N,
  params.r,
  params.p,
  Buffer.alloc(saltLength).toString('base64'),
  Buffer.alloc(keyLength).toString('base64'),
].join('$');
