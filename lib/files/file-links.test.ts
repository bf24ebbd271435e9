import { signToken } from '../signed-token';
import {
  fileDownloadUrl,
  fileTokenPurposes,
  fileUploadUrl,
  signDownloadToken,
  signUploadToken,
  verifyDownloadToken,
  verifyUploadToken,
  type DownloadClaims,
  type UploadClaims,
} from './file-links';

const secret = 'a'.repeat(64);
const now = Date.UTC(2026, 0, 1);
const expires = now / 1000 + 600;
const upload: UploadClaims = { key: 'org/1/file/2', maxBytes: 1024, contentType: 'image/png', expires };
const download: DownloadClaims = {
  key: 'org/1/file/2',
  fileName: 'Résumé 2026.pdf',
  contentType: 'application/pdf',
  disposition: 'attachment',
  expires,
};
const invalid = { ok: false, reason: 'invalid' };

/** The token with its payload replaced by `claims`, keeping the original signature. */
function withPayload(token: string, claims: unknown): string {
  return `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${token.split('.')[1]}`;
}

describe('upload tokens', () => {
  test('verify with their claims until they expire, then say expired', () => {
    const token = signUploadToken(secret, upload);
    expect(verifyUploadToken(secret, token, now)).toEqual({ ok: true, claims: upload });
    expect(verifyUploadToken(secret, token, expires * 1000)).toEqual({ ok: false, reason: 'expired' });
  });

  test('any altered claim, signature or secret makes the token invalid', () => {
    const token = signUploadToken(secret, upload);
    for (const changed of [
      { ...upload, key: 'org/1/file/3' },
      { ...upload, maxBytes: 1025 },
      { ...upload, contentType: 'text/html' },
      { ...upload, expires: expires + 1 },
    ]) {
      expect(verifyUploadToken(secret, withPayload(token, changed), now)).toEqual(invalid);
    }
    const [payload, signature] = token.split('.') as [string, string];
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    expect(verifyUploadToken(secret, `${payload}.${flipped}`, now)).toEqual(invalid);
    expect(verifyUploadToken('b'.repeat(64), token, now)).toEqual(invalid);
    expect(verifyUploadToken(secret, 'not-a-token', now)).toEqual(invalid);
  });

  test('an expired token with a tampered expiry says invalid, not expired', () => {
    const token = signUploadToken(secret, { ...upload, expires: now / 1000 - 60 });
    expect(verifyUploadToken(secret, withPayload(token, { ...upload, expires: now / 1000 - 1 }), now)).toEqual(invalid);
  });

  test('a correctly signed token whose key could leave the storage root is invalid', () => {
    for (const key of ['../etc/passwd', 'a/../../b', '/abs', 'a//b', 'a/./b']) {
      const forged = signToken(secret, fileTokenPurposes.upload, JSON.stringify({ ...upload, key }));
      expect(verifyUploadToken(secret, forged, now)).toEqual(invalid);
    }
  });

  test('a correctly signed token with claims it does not know, or without one it needs, is invalid', () => {
    const extra = signToken(secret, fileTokenPurposes.upload, JSON.stringify({ ...upload, admin: true }));
    const { maxBytes: _maxBytes, ...missing } = upload;
    const short = signToken(secret, fileTokenPurposes.upload, JSON.stringify(missing));
    expect(verifyUploadToken(secret, extra, now)).toEqual(invalid);
    expect(verifyUploadToken(secret, short, now)).toEqual(invalid);
  });

  test('signing refuses claims no verifier would accept', () => {
    expect(() => signUploadToken(secret, { ...upload, key: '../x' })).toThrow(TypeError);
    expect(() => signUploadToken(secret, { ...upload, contentType: 'text/html\r\nx-evil: 1' })).toThrow(TypeError);
    expect(() => signUploadToken(secret, { ...upload, maxBytes: -1 })).toThrow(TypeError);
  });

  test('the upload URL is the upload path under the public URL', () => {
    const url = fileUploadUrl('https://work.example/', secret, upload);
    expect(url.startsWith('https://work.example/files/upload/')).toBe(true);
    const token = url.slice('https://work.example/files/upload/'.length);
    expect(verifyUploadToken(secret, token, now)).toEqual({ ok: true, claims: upload });
  });
});

describe('download tokens', () => {
  test('verify with their claims until they expire, then say expired', () => {
    const token = signDownloadToken(secret, download);
    expect(verifyDownloadToken(secret, token, now)).toEqual({ ok: true, claims: download });
    expect(verifyDownloadToken(secret, token, expires * 1000 + 1)).toEqual({ ok: false, reason: 'expired' });
  });

  test('the name, type and disposition are bound as much as the key', () => {
    const token = signDownloadToken(secret, download);
    for (const changed of [
      { ...download, key: 'org/2/file/2' },
      { ...download, fileName: 'evil.html' },
      { ...download, contentType: 'text/html' },
      { ...download, disposition: 'inline' },
    ]) {
      expect(verifyDownloadToken(secret, withPayload(token, changed), now)).toEqual(invalid);
    }
  });

  test('a token signed for one purpose is invalid for the other', () => {
    const uploadToken = signUploadToken(secret, upload);
    const downloadToken = signDownloadToken(secret, download);
    expect(verifyDownloadToken(secret, uploadToken, now)).toEqual(invalid);
    expect(verifyUploadToken(secret, downloadToken, now)).toEqual(invalid);
    // Same claims, other purpose: the derived keys differ.
    const asDownload = signToken(secret, fileTokenPurposes.download, JSON.stringify(upload));
    expect(verifyUploadToken(secret, asDownload, now)).toEqual(invalid);
  });

  test('the link ends with the encoded safe name and carries a long name and key within the token limit', () => {
    const long: DownloadClaims = {
      ...download,
      key: `k/${'x'.repeat(500)}`,
      fileName: `${'文'.repeat(300)}.pdf`,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
    const url = fileDownloadUrl('https://work.example', secret, long);
    const [, token, name] = /^https:\/\/work\.example\/files\/download\/([^/]+)\/([^/]+)$/.exec(url)!;
    expect(verifyDownloadToken(secret, token!, now)).toEqual({ ok: true, claims: long });
    expect(decodeURIComponent(name!).endsWith('.pdf')).toBe(true);
    // 200 UTF-8 bytes at most: 65 three-byte characters and the extension.
    expect(Buffer.byteLength(decodeURIComponent(name!))).toBeLessThanOrEqual(200);
    expect(decodeURIComponent(name!)).toBe(`${'文'.repeat(65)}.pdf`);
  });

  test('a name with slashes or control characters cannot add path segments to the link', () => {
    const url = fileDownloadUrl('https://work.example', secret, { ...download, fileName: '../../x\u0000/y.txt' });
    const path = new URL(url).pathname.split('/');
    expect(path).toHaveLength(5);
    expect(decodeURIComponent(path[4]!)).toBe('y.txt');
  });
});
