import { signRequest, verifyRequest, maxSignatureAgeMs, signatureHeaders } from './signing';

const secret = 'a-secret-that-is-long-enough-for-hmac-0123';
const body = '{"query":"{ me { id } }"}';

describe('request signing', () => {
  it('accepts a request signed with the shared secret and returns the caller', () => {
    expect(verifyRequest(secret, body, signRequest(secret, body, 'user-1'))).toEqual({ ok: true, userId: 'user-1' });
  });

  it('treats an empty caller as anonymous', () => {
    expect(verifyRequest(secret, body, signRequest(secret, body, null))).toEqual({ ok: true, userId: null });
  });

  it('rejects a request without signature headers', () => {
    expect(verifyRequest(secret, body, {})).toEqual({ ok: false, reason: 'missing signature' });
  });

  it('rejects a tampered body', () => {
    expect(verifyRequest(secret, `${body} `, signRequest(secret, body, 'user-1'))).toEqual({
      ok: false,
      reason: 'bad signature',
    });
  });

  it('rejects a request replayed as another caller', () => {
    const headers = { ...signRequest(secret, body, 'user-1'), [signatureHeaders.userId]: 'user-2' };
    expect(verifyRequest(secret, body, headers)).toEqual({ ok: false, reason: 'bad signature' });
  });

  it('rejects a signature made with another secret', () => {
    expect(verifyRequest(secret, body, signRequest(`${secret}x`, body, 'user-1')).ok).toBe(false);
  });

  it('rejects a signature older than the freshness window', () => {
    const now = Date.now();
    const headers = signRequest(secret, body, 'user-1', now - maxSignatureAgeMs - 1);
    expect(verifyRequest(secret, body, headers, now)).toEqual({ ok: false, reason: 'stale signature' });
  });

  it('rejects a malformed signature without throwing', () => {
    const headers = { ...signRequest(secret, body, 'user-1'), [signatureHeaders.signature]: 'zz' };
    expect(verifyRequest(secret, body, headers).ok).toBe(false);
  });
});
