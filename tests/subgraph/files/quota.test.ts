import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createLocalStorageDriver } from '../../../lib/files/storage/local-driver';
import { rawId, seedProjectTeam, useSubgraph, type ProjectTeam } from '../../testkit';
import { uploadKey } from '../../../subgraphs/files/rules/storage-keys';

// The files subgraph on its own database, with users and projects for roles and work-items for
// where items live. Bytes go straight into its local store (there is no router here to PUT to).
const filesDir = mkdtempSync(path.join(os.tmpdir(), 'workgraph-files-tier-'));
const files = useSubgraph('files', {
  with: ['users', 'projects', 'work-items'],
  env: {
    FILES_LOCAL_DIR: filesDir,
    FILES_PREVIEW_POLL_MS: 0,
    FILES_SWEEP_POLL_MS: 0,
  },
});

const createUpload = `mutation ($input: CreateUploadInput!) { createUpload(input: $input) { upload { id } } }`;
const completeUpload = `mutation ($input: CompleteUploadInput!) {
  completeUpload(input: $input) { file { id name tags } deduplicated }
}`;

describe('the files subgraph against its database', () => {
  let team: ProjectTeam;
  let store: ReturnType<typeof createLocalStorageDriver>;

  beforeAll(async () => {
    team = await seedProjectTeam(files);
    store = createLocalStorageDriver({
      root: filesDir,
      publicUrl: () => 'http://localhost',
      signingSecret: 'x'.repeat(32),
    });
  }, 60_000);
  afterAll(() => rm(filesDir, { recursive: true, force: true }));

  /** createUpload as the member, then the bytes straight into the store: the upload's global ID. */
  async function stored(input: Record<string, unknown>, bytes: Buffer): Promise<string> {
    const started = await files.execute(team.member, createUpload, { input: { ...input, byteSize: bytes.length } });
    const id = started.body.data!.createUpload.upload.id as string;
    await store.write(uploadKey(rawId(team.project.id), rawId(id)), Readable.from([bytes]), {
      maxBytes: bytes.length,
      contentType: String(input.contentType),
    });
    return id;
  }

  it('records exactly as many concurrent completions as fit the quota, and counts each byte once', async () => {
    const limits = await files.execute(
      team.admin,
      `mutation ($input: SetFileLimitsInput!) { setFileLimits(input: $input) { limits { projectQuotaBytes } } }`,
      { input: { organizationId: team.organizationId, maxFileBytes: 2048, projectQuotaBytes: 4096 } },
    );
    expect(limits.body.errors).toBeUndefined();
    const uploads = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        stored(
          { target: team.project.id, fileName: `part-${index}.bin`, contentType: 'application/octet-stream' },
          Buffer.alloc(1000, index + 1),
        ),
      ),
    );
    const answers = await Promise.all(
      uploads.map((uploadId) => files.execute(team.member, completeUpload, { input: { uploadId } })),
    );
    const codes = answers.map((answer) => answer.body.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'QUOTA_EXCEEDED', 'QUOTA_EXCEEDED']);
    const usage = await files.execute(
      team.member,
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Project { fileUsage { usedBytes quotaBytes } } } }`,
      { representations: [{ __typename: 'Project', id: team.project.id }] },
    );
    expect(usage.body.data!._entities[0].fileUsage).toEqual({ usedBytes: 4000, quotaBytes: 4096 });
  });

  it('lists the project documents that carry every tag asked for', async () => {
    await files.execute(
      team.admin,
      `mutation ($input: SetFileLimitsInput!) { setFileLimits(input: $input) { limits { projectQuotaBytes } } }`,
      { input: { organizationId: team.organizationId, maxFileBytes: 1 << 20, projectQuotaBytes: 1 << 30 } },
    );
    const documents: [string, string[]][] = [
      ['spec.md', ['spec', 'api']],
      ['notes.md', ['notes']],
      ['api-v2.md', ['api', 'spec', 'draft']],
    ];
    for (const [name, tags] of documents) {
      const uploadId = await stored(
        { target: team.project.id, fileName: name, contentType: 'text/markdown', tags },
        Buffer.from(`# ${name}\n`),
      );
      const done = await files.execute(team.member, completeUpload, { input: { uploadId } });
      expect(done.body.errors).toBeUndefined();
    }
    const listed = await files.execute(
      team.viewer,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Project { documents(tags: ["spec", "api"]) { totalCount edges { node { name tags } } } }
        }
      }`,
      { representations: [{ __typename: 'Project', id: team.project.id }] },
    );
    expect(listed.body.data!._entities[0].documents).toEqual({
      totalCount: 2,
      edges: [
        { node: { name: 'spec.md', tags: ['api', 'spec'] } },
        { node: { name: 'api-v2.md', tags: ['api', 'draft', 'spec'] } },
      ],
    });
  });
});
