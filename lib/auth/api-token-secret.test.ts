import { apiTokenHash, isWellFormedApiToken, newApiTokenSecret } from './api-token-secret';

describe('personal API token secrets', () => {
  it('are wg_pat_ and 49 base62 characters, differ every time, and pass their own checksum', () => {
    const first = newApiTokenSecret();
    const second = newApiTokenSecret();
    expect(first.token).toMatch(/^wg_pat_[0-9A-Za-z]{49}$/);
    expect(first.token).not.toBe(second.token);
    expect(isWellFormedApiToken(first.token)).toBe(true);
  });

  it('are stored as their SHA-256 and shown by a short start only', () => {
    const secret = newApiTokenSecret();
    expect(secret.hash).toBe(apiTokenHash(secret.token));
    expect(secret.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(secret.displayed).toBe(secret.token.slice(0, 12));
  });

  it('refuse a changed character, a wrong prefix or a wrong length without any lookup', () => {
    const { token } = newApiTokenSecret();
    const changed = token.slice(0, 20) + (token[20] === 'a' ? 'b' : 'a') + token.slice(21);
    expect(isWellFormedApiToken(changed)).toBe(false);
    expect(isWellFormedApiToken(token.replace('wg_pat_', 'wg_pak_'))).toBe(false);
    expect(isWellFormedApiToken(token.slice(0, -1))).toBe(false);
    expect(isWellFormedApiToken(`${token}0`)).toBe(false);
  });

  it('use every base62 character about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 400; i += 1) {
      for (const char of newApiTokenSecret().token.slice(7, 50)) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(counts.size).toBe(62);
    // 17,200 characters: about 277 each; a bias of the modulo would put the first 8 near 300 and the rest below.
    for (const count of counts.values()) expect(count).toBeGreaterThan(200);
  });
});
