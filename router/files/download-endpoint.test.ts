import { Readable } from 'node:stream';
import { request } from 'undici';
import { fileDownloadUrl, fileTokenPurposes, signUploadToken, type DownloadClaims } from '../../lib/files/file-links';
import { signToken } from '../../lib/signed-token';
import { handleFileDownload } from './download-endpoint';
import { connect, startFilesServer, testSigningSecret, type FilesTestServer } from './files-test-server';

let server: FilesTestServer;
beforeAll(async () => {
  server = await startFilesServer(handleFileDownload);
  await store('org/1/photo', Buffer.from('0123456789abcdef'));
  await store('org/1/drawing', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'));
  await store('org/1/page', Buffer.from('<script>alert(1)</script>'));
  await store('org/1/empty', Buffer.alloc(0));
});
afterAll(() => server.close());

async function store(key: string, bytes: Buffer) {
  await server.storage.write(key, Readable.from([bytes]), { maxBytes: 1e8, contentType: 'application/octet-stream' });
}
const inSeconds = (seconds: number) => Math.floor(Date.now() / 1000) + seconds;
const linkTo = (claims: Partial<DownloadClaims> & { key: string }) =>
  fileDownloadUrl(server.baseUrl, testSigningSecret, {
    fileName: 'photo.png',
    contentType: 'image/png',
    disposition: 'inline',
    expires: inSeconds(3600),
    ...claims,
  });
const get = (url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' | 'POST' = 'GET') =>
  request(url, { method, headers });
const errorOf = async (response: Awaited<ReturnType<typeof request>>) =>
  ((await response.body.json()) as { errors: [{ message: string; extensions: { code: string } }] }).errors[0];

describe('GET /files/download/<token>/<name>', () => {
  test('serves an inline image with its type, length, name and every protective header', async () => {
    const response = await get(linkTo({ key: 'org/1/photo', fileName: 'Été photo.png' }));
    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({
      'content-type': 'image/png',
      'content-length': '16',
      'content-disposition': `inline; filename="Ete photo.png"; filename*=UTF-8''%C3%89t%C3%A9%20photo.png`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
      'cross-origin-resource-policy': 'same-site',
      'referrer-policy': 'no-referrer',
      'cache-control': 'private, max-age=300',
      'accept-ranges': 'bytes',
    });
    expect(await response.body.text()).toBe('0123456789abcdef');
  });

  test('serves an SVG as an octet-stream attachment even when the link says inline', async () => {
    const response = await get(
      linkTo({ key: 'org/1/drawing', fileName: 'logo.svg', contentType: 'image/svg+xml', disposition: 'inline' }),
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/octet-stream');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="logo.svg"; filename*=UTF-8''logo.svg`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    await response.body.dump();
  });

  test('serves HTML, XML and JavaScript as octet-stream attachments, parameters and case notwithstanding', async () => {
    for (const contentType of [
      'text/html; charset=utf-8',
      'TEXT/HTML',
      'application/xhtml+xml',
      'text/xml',
      'application/xml',
      'application/vnd.example+xml',
      'application/javascript',
      'text/javascript',
    ]) {
      const response = await get(linkTo({ key: 'org/1/page', fileName: 'page.html', contentType }));
      expect([contentType, response.headers['content-type']]).toEqual([contentType, 'application/octet-stream']);
      expect(response.headers['content-disposition']).toMatch(/^attachment;/);
      await response.body.dump();
    }
  });

  test('serves other types as the link says, attachment included', async () => {
    const response = await get(
      linkTo({
        key: 'org/1/photo',
        fileName: 'data.csv',
        contentType: 'text/csv; charset=utf-8',
        disposition: 'attachment',
      }),
    );
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="data.csv"/);
    await response.body.dump();
  });

  test('lets browsers cache it only until the link expires', async () => {
    const response = await get(linkTo({ key: 'org/1/photo', expires: inSeconds(42) }));
    const maxAge = Number(/^private, max-age=(\d+)$/.exec(response.headers['cache-control'] as string)![1]);
    expect(maxAge).toBeGreaterThanOrEqual(40);
    expect(maxAge).toBeLessThanOrEqual(42);
    await response.body.dump();
  });

  test('serves one byte range with 206 and Content-Range, suffix and open ranges included', async () => {
    const url = linkTo({ key: 'org/1/photo' });
    for (const [range, contentRange, body] of [
      ['bytes=2-5', 'bytes 2-5/16', '2345'],
      ['bytes=10-', 'bytes 10-15/16', 'abcdef'],
      ['bytes=-3', 'bytes 13-15/16', 'def'],
      ['bytes=14-100', 'bytes 14-15/16', 'ef'],
      ['bytes=0-0', 'bytes 0-0/16', '0'],
    ] as const) {
      const response = await get(url, { range });
      expect([range, response.statusCode]).toEqual([range, 206]);
      expect(response.headers['content-range']).toBe(contentRange);
      expect(response.headers['content-length']).toBe(String(body.length));
      expect(await response.body.text()).toBe(body);
    }
  });

  test('answers 416 with the size to a range beyond the end', async () => {
    for (const range of ['bytes=16-', 'bytes=100-200', 'bytes=-0']) {
      const response = await get(linkTo({ key: 'org/1/photo' }), { range });
      expect([range, response.statusCode]).toEqual([range, 416]);
      expect(response.headers['content-range']).toBe('bytes */16');
      await response.body.dump();
    }
    const empty = await get(linkTo({ key: 'org/1/empty' }), { range: 'bytes=0-' });
    expect(empty.statusCode).toBe(416);
    expect(empty.headers['content-range']).toBe('bytes */0');
    await empty.body.dump();
  });

  test('serves the whole file for ranges it does not serve: several, malformed, or under If-Range', async () => {
    const url = linkTo({ key: 'org/1/photo' });
    const unserved: Record<string, string>[] = [
      { range: 'bytes=0-1,4-5' },
      { range: 'items=0-1' },
      { range: 'bytes=5-2' },
      { range: 'bytes=0-1', 'if-range': '"some-etag"' },
    ];
    for (const headers of unserved) {
      const response = await get(url, headers);
      expect([headers, response.statusCode]).toEqual([headers, 200]);
      expect(await response.body.text()).toBe('0123456789abcdef');
    }
  });

  test('serves an empty file as 200 with length 0', async () => {
    const response = await get(linkTo({ key: 'org/1/empty', fileName: 'empty.txt', contentType: 'text/plain' }));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-length']).toBe('0');
    expect(await response.body.text()).toBe('');
  });

  test('answers HEAD with the headers of GET and no body, ranges included', async () => {
    const whole = await get(linkTo({ key: 'org/1/photo' }), {}, 'HEAD');
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-length']).toBe('16');
    expect(whole.headers['x-content-type-options']).toBe('nosniff');
    expect(await whole.body.text()).toBe('');
    const part = await get(linkTo({ key: 'org/1/photo' }), { range: 'bytes=4-7' }, 'HEAD');
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe('bytes 4-7/16');
    await part.body.dump();
  });

  test('answers 404 NOT_FOUND for a link to an object that is not stored', async () => {
    const response = await get(linkTo({ key: 'org/1/deleted' }));
    expect(response.statusCode).toBe(404);
    expect(await errorOf(response)).toEqual({ message: 'File not found.', extensions: { code: 'NOT_FOUND' } });
  });

  test('answers 401 to an expired link, a tampered one and an upload token, saying which', async () => {
    const expired = await get(linkTo({ key: 'org/1/photo', expires: inSeconds(-1) }));
    expect(expired.statusCode).toBe(401);
    expect(await errorOf(expired)).toEqual({
      message: 'The download link has expired.',
      extensions: { code: 'UNAUTHENTICATED' },
    });

    const url = new URL(linkTo({ key: 'org/1/photo', contentType: 'image/png' }));
    const [, , , token, name] = url.pathname.split('/') as [string, string, string, string, string];
    const [payload, signature] = token.split('.') as [string, string];
    const asHtml = Buffer.from(Buffer.from(payload, 'base64url').toString().replace('image/png', 'text/html'));
    const tampered = await get(`${server.baseUrl}/files/download/${asHtml.toString('base64url')}.${signature}/${name}`);
    expect(tampered.statusCode).toBe(401);
    expect(await errorOf(tampered)).toEqual({
      message: 'The download link is invalid.',
      extensions: { code: 'UNAUTHENTICATED' },
    });

    const uploadToken = signUploadToken(testSigningSecret, {
      key: 'org/1/photo',
      maxBytes: 100,
      contentType: 'image/png',
      expires: inSeconds(60),
    });
    const swapped = await get(`${server.baseUrl}/files/download/${uploadToken}/photo.png`);
    expect(swapped.statusCode).toBe(401);
    await swapped.body.dump();
  });

  test('names the file from the token, whatever name the path ends with, or none', async () => {
    const url = linkTo({ key: 'org/1/photo', fileName: 'real.png' });
    const renamed = url.replace(/\/[^/]+$/, '/other.html');
    for (const target of [renamed, url.replace(/\/[^/]+$/, '')]) {
      const response = await get(target);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toMatch(/filename="real.png"/);
      await response.body.dump();
    }
  });

  test('refuses path traversal: extra segments are 404, a signed key outside the root is 401', async () => {
    const url = linkTo({ key: 'org/1/photo' });
    const token = new URL(url).pathname.split('/')[3]!;
    for (const path of [
      `/files/download/${token}/a/b`,
      `/files/download/${token}/..%2F..%2Fetc%2Fpasswd/x`,
      '/files/download/',
    ]) {
      const response = await get(`${server.baseUrl}${path}`);
      expect([path, response.statusCode]).toEqual([path, 404]);
      await response.body.dump();
    }
    const forged = signToken(
      testSigningSecret,
      fileTokenPurposes.download,
      JSON.stringify({
        key: '../../etc/passwd',
        fileName: 'passwd',
        contentType: 'text/plain',
        disposition: 'inline',
        expires: inSeconds(60),
      }),
    );
    const response = await get(`${server.baseUrl}/files/download/${forged}/passwd`);
    expect(response.statusCode).toBe(401);
    await response.body.dump();
  });

  test('answers 405 with Allow: GET, HEAD to any other method', async () => {
    const response = await get(linkTo({ key: 'org/1/photo' }), {}, 'POST');
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    await response.body.dump();
  });

  test('a client that goes away mid-download is no failure, and the server serves on', async () => {
    await store('org/1/large', Buffer.alloc(8 * 1024 * 1024, 1));
    const path = new URL(linkTo({ key: 'org/1/large', fileName: 'large.bin', contentType: 'application/octet-stream' }))
      .pathname;
    const connection = await connect(server.port);
    await connection.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
    await connection.waitFor(/^HTTP\/1\.1 200[\s\S]*\r\n\r\n[\s\S]{1000}/);
    connection.drop();

    const next = await get(linkTo({ key: 'org/1/photo' }));
    expect(next.statusCode).toBe(200);
    expect(await next.body.text()).toBe('0123456789abcdef');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.logs.filter((line) => !line.startsWith('debug'))).toEqual([]);
  });
});
