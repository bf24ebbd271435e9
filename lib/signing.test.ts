import { signRequest, verifyRequest, maxSignatureAgeMs, signatureHeaders, type SignedRequest } from './signing';

const secret = 'a-secret-that-is-long-enough-for-hmac-0123';
const request: SignedRequest = {
  method: 'POST',
  target: '/graphql',
  body: '{"query":"{ me { id } }"}',
  caller: 'user-1',
  clientAddress: '203.0.113.7',
};
const received = (headers: Record<string, string>, changes: Partial<SignedRequest> = {}) => ({
  method: changes.method ?? request.method,
  target: changes.target ?? request.target,
  body: changes.body ?? request.body,
  headers,
});

describe('request signing', () => {
  it('accepts a request signed with the shared secret and returns the caller and their address', () => {
    expect(verifyRequest(secret, received(signRequest(secret, request)))).toMatchObject({
      ok: true,
      caller: 'user-1',
      clientAddress: '203.0.113.7',
      nonce: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it('accepts an anonymous caller', () => {
    const headers = signRequest(secret, { ...request, caller: null, clientAddress: null });
    expect(verifyRequest(secret, received(headers))).toMatchObject({ ok: true, caller: null, clientAddress: null });
  });

  it('gives every signature its own nonce', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => signRequest(secret, request)[signatureHeaders.nonce]));
    expect(nonces.size).toBe(50);
  });

  it('rejects a missing signature', () => {
    expect(verifyRequest(secret, received({}))).toEqual({ ok: false, reason: 'missing signature' });
  });

  it.each([
    ['a changed body', { body: `${request.body} ` }],
    ['another method (a signed POST replayed as a GET)', { method: 'GET' }],
    ['another path', { target: '/other' }],
    ['a query string added to the target', { target: '/graphql?query=%7B__typename%7D' }],
  ])('rejects %s', (_label, changes) => {
    expect(verifyRequest(secret, received(signRequest(secret, request), changes))).toEqual({
      ok: false,
      reason: 'bad signature',
    });
  });

  it.each([
    ['caller', signatureHeaders.userId, 'user-2'],
    ['client address', signatureHeaders.clientAddress, '198.51.100.1'],
    ['nonce', signatureHeaders.nonce, 'f'.repeat(32)],
  ])('rejects a swapped %s', (_label, header, value) => {
    const headers = { ...signRequest(secret, request), [header]: value };
    expect(verifyRequest(secret, received(headers))).toEqual({ ok: false, reason: 'bad signature' });
  });

  it('rejects another secret', () => {
    expect(verifyRequest(secret, received(signRequest(`${secret}x`, request))).ok).toBe(false);
  });

  it('rejects stale signatures', () => {
    const now = Date.now();
    const headers = signRequest(secret, request, now - maxSignatureAgeMs - 1);
    expect(verifyRequest(secret, received(headers), now)).toEqual({ ok: false, reason: 'stale signature' });
  });

  it('rejects malformed signatures and nonces', () => {
    expect(
      verifyRequest(secret, received({ ...signRequest(secret, request), [signatureHeaders.signature]: 'zz' })).ok,
    ).toBe(false);
    expect(verifyRequest(secret, received({ ...signRequest(secret, request), [signatureHeaders.nonce]: 'x' }))).toEqual(
      {
        ok: false,
        reason: 'malformed nonce',
      },
    );
  });
});
