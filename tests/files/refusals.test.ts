import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { request } from 'undici';
import { signDownloadToken, signUploadToken } from '../../lib/files/file-links';
import { createWorkItem, dataOf, errorOf, graphql, seedProjectTeam, useTestStack, type ProjectTeam } from '../testkit';
import {
  completeUpload,
  fileAs,
  pngOf,
  requestUpload,
  sendBytes,
  setFileLimits,
  startUpload,
  uploadFile,
} from './support';

const stack = useTestStack();

/** Every object in the stack's local store, as paths below its folder. */
async function storedObjects(): Promise<string[]> {
  const entries = await readdir(stack.filesDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(stack.filesDir, path.join(entry.parentPath, entry.name)));
}

/** A response's status, its body read to the end so the connection is free again. */
async function statusOf(response: ReturnType<typeof request>): Promise<number> {
  const { statusCode, body } = await response;
  await body.arrayBuffer();
  return statusCode;
}

const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0)]);
const svgWithScript = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
);

describe('uploads refused', () => {
  let team: ProjectTeam;
  let itemId: string;
  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    itemId = (await createWorkItem(stack, team.member.token, { projectId: team.project.id })).id;
  }, 60_000);

  /** Sends `bytes` for an upload declared as `declared`, then completes it: the completion's answer. */
  async function attempt(fileName: string, contentType: string, bytes: Buffer) {
    const upload = await startUpload(stack, team.member.token, {
      target: itemId,
      fileName,
      contentType,
      byteSize: bytes.length,
    });
    const sent = await sendBytes(upload, bytes);
    expect(sent.status).toBe(201);
    return completeUpload(stack, team.member.token, { uploadId: upload.id });
  }

  it.each([
    ['a JPEG declared as a PNG', 'photo.png', 'image/png', 'jpeg', 'TYPE_MISMATCH'],
    ['an executable renamed .png', 'cat.png', 'image/png', 'elf', 'EXECUTABLE'],
    ['an SVG with a script', 'logo.svg', 'image/svg+xml', 'svg', 'SVG_SCRIPT'],
  ])('refuses %s with its reason, and stores nothing', async (_what, fileName, contentType, kind, reason) => {
    const sharp = (await import('sharp')).default;
    const bytes =
      kind === 'jpeg'
        ? await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
            .jpeg()
            .toBuffer()
        : kind === 'elf'
          ? elf
          : svgWithScript;
    const before = await storedObjects();
    const response = await attempt(fileName, contentType, bytes);
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.uploadId' });
    expect(response.body.errors?.[0]?.extensions?.reason).toBe(reason);
    expect(await storedObjects()).toEqual(before);
  });

  it('refuses a file larger than declared at the store, and one smaller when it is completed', async () => {
    const upload = await startUpload(stack, team.member.token, {
      target: itemId,
      fileName: 'notes.txt',
      contentType: 'text/plain',
      byteSize: 10,
    });
    expect((await sendBytes(upload, Buffer.from('twenty bytes of text'))).status).toBe(413);
    expect(errorOf(await completeUpload(stack, team.member.token, { uploadId: upload.id })).code).toBe(
      'BAD_USER_INPUT',
    );

    const before = await storedObjects();
    const short = await startUpload(stack, team.member.token, {
      target: itemId,
      fileName: 'a.txt',
      contentType: 'text/plain',
      byteSize: 10,
    });
    expect((await sendBytes(short, Buffer.from('five!'))).status).toBe(201);
    const response = await completeUpload(stack, team.member.token, { uploadId: short.id });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SIZE_MISMATCH' });
    expect(await storedObjects()).toEqual(before);
  });

  it('refuses a file above the organization limit, and one past the project quota, before any byte is sent', async () => {
    const org = await setFileLimits(stack, team.admin.token, {
      organizationId: team.organizationId,
      maxFileBytes: 4096,
      projectQuotaBytes: 8192,
    });
    expect(dataOf(org).setFileLimits.limits).toEqual({
      maxFileBytes: 4096,
      projectQuotaBytes: 8192,
      retentionDays: 30,
    });
    const byMember = await setFileLimits(stack, team.member.token, {
      organizationId: team.organizationId,
      maxFileBytes: 1 << 30,
    });
    expect(errorOf(byMember).code).toBe('FORBIDDEN');

    const tooLarge = await requestUpload(stack, team.member.token, {
      target: itemId,
      fileName: 'big.bin',
      contentType: 'application/octet-stream',
      byteSize: 5000,
    });
    expect(tooLarge.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.byteSize',
      limit: 4096,
    });

    await uploadFile(stack, team.member.token, {
      target: itemId,
      fileName: 'a.bin',
      contentType: 'application/octet-stream',
      bytes: Buffer.alloc(4000, 1),
    });
    await uploadFile(stack, team.member.token, {
      target: itemId,
      fileName: 'b.bin',
      contentType: 'application/octet-stream',
      bytes: Buffer.alloc(4000, 2),
    });
    const overQuota = await requestUpload(stack, team.member.token, {
      target: itemId,
      fileName: 'c.bin',
      contentType: 'application/octet-stream',
      byteSize: 400,
    });
    expect(overQuota.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUOTA_EXCEEDED', limit: 8192, used: 8000 });

    // Two uploads started while there was room: the second to complete finds the quota passed, and its bytes go.
    const raceA = await startUpload(stack, team.member.token, {
      target: itemId,
      fileName: 'd.bin',
      contentType: 'application/octet-stream',
      byteSize: 150,
    });
    const raceB = await startUpload(stack, team.member.token, {
      target: itemId,
      fileName: 'e.bin',
      contentType: 'application/octet-stream',
      byteSize: 150,
    });
    await sendBytes(raceA, Buffer.alloc(150, 3));
    await sendBytes(raceB, Buffer.alloc(150, 4));
    dataOf(await completeUpload(stack, team.member.token, { uploadId: raceA.id }));
    const before = await storedObjects();
    const late = await completeUpload(stack, team.member.token, { uploadId: raceB.id });
    expect(errorOf(late).code).toBe('QUOTA_EXCEEDED');
    expect((await storedObjects()).length).toBe(before.length - 1);
    await setFileLimits(stack, team.admin.token, {
      organizationId: team.organizationId,
      maxFileBytes: 100 * 1024 ** 2,
      projectQuotaBytes: 10 * 1024 ** 3,
    });
  });

  it('stores a path-traversal file name as its last part, and keys the bytes by ids only', async () => {
    const before = await storedObjects();
    const done = await uploadFile(stack, team.member.token, {
      target: itemId,
      fileName: '../../../etc/passwd',
      contentType: 'text/plain',
      bytes: Buffer.from('root:x:0:0\n'),
    });
    expect(done.file.name).toBe('passwd');
    const added = (await storedObjects()).filter((key) => !before.includes(key));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^projects\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  });

  it('refuses uploads and downloads whose signature expired or was tampered with', async () => {
    const upload = await startUpload(stack, team.member.token, {
      target: itemId,
      fileName: 'x.txt',
      contentType: 'text/plain',
      byteSize: 3,
    });
    const url = new URL(upload.url);
    const token = url.pathname.split('/').at(-1)!;
    const tampered = `${url.origin}/files/upload/${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(
      await statusOf(request(tampered, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'abc' })),
    ).toBe(401);
    const expired = signUploadToken(stack.signingSecret, {
      key: `projects/${team.project.id}/expired`,
      maxBytes: 3,
      contentType: 'text/plain',
      expires: Math.floor(Date.now() / 1000) - 60,
    });
    const late = await request(`${url.origin}/files/upload/${expired}`, {
      method: 'PUT',
      headers: { 'content-type': 'text/plain' },
      body: 'abc',
    });
    expect(late.statusCode).toBe(401);
    expect(await late.body.text()).toContain('expired');

    const done = await uploadFile(stack, team.member.token, {
      target: itemId,
      fileName: 'ok.txt',
      contentType: 'text/plain',
      bytes: Buffer.from('fine'),
    });
    const { file } = dataOf(await fileAs(stack, team.viewer.token, done.file.id, 'downloadUrl'));
    const link = new URL(file.downloadUrl);
    const parts = link.pathname.split('/');
    const downloadToken = parts[3]!;
    parts[3] = `${downloadToken.slice(0, -2)}${downloadToken.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await statusOf(request(`${link.origin}${parts.join('/')}`))).toBe(401);
    const stale = signDownloadToken(stack.signingSecret, {
      key: 'projects/x/y',
      fileName: 'ok.txt',
      contentType: 'text/plain',
      disposition: 'attachment',
      expires: Math.floor(Date.now() / 1000) - 1,
    });
    expect(await statusOf(request(`${link.origin}/files/download/${stale}/ok.txt`))).toBe(401);
  });

  it('shows a file, and issues its download link, only to those who can read its project', async () => {
    const done = await uploadFile(stack, team.member.token, {
      target: itemId,
      fileName: 'secret.txt',
      contentType: 'text/plain',
      bytes: Buffer.from('s3cr3t'),
    });
    const asOutsider = await fileAs(stack, team.outsider.token, done.file.id, 'downloadUrl');
    expect(errorOf(asOutsider).code).toBe('NOT_FOUND');
    const listed = await graphql(
      stack.routerUrl,
      `
        query ($id: ID!) {
          node(id: $id) {
            ... on File {
              downloadUrl
            }
          }
        }
      `,
      { id: done.file.id },
      { token: team.outsider.token },
    );
    expect(listed.body.data).toEqual({ node: null });
    const asViewer = await requestUpload(stack, team.viewer.token, {
      target: itemId,
      fileName: 'v.txt',
      contentType: 'text/plain',
      byteSize: 3,
    });
    expect(errorOf(asViewer).code).toBe('FORBIDDEN');
  });

  it('serves SVG and HTML as attachments, never inline, whatever the link asks', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>',
    );
    const done = await uploadFile(stack, team.member.token, {
      target: itemId,
      fileName: 'logo.svg',
      contentType: 'image/svg+xml',
      bytes: svg,
    });
    expect(done.file).toMatchObject({ contentKind: 'SVG', inlineAllowed: false });
    const { file } = dataOf(await fileAs(stack, team.member.token, done.file.id, 'downloadUrl(disposition: INLINE)'));
    const response = await request(file.downloadUrl);
    await response.body.arrayBuffer();
    expect(String(response.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');

    const png = await uploadFile(stack, team.member.token, {
      target: itemId,
      fileName: 'no-alt.png',
      contentType: 'image/png',
      bytes: await pngOf(5, 5),
    });
    // An image without alt text is not shown inline until it has some (or is marked decorative).
    expect(png.file.inlineAllowed).toBe(false);
    const updated = dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($id: ID!) {
            updateFile(input: { fileId: $id, decorative: true, language: "en" }) {
              file {
                inlineAllowed
                decorative
                language
              }
            }
          }
        `,
        { id: png.file.id },
        { token: team.member.token },
      ),
    );
    expect(updated.updateFile.file).toEqual({ inlineAllowed: true, decorative: true, language: 'en' });
  });

  it('removes uploads never completed once they expire, with any bytes sent for them', async () => {
    const upload = await startUpload(stack, team.member.token, {
      target: itemId,
      fileName: 'left.txt',
      contentType: 'text/plain',
      byteSize: 4,
    });
    await sendBytes(upload, Buffer.from('left'));
    const before = await storedObjects();
    const swept = await stack.sweeper.runDue(new Date(Date.now() + 24 * 3600 * 1000));
    expect(swept.expiredUploads).toBeGreaterThanOrEqual(1);
    expect((await storedObjects()).length).toBeLessThan(before.length);
    expect(errorOf(await completeUpload(stack, team.member.token, { uploadId: upload.id })).code).toBe('NOT_FOUND');
  });
});

describe('an SVG with a script past its first 64 KiB', () => {
  it('is refused: SVG images are checked whole', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const padding = `<!-- ${'x'.repeat(70 * 1024)} -->`;
    const bytes = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg">${padding}<g onload="alert(1)"/></svg>`);
    const upload = await startUpload(stack, team.member.token, {
      target: item.id,
      fileName: 'late.svg',
      contentType: 'image/svg+xml',
      byteSize: bytes.length,
    });
    expect((await sendBytes(upload, bytes)).status).toBe(201);
    const response = await completeUpload(stack, team.member.token, { uploadId: upload.id });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SVG_SCRIPT' });
  });
});
