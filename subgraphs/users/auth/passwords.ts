import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** log2 of scrypt's N. 15 costs 32 MiB and about 100 ms of one core; each step doubles both. */
export const defaultPasswordHashCost = 15;
export const minPasswordHashCost = 12;
export const minProductionPasswordHashCost = 15;
export const maxPasswordHashCost = 20;

const blockSize = 8;
const parallelism = 1;
const keyLength = 64;
const saltLength = 16;
const maxAcceptedN = 2 ** maxPasswordHashCost;

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

// scrypt needs 128 * N * r bytes; Node's default limit is exactly 32 MiB, so leave headroom.
const maxmemFor = (N: number, r: number) => Math.max(64 * 1024 * 1024, 256 * N * r);

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

/** Checks a password against a stored hash with the parameters stored in it, whatever the current cost. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const { N, r, p, salt, key } = parsed;
  const candidate = await derive(password, salt, { N, r, p, maxmem: maxmemFor(N, r) }, key.length);
  return timingSafeEqual(candidate, key);
}

export interface PasswordHasher {
  /** `scrypt$N$r$p$salt$hash`, salt and hash in base64: the parameters travel with the hash. */
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
  /** True for a hash made with a lower cost than the current one: rehashed at the next sign-in. */
  needsRehash(stored: string): boolean;
  /**
   * Verified against when the email is unknown, so a sign-in takes as long whether or not the
   * account exists. Its key matches no password.
   */
  dummyHash: string;
}

/** Hashes with scrypt at `2 ** cost`; raising the cost upgrades each account as it signs in. */
export function createPasswordHasher(cost: number = defaultPasswordHashCost): PasswordHasher {
  const N = 2 ** cost;
  const format = (salt: Buffer, key: Buffer) =>
    ['scrypt', N, blockSize, parallelism, salt.toString('base64'), key.toString('base64')].join('$');
  return {
    async hash(password) {
      const salt = randomBytes(saltLength);
      const options = { N, r: blockSize, p: parallelism, maxmem: maxmemFor(N, blockSize) };
      return format(salt, await derive(password, salt, options, keyLength));
    },
    verify: verifyPassword,
    needsRehash(stored) {
      const parsed = parseHash(stored);
      return !parsed || parsed.N * parsed.r < N * blockSize;
    },
    dummyHash: format(Buffer.alloc(saltLength), Buffer.alloc(keyLength)),
  };
}
