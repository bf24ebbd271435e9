import { createHash } from 'node:crypto';
import { request } from 'undici';
import { fileTokenPurposes, fileUploadUrl, type UploadClaims } from '../../lib/files/file-links';
import { createS3StorageDriver } from '../../lib/files/storage/s3-driver';
import { signToken } from '../../lib/signed-token';
import { connect, startFilesServer, testSigningSecret, type FilesTestServer } from './files-test-server';
import { handleFileUpload } from './upload-endpoint';

let server: FilesTestServer;
beforeEach(async () => {
  server = await startFilesServer(handleFileUpload);
});
afterEach(() => server.close());

let keys = 0;
/** A signed upload of a fresh key, as the files subgraph would issue it. */
async function newUpload(maxBytes = 64, contentType = 'image/png') {
  const key = `org/1/file-${(keys += 1)}`;
  const upload = await server.storage.signUpload({
    key,
    maxBytes,
    contentType,
    expiresAt: new Date(Date.now() + 60_000),
  });
  return { key, url: upload.url, path: new URL(upload.url).pathname, headers: upload.headers };
}
const put = (url: string, body: string | Buffer, headers: Record<string, string>) =>
  request(url, { method: 'PUT', headers, body });
const errorOf = async (response: Awaited<ReturnType<typeof request>>) =>
  ((await response.body.json()) as { errors: [{ message: string; extensions: { code: string } }] }).errors[0];
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('PUT /files/upload/<token>', () => {
  test('stores the body at the signed key and answers 201 with its size and SHA-256', async () => {
    const upload = await newUpload();
    const bytes = Buffer.from('\x89PNG\r\n\x1a\n pretend image');
    const response = await put(upload.url, bytes, upload.headers);
    expect(response.statusCode).toBe(201);
    expect(await response.body.json()).toEqual({ byteSize: bytes.length, sha256: sha256(bytes) });
    expect(await server.storedFiles()).toEqual([upload.key]);
    expect(await server.storage.stat(upload.key)).toEqual({ byteSize: bytes.length });
  });

  test('stores a chunked body of exactly the limit', async () => {
    const upload = await newUpload(16);
    const connection = await connect(server.port);
    await connection.write(
      `PUT ${upload.path} HTTP/1.1\r\nHost: x\r\nContent-Type: image/png\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`,
    );
    await connection.write(`8\r\n${'a'.repeat(8)}\r\n`);
    await connection.write(`8\r\n${'b'.repeat(8)}\r\n0\r\n\r\n`);
    expect(await connection.received()).toMatch(/^HTTP\/1\.1 201/);
    expect(await server.storage.stat(upload.key)).toEqual({ byteSize: 16 });
  });

  test('refuses a declared length above the limit with 413 before any byte of the body is sent', async () => {
    const upload = await newUpload(64);
    const connection = await connect(server.port);
    await connection.write(
      `PUT ${upload.path} HTTP/1.1\r\nHost: x\r\nContent-Type: image/png\r\nContent-Length: 65\r\n\r\n`,
    );
    const answer = await connection.received();
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toContain('"code":"BAD_REQUEST"');
    expect(answer).toContain('The file exceeds 64 bytes.');
    expect(await server.storedFiles()).toEqual([]);
  });

  test('refuses a chunked body with 413 once it passes the limit, and leaves nothing stored', async () => {
    const upload = await newUpload(64);
    const connection = await connect(server.port);
    await connection.write(
      `PUT ${upload.path} HTTP/1.1\r\nHost: x\r\nContent-Type: image/png\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    await connection.write(`28\r\n${'a'.repeat(40)}\r\n`);
    await connection.write(`28\r\n${'b'.repeat(40)}\r\n`);
    // Never finished: the server answers and closes the connection on its own.
    const answer = await connection.received();
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer).toContain('The file exceeds 64 bytes.');
    expect(await server.storedFiles()).toEqual([]);
    // The key is free again: the upload can be retried with a body within the limit.
    const retry = await put(upload.url, 'small', upload.headers);
    expect(retry.statusCode).toBe(201);
  });

  test('refuses a content type other than the signed one with 400 and stores nothing', async () => {
    const upload = await newUpload(64, 'image/png');
    const response = await put(upload.url, '<svg onload="alert(1)"/>', { 'content-type': 'image/svg+xml' });
    expect(response.statusCode).toBe(400);
    expect(await errorOf(response)).toEqual({
      message: 'The content-type header must be image/png, as when the upload was created.',
      extensions: { code: 'BAD_REQUEST' },
    });
    const missing = await request(upload.url, { method: 'PUT', body: 'x' });
    expect(missing.statusCode).toBe(400);
    await missing.body.dump();
    expect(await server.storedFiles()).toEqual([]);
  });

  test('accepts the signed content type whatever its case and spacing around parameters', async () => {
    const upload = await newUpload(64, 'text/plain; charset=utf-8');
    const response = await put(upload.url, 'hello', { 'content-type': 'Text/Plain;charset=UTF-8' });
    expect(response.statusCode).toBe(201);
    await response.body.dump();
  });

  test('answers 401 to an expired link and to a tampered one, saying which', async () => {
    const claims: UploadClaims = {
      key: 'org/1/late',
      maxBytes: 64,
      contentType: 'image/png',
      expires: Math.floor(Date.now() / 1000) - 1,
    };
    const expired = await put(fileUploadUrl(server.baseUrl, testSigningSecret, claims), 'x', {
      'content-type': 'image/png',
    });
    expect(expired.statusCode).toBe(401);
    expect(await errorOf(expired)).toEqual({
      message: 'The upload link has expired.',
      extensions: { code: 'UNAUTHENTICATED' },
    });

    const upload = await newUpload();
    const [payload, signature] = upload.url.split('/').pop()!.split('.') as [string, string];
    const bigger = Buffer.from(
      Buffer.from(payload, 'base64url').toString().replace('"maxBytes":64', '"maxBytes":6400'),
    );
    const tampered = `${server.baseUrl}/files/upload/${bigger.toString('base64url')}.${signature}`;
    const response = await put(tampered, 'x', upload.headers);
    expect(response.statusCode).toBe(401);
    expect(await errorOf(response)).toEqual({
      message: 'The upload link is invalid.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(await server.storedFiles()).toEqual([]);
  });

  test('refuses a second upload with the same link with 409, keeping the first bytes', async () => {
    const upload = await newUpload();
    expect((await put(upload.url, 'first', upload.headers)).statusCode).toBe(201);
    const replay = await put(upload.url, 'second', upload.headers);
    expect(replay.statusCode).toBe(409);
    expect(await errorOf(replay)).toEqual({
      message: 'This upload link has already been used.',
      extensions: { code: 'CONFLICT' },
    });
    expect(await server.storage.stat(upload.key)).toEqual({ byteSize: 5 });
  });

  test('refuses the same link with 409 while a first upload with it is still arriving', async () => {
    const upload = await newUpload();
    const first = await connect(server.port);
    await first.write(
      `PUT ${upload.path} HTTP/1.1\r\nHost: x\r\nContent-Type: image/png\r\nContent-Length: 10\r\n\r\n12345`,
    );
    // The first request is being written once its temporary file exists.
    await waitUntil(async () => (await server.storedFiles()).length === 1);
    const second = await put(upload.url, 'other', upload.headers);
    expect(second.statusCode).toBe(409);
    await second.body.dump();
    await first.write('67890');
    expect(await first.waitFor(/\r\n\r\n\{.*\}$/)).toMatch(/^HTTP\/1\.1 201/);
    first.drop();
    const stored: Buffer[] = [];
    for await (const chunk of await server.storage.read(upload.key)) stored.push(chunk as Buffer);
    expect(Buffer.concat(stored).toString()).toBe('1234567890');
  });

  test('a client that goes away mid-body leaves nothing stored, and the link still works', async () => {
    const upload = await newUpload();
    const connection = await connect(server.port);
    await connection.write(
      `PUT ${upload.path} HTTP/1.1\r\nHost: x\r\nContent-Type: image/png\r\nContent-Length: 40\r\n\r\nhalf`,
    );
    await waitUntil(async () => (await server.storedFiles()).length === 1);
    connection.drop();
    await waitUntil(async () => (await server.storedFiles()).length === 0);
    const retry = await put(upload.url, 'whole', upload.headers);
    expect(retry.statusCode).toBe(201);
    expect(server.logs.filter((line) => !line.startsWith('debug'))).toEqual([]);
  });

  test('answers 405 with Allow: PUT to any other method', async () => {
    const upload = await newUpload();
    const response = await request(upload.url, { method: 'POST', headers: upload.headers, body: 'x' });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('PUT');
    await response.body.dump();
  });

  test('answers 404 to paths that are not a token, traversal included', async () => {
    for (const path of [
      '/files/upload/',
      '/files/upload/a.b/c',
      '/files/upload/..%2F..%2Fetc%2Fpasswd',
      '/files/uploads/x.y',
    ]) {
      const response = await request(`${server.baseUrl}${path}`, {
        method: 'PUT',
        headers: { 'content-type': 'image/png' },
        body: 'x',
      });
      expect(response.statusCode).toBe(404);
      await response.body.dump();
    }
    expect(await server.storedFiles()).toEqual([]);
  });

  test('refuses a correctly signed token whose key would leave the storage root', async () => {
    const claims = {
      key: '../escaped',
      maxBytes: 64,
      contentType: 'image/png',
      expires: Math.floor(Date.now() / 1000) + 60,
    };
    const forged = signToken(testSigningSecret, fileTokenPurposes.upload, JSON.stringify(claims));
    const response = await put(`${server.baseUrl}/files/upload/${forged}`, 'x', { 'content-type': 'image/png' });
    expect(response.statusCode).toBe(401);
    await response.body.dump();
    expect(await server.storedFiles()).toEqual([]);
  });
});

describe('PUT /files/upload/<token> with S3 storage', () => {
  test('does not exist: S3 uploads are presigned POSTs to the bucket', async () => {
    const s3 = createS3StorageDriver({
      bucket: 'unused',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9',
      forcePathStyle: true,
      credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
    });
    const withS3 = await startFilesServer(handleFileUpload, { storage: s3 });
    try {
      const claims = {
        key: 'org/1/x',
        maxBytes: 64,
        contentType: 'image/png',
        expires: Math.floor(Date.now() / 1000) + 60,
      };
      const response = await put(fileUploadUrl(withS3.baseUrl, testSigningSecret, claims), 'x', {
        'content-type': 'image/png',
      });
      expect(response.statusCode).toBe(404);
      await response.body.dump();
    } finally {
      await withS3.close();
    }
  });
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
