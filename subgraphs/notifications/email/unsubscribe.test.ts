import { createUnsubscribeToken, unsubscribeUrl, verifyUnsubscribeToken } from './unsubscribe';

const secret = 'a-secret-that-is-long-enough-for-hmac-0123';
const userId = '0b6c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e';

describe('unsubscribe tokens', () => {
  it('round-trips the user and the type', () => {
    const token = createUnsubscribeToken(secret, userId, 'MENTIONED');
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyUnsubscribeToken(secret, token)).toEqual({ userId, type: 'MENTIONED' });
  });

  it('rejects another secret, a changed payload or signature, and garbage', () => {
    const token = createUnsubscribeToken(secret, userId, 'ASSIGNED');
    expect(verifyUnsubscribeToken('another-secret', token)).toBeNull();
    const [, signature] = token.split('.');
    const forged = `${Buffer.from(`${userId}:COMMENTED`).toString('base64url')}.${signature}`;
    expect(verifyUnsubscribeToken(secret, forged)).toBeNull();
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(verifyUnsubscribeToken(secret, flipped)).toBeNull();
    for (const bad of ['', 'x', 'a.b', `${token}.x`, token.replace('.', '')]) {
      expect(verifyUnsubscribeToken(secret, bad)).toBeNull();
    }
  });

  it('rejects a validly signed payload that is not a user and a known type', () => {
    const sign = (payload: string) => {
      // Same construction as createUnsubscribeToken, for payloads it would never produce.
      const { createHmac } = require('node:crypto') as typeof import('node:crypto');
      const key = createHmac('sha256', secret).update('unsubscribe').digest();
      return `${Buffer.from(payload).toString('base64url')}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
    };
    expect(verifyUnsubscribeToken(secret, sign(`${userId}:ASSIGNED`))).toEqual({ userId, type: 'ASSIGNED' });
    expect(verifyUnsubscribeToken(secret, sign(`${userId}:EVERYTHING`))).toBeNull();
    expect(verifyUnsubscribeToken(secret, sign(`not-a-uuid:ASSIGNED`))).toBeNull();
    expect(verifyUnsubscribeToken(secret, sign(`${userId}:ASSIGNED:extra`))).toBeNull();
  });

  it('builds the link on the public URL', () => {
    expect(unsubscribeUrl('https://wg.example.com/', 'a.b')).toBe('https://wg.example.com/unsubscribe?token=a.b');
  });
});
