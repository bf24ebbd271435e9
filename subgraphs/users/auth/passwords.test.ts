import { createPasswordHasher, verifyPassword } from './passwords';

const { hash: hashPassword, dummyHash: dummyPasswordHash } = createPasswordHasher();

describe('password hashing', () => {
  it('stores scrypt parameters, a 16-byte salt and the hash, and verifies only the right password', async () => {
    const stored = await hashPassword('correct horse battery staple');
    const [scheme, N, r, p, salt, hash] = stored.split('$');
    expect([scheme, N, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(hash!, 'base64')).toHaveLength(64);
    await expect(verifyPassword('correct horse battery staple', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stapler', stored)).resolves.toBe(false);
  });

  it('salts every hash, so equal passwords get different hashes', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const stored = await hashPassword('caf\u00e9 au lait!');
    await expect(verifyPassword('cafe\u0301 au lait!', stored)).resolves.toBe(true);
  });

  it('matches no password against the dummy hash used for unknown emails', async () => {
    await expect(verifyPassword('', dummyPasswordHash)).resolves.toBe(false);
    await expect(verifyPassword('anything at all', dummyPasswordHash)).resolves.toBe(false);
  });

  it.each([
    ['another scheme', 'bcrypt$2b$10$abc'],
    ['too few parts', 'scrypt$32768$8$1$c2FsdA=='],
    [
      'N not a power of two',
      `scrypt$30000$8$1$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(64).toString('base64')}`,
    ],
    [
      'N too large to compute',
      `scrypt$${2 ** 24}$8$1$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(64).toString('base64')}`,
    ],
    ['a short salt', `scrypt$32768$8$1$${Buffer.alloc(4).toString('base64')}$${Buffer.alloc(64).toString('base64')}`],
  ])('rejects a stored hash with %s instead of throwing', async (_label, stored) => {
    await expect(verifyPassword('whatever password', stored)).resolves.toBe(false);
  });

  it('hashes at the configured cost and still verifies hashes made at another cost', async () => {
    const cheaper = createPasswordHasher(12);
    const stored = await cheaper.hash('correct horse battery staple');
    expect(stored.split('$').slice(1, 4)).toEqual(['4096', '8', '1']);
    await expect(createPasswordHasher(15).verify('correct horse battery staple', stored)).resolves.toBe(true);
  });

  it('asks to rehash only hashes weaker than the current cost, and unreadable ones', async () => {
    const stored = await createPasswordHasher(12).hash('correct horse battery staple');
    expect(createPasswordHasher(12).needsRehash(stored)).toBe(false);
    expect(createPasswordHasher(13).needsRehash(stored)).toBe(true);
    expect(createPasswordHasher(12).needsRehash(await createPasswordHasher(13).hash('x'))).toBe(false);
    expect(createPasswordHasher(12).needsRehash('bcrypt$2b$10$abc')).toBe(true);
  });

  it('makes the dummy hash at the configured cost, so unknown emails take as long as known ones', () => {
    expect(createPasswordHasher(13).dummyHash.split('$')[1]).toBe('8192');
  });
});
