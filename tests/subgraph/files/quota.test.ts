import { seedProjectTeam, type ProjectTeam } from '../../testkit';
import { useFilesSubgraph } from './support';

const { files, storeUpload } = useFilesSubgraph();

const completeUpload = `mutation ($input: CompleteUploadInput!) {
  completeUpload(input: $input) { file { id name tags } deduplicated }
}`;

describe('the files subgraph against its database', () => {
  let team: ProjectTeam;
  beforeAll(async () => {
    team = await seedProjectTeam(files);
  }, 60_000);

  /** An upload of the member's with its bytes stored: its global ID. */
  const stored = (input: { target: string; fileName: string; contentType: string; tags?: string[] }, bytes: Buffer) =>
    storeUpload(team.member, team.project.id, input, bytes);

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
