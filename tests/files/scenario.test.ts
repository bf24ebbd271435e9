import { createHash } from 'node:crypto';
import { request } from 'undici';
import {
  dataOf,
  errorOf,
  graphql,
  createWorkItem,
  seedProjectTeam,
  startTestStack,
  type TestStack,
  type ProjectTeam,
} from '../testkit';
import { minimalPdf, pageWithText } from '../../subgraphs/files/content/test-fixtures/content-fixtures';
import { startS3Server, type RunningS3 } from './s3-server';
import { fileAs, pngOf, uploadFile } from './support';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function download(url: string) {
  const response = await request(url);
  return {
    status: response.statusCode,
    headers: response.headers,
    bytes: Buffer.from(await response.body.arrayBuffer()),
  };
}

describe.each(['local', 's3'] as const)('files stored with the %s driver', (driver) => {
  let stack: TestStack;
  let s3: RunningS3 | undefined;
  let team: ProjectTeam;
  const run = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    dataOf(await graphql(stack.routerUrl, query, variables, { token }));

  beforeAll(async () => {
    s3 = driver === 's3' ? await startS3Server() : undefined;
    stack = await startTestStack({ files: { env: s3?.env ?? {} } });
    team = await seedProjectTeam(stack);
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await s3?.close();
  });

  it('uploads, lists, downloads, versions, deletes, restores and purges a file through the router', async () => {
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const first = await pngOf(64, 48);
    const attached = await uploadFile(stack, team.member.token, {
      target: item.id,
      fileName: 'board.png',
      contentType: 'image/png',
      bytes: first,
      altText: 'The board',
    });
    expect(attached.file).toMatchObject({
      name: 'board.png',
      contentType: 'image/png',
      contentKind: 'IMAGE',
      byteSize: first.length,
      sha256: sha256(first),
      versionCount: 1,
      inlineAllowed: true,
      previewStatus: 'PENDING',
    });
    const fileId = attached.file.id;

    const listed = await run(
      team.viewer.token,
      `query ($id: ID!) { workItem(id: $id) { attachments { totalCount edges { node { id name } } } } }`,
      { id: item.id },
    );
    expect(listed.workItem.attachments).toEqual({
      totalCount: 1,
      edges: [{ node: { id: fileId, name: 'board.png' } }],
    });

    const { file } = await run(
      team.viewer.token,
      `query ($id: ID!) { file(id: $id) { downloadUrl(disposition: INLINE) } }`,
      {
        id: fileId,
      },
    );
    const fetched = await download(file.downloadUrl);
    expect(fetched.status).toBe(200);
    expect(fetched.bytes.equals(first)).toBe(true);
    expect(fetched.headers['content-type']).toBe('image/png');
    expect(String(fetched.headers['content-disposition'])).toMatch(/^inline; filename="board.png"/);
    expect(fetched.headers['x-content-type-options']).toBe('nosniff');
    expect(String(fetched.headers['content-security-policy'])).toContain('sandbox');

    const outsider = await fileAs(stack, team.outsider.token, fileId, 'id');
    expect(errorOf(outsider).code).toBe('NOT_FOUND');

    await stack.previews.runDue();
    const previewed = await run(
      team.viewer.token,
      `query ($id: ID!) { file(id: $id) { previewStatus width height thumbnail(size: SMALL) { url width height } } }`,
      { id: fileId },
    );
    expect(previewed.file).toMatchObject({ previewStatus: 'READY', width: 64, height: 48 });
    expect(previewed.file.thumbnail).toMatchObject({ width: 64, height: 48 });
    const thumbnail = await download(previewed.file.thumbnail.url);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.bytes.subarray(8, 12).toString('latin1')).toBe('WEBP');

    const second = await pngOf(80, 40);
    const versioned = await uploadFile(stack, team.member.token, {
      fileId,
      fileName: 'board-v2.png',
      contentType: 'image/png',
      bytes: second,
    });
    expect(versioned.version.number).toBe(2);
    expect(versioned.file).toMatchObject({ id: fileId, versionCount: 2, sha256: sha256(second), name: 'board.png' });
    const history = await run(
      team.viewer.token,
      `query ($id: ID!) { file(id: $id) { versions { totalCount edges { node { number fileName sha256 downloadUrl } } } } }`,
      { id: fileId },
    );
    expect(history.file.versions.totalCount).toBe(2);
    const [newest, oldest] = history.file.versions.edges.map((edge: { node: unknown }) => edge.node);
    expect(newest).toMatchObject({ number: 2, fileName: 'board-v2.png', sha256: sha256(second) });
    expect(oldest).toMatchObject({ number: 1, fileName: 'board.png', sha256: sha256(first) });
    expect((await download(oldest.downloadUrl)).bytes.equals(first)).toBe(true);

    const deleted = await run(
      team.member.token,
      `mutation ($id: ID!) { deleteFile(input: { fileId: $id }) { file { deletedAt purgeAfter } } }`,
      { id: fileId },
    );
    expect(deleted.deleteFile.file.deletedAt).not.toBeNull();
    const afterDelete = await run(
      team.viewer.token,
      `query ($id: ID!) { workItem(id: $id) { live: attachments { totalCount } all: attachments(includeDeleted: true) { totalCount } } }`,
      { id: item.id },
    );
    expect(afterDelete.workItem).toEqual({ live: { totalCount: 0 }, all: { totalCount: 1 } });
    const refused = await fileAs(stack, team.viewer.token, fileId, 'downloadUrl');
    expect(errorOf(refused).code).toBe('NOT_FOUND');

    await run(team.member.token, `mutation ($id: ID!) { restoreFile(input: { fileId: $id }) { file { id } } }`, {
      id: fileId,
    });
    const restored = await run(
      team.viewer.token,
      `query ($id: ID!) { workItem(id: $id) { attachments { totalCount } } }`,
      {
        id: item.id,
      },
    );
    expect(restored.workItem.attachments.totalCount).toBe(1);

    const usage = async () =>
      (
        await run(team.admin.token, `query ($id: ID!) { project(id: $id) { fileUsage { usedBytes } } }`, {
          id: team.project.id,
        })
      ).project.fileUsage.usedBytes as number;
    const usedBefore = await usage();
    await run(team.admin.token, `mutation ($id: ID!) { deleteFile(input: { fileId: $id }) { file { id } } }`, {
      id: fileId,
    });
    const swept = await stack.sweeper.runDue(new Date(Date.now() + 31 * 24 * 3600 * 1000));
    expect(swept.purgedFiles).toBeGreaterThanOrEqual(1);
    expect(await usage()).toBe(usedBefore - first.length - second.length);
    const gone = await fileAs(stack, team.admin.token, fileId, 'id');
    expect(errorOf(gone).code).toBe('NOT_FOUND');
    expect((await download(oldest.downloadUrl)).status).toBe(404);
  });

  it('previews a PDF: its page count, its first page, and thumbnails as large as they are', async () => {
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    // US Letter: 612 x 792 points, so the 640-pixel-wide preview is 828 pixels high.
    const pdf = minimalPdf([pageWithText(`Plan ${driver}`), pageWithText('Dates')]);
    const attached = await uploadFile(stack, team.member.token, {
      target: item.id,
      fileName: 'plan.pdf',
      contentType: 'application/pdf',
      bytes: pdf,
    });
    await stack.previews.runDue();
    const { file } = await run(
      team.viewer.token,
      `query ($id: ID!) { file(id: $id) { previewStatus width height pdf { pageCount previewUrl }
        small: thumbnail(size: SMALL) { url width height } large: thumbnail(size: LARGE) { url width height } } }`,
      { id: attached.file.id },
    );
    expect(file).toMatchObject({ previewStatus: 'READY', width: null, height: null, pdf: { pageCount: 2 } });
    const sharp = (await import('sharp')).default;
    const sizeOf = async (url: string) => {
      const fetched = await download(url);
      expect(fetched.status).toBe(200);
      const { width, height, format } = await sharp(fetched.bytes).metadata();
      return { width, height, format };
    };
    expect(await sizeOf(file.pdf.previewUrl)).toEqual({ width: 640, height: 828, format: 'png' });
    for (const thumbnail of [file.small, file.large]) {
      expect(await sizeOf(thumbnail.url)).toEqual({ width: thumbnail.width, height: thumbnail.height, format: 'webp' });
    }
    expect([file.small.width, file.small.height, file.large.width, file.large.height]).toEqual([124, 160, 495, 640]);
  });

  it('keeps identical content once per project, and counts it once against the quota', async () => {
    const [one, two] = await Promise.all([
      createWorkItem(stack, team.member.token, { projectId: team.project.id }),
      createWorkItem(stack, team.member.token, { projectId: team.project.id }),
    ]);
    const usage = async () =>
      (
        await run(team.member.token, `query ($id: ID!) { project(id: $id) { fileUsage { usedBytes quotaBytes } } }`, {
          id: team.project.id,
        })
      ).project.fileUsage as { usedBytes: number; quotaBytes: number };
    const bytes = Buffer.from(`shared notes ${driver}\n`.repeat(50));
    const before = await usage();
    const a = await uploadFile(stack, team.member.token, {
      target: one.id,
      fileName: 'notes.txt',
      contentType: 'text/plain',
      bytes,
    });
    const b = await uploadFile(stack, team.member.token, {
      target: two.id,
      fileName: 'copy.txt',
      contentType: 'text/plain',
      bytes,
    });
    expect([a.deduplicated, b.deduplicated]).toEqual([false, true]);
    expect(b.file.sha256).toBe(a.file.sha256);
    expect((await usage()).usedBytes).toBe(before.usedBytes + bytes.length);
    expect(before.quotaBytes).toBe(10 * 1024 ** 3);
  });
});
