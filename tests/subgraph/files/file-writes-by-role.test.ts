import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../../lib/ids';
import {
  addOrganizationMember,
  addProjectMember,
  createWorkItem,
  dataOf,
  errorOf,
  querySql,
  rawId,
  seedProjectTeam,
  sendOperation,
  signUpUser,
  type Caller,
  type ProjectTeam,
  type TestUser,
} from '../../testkit';
import { useFilesSubgraph } from './support';

// Who may change a file or a link, and which inputs each write refuses. Roles: the uploader (a
// project MEMBER), another MEMBER, a direct project ADMIN, an organization ADMIN (ADMIN in every
// project of the organization), a VIEWER, an organization member outside the project, and a
// stranger to the organization. No bus: events stay in files.outbox, where the tests read them.
const { files, storeUpload } = useFilesSubgraph();

const fileFields = 'id name altText decorative longDescription language tags deletedAt purgeAfter';
const updateFileMutation = `mutation ($input: UpdateFileInput!) { updateFile(input: $input) { file { ${fileFields} } } }`;
const deleteFileMutation = `mutation ($input: DeleteFileInput!) { deleteFile(input: $input) { file { ${fileFields} } } }`;
const restoreFileMutation = `mutation ($input: RestoreFileInput!) { restoreFile(input: $input) { file { ${fileFields} } } }`;
const fileQuery = `query ($id: ID!) { file(id: $id) { ${fileFields} } }`;
const completeUploadMutation = `mutation ($input: CompleteUploadInput!) { completeUpload(input: $input) { file { id } } }`;
const upsertLinkMutation = `mutation ($input: UpsertLinkAttachmentInput!) {
  upsertLinkAttachment(input: $input) {
    created
    linkAttachment { id url title subtitle iconUrl targetKind createdBy { id } }
  }
}`;
const deleteLinkMutation = `mutation ($input: DeleteLinkAttachmentInput!) {
  deleteLinkAttachment(input: $input) { deletedLinkAttachmentId }
}`;
const workItemLinksQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on WorkItem { linkAttachments { totalCount edges { node { id url title } } } }
  }
}`;

interface People {
  /** A second project MEMBER, who did not upload the files. */
  otherMember: TestUser;
  /** A direct project ADMIN, a MEMBER of the organization. */
  projectAdmin: TestUser;
  /** An organization ADMIN with no membership of the project. */
  organizationAdmin: TestUser;
  /** Signed up, in no organization at all. */
  stranger: TestUser;
}

let team: ProjectTeam;
let people: People;
beforeAll(async () => {
  team = await seedProjectTeam(files);
  const [otherMember, projectAdmin, organizationAdmin, stranger] = await Promise.all([
    signUpUser(files, { name: 'Max Member' }),
    signUpUser(files, { name: 'Pat Project-Admin' }),
    signUpUser(files, { name: 'Olga Org-Admin' }),
    signUpUser(files, { name: 'Sam Stranger' }),
  ]);
  await Promise.all([
    addOrganizationMember(files, team.admin.token, team.organizationId, otherMember, 'MEMBER'),
    addOrganizationMember(files, team.admin.token, team.organizationId, projectAdmin, 'MEMBER'),
    addOrganizationMember(files, team.admin.token, team.organizationId, organizationAdmin, 'ADMIN'),
  ]);
  await addProjectMember(files, team.admin.token, team.project.id, otherMember.userId, 'MEMBER');
  await addProjectMember(files, team.admin.token, team.project.id, projectAdmin.userId, 'ADMIN');
  people = { otherMember, projectAdmin, organizationAdmin, stranger };
}, 60_000);

/** A new work item of the team's project. */
const newItem = async () => (await createWorkItem(files, team.member.token, { projectId: team.project.id })).id;

/** A file `uploader` attaches to `target` (a new work item unless given): its global ID. */
async function attached(uploader: Caller = team.member, target?: string): Promise<string> {
  const uploadId = await storeUpload(
    uploader,
    team.project.id,
    { target: target ?? (await newItem()), fileName: 'notes.txt', contentType: 'text/plain' },
    Buffer.from(`notes ${randomUUID()}\n`),
  );
  return dataOf(await files.execute(uploader, completeUploadMutation, { input: { uploadId } })).completeUpload.file
    .id as string;
}

/** A project document of the member's, with tags. */
async function projectDocument(): Promise<string> {
  const uploadId = await storeUpload(
    team.member,
    team.project.id,
    { target: team.project.id, fileName: 'spec.md', contentType: 'text/markdown', tags: ['spec'] },
    Buffer.from(`# Spec ${randomUUID()}\n`),
  );
  return dataOf(await files.execute(team.member, completeUploadMutation, { input: { uploadId } })).completeUpload.file
    .id as string;
}

/** A comment of the member's on a new work item: its global ID. */
async function newComment(): Promise<string> {
  const res = await sendOperation<{ addComment: { comment: { id: string } } }>(
    files,
    'work-items',
    'mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }',
    { input: { workItemId: await newItem(), body: 'See the attached notes.' } },
    team.member.token,
  );
  return dataOf(res).addComment.comment.id;
}

/** The file as the project's ADMIN sees it now. */
const fileNow = async (fileId: string) => dataOf(await files.execute(team.admin, fileQuery, { id: fileId })).file;

/** The types of the events written for one file or link (by raw id), oldest first. */
async function eventTypesOf(globalId: string): Promise<string[]> {
  const rows = await querySql<{ type: string }>(
    files,
    `SELECT type FROM files.outbox WHERE envelope->>'aggregateId' = $1 ORDER BY seq`,
    [rawId(globalId)],
  );
  return rows.map((row) => row.type);
}

/** Someone outside the project: an organization member without a role in it, or a stranger to the organization. */
const outsiders = (): [string, TestUser][] => [
  ['an organization member outside the project', team.outsider],
  ['a stranger to the organization', people.stranger],
];

const missingFileId = () => toGlobalId('File', randomUUID());

describe('updateFile', () => {
  const update = (caller: Caller, input: Record<string, unknown>) =>
    files.execute(caller, updateFileMutation, { input });

  it('lets every MEMBER of the project, not only the uploader, and its ADMINs edit a file', async () => {
    const fileId = await attached(team.member);
    const editors: [string, TestUser][] = [
      ['uploader', team.member],
      ['other-member', people.otherMember],
      ['project-admin', people.projectAdmin],
      ['organization-admin', people.organizationAdmin],
    ];
    for (const [who, editor] of editors) {
      const res = await update(editor, { fileId, name: `by-${who}.txt` });
      expect(dataOf(res).updateFile.file.name).toBe(`by-${who}.txt`);
    }
    expect(await eventTypesOf(fileId)).toEqual(['file.attached', ...editors.map(() => 'file.updated')]);
  });

  it('refuses a VIEWER with FORBIDDEN and changes nothing', async () => {
    const fileId = await attached();
    const res = await update(team.viewer, { fileId, name: 'viewer.txt', altText: 'Seen by a viewer' });
    expect(errorOf(res).code).toBe('FORBIDDEN');
    expect(await fileNow(fileId)).toMatchObject({ name: 'notes.txt', altText: null });
    expect(await eventTypesOf(fileId)).toEqual(['file.attached']);
  });

  it('answers people outside the project NOT_FOUND, exactly as for a file that does not exist', async () => {
    const fileId = await attached();
    const missing = errorOf(await update(team.member, { fileId: missingFileId(), name: 'x.txt' }));
    expect(missing.code).toBe('NOT_FOUND');
    for (const [, outsider] of outsiders()) {
      expect(errorOf(await update(outsider, { fileId, name: 'mine.txt' }))).toEqual(missing);
    }
    expect((await fileNow(fileId)).name).toBe('notes.txt');
  });

  it.each([
    ['a file ID that is no global ID', { fileId: 'not-an-id' }, 'input.fileId'],
    [
      'the global ID of a work item instead of a file',
      { fileId: toGlobalId('WorkItem', randomUUID()) },
      'input.fileId',
    ],
    ['a blank name', { name: '   ' }, 'input.name'],
    ['a null name', { name: null }, 'input.name'],
    ['alt text over 1,000 characters', { altText: 'a'.repeat(1001) }, 'input.altText'],
    ['a long description over 10,000 characters', { longDescription: 'd'.repeat(10_001) }, 'input.longDescription'],
    ['a language that is no BCP 47 tag', { language: 'English' }, 'input.language'],
    ['a language tag written with an underscore', { language: 'pt_BR' }, 'input.language'],
    ['a null decorative', { decorative: null }, 'input.decorative'],
    ['tags on an attachment (only project documents have tags)', { tags: ['spec'] }, 'input.tags'],
  ])('refuses %s with BAD_USER_INPUT on its field, and changes nothing', async (_what, bad, field) => {
    const fileId = await attached();
    const res = await update(team.member, { fileId, name: 'renamed.txt', ...bad });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await fileNow(fileId)).name).toBe('notes.txt');
  });

  it.each([
    ['more than 20 tags', Array.from({ length: 21 }, (_, index) => `tag-${index}`), 'input.tags'],
    ['a blank tag', ['spec', '  '], 'input.tags.1'],
    ['a tag over 40 characters', ['t'.repeat(41)], 'input.tags.0'],
    ['a tag with a control character', ['ok', 'new\nline'], 'input.tags.1'],
  ])('refuses %s on a document with BAD_USER_INPUT on the tag', async (_what, tags, field) => {
    const fileId = await projectDocument();
    expect(errorOf(await update(team.member, { fileId, tags }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await fileNow(fileId)).tags).toEqual(['spec']);
  });

  it('stores a name given with a path as its last part, and a long one cut to 200 bytes with its extension', async () => {
    const fileId = await attached();
    const fromPath = await update(team.member, { fileId, name: '../../etc/passwd.txt' });
    expect(dataOf(fromPath).updateFile.file.name).toBe('passwd.txt');
    const long = await update(team.member, { fileId, name: `${'n'.repeat(300)}.txt` });
    expect(dataOf(long).updateFile.file.name).toBe(`${'n'.repeat(196)}.txt`);
  });
});

describe.each([
  ['deleteFile', deleteFileMutation, 'file.deleted'],
  ['restoreFile', restoreFileMutation, 'file.restored'],
] as const)('%s', (mutation, document, eventType) => {
  const run = (caller: Caller, fileId: string) => files.execute(caller, document, { input: { fileId } });

  /** A file `uploader` attached, deleted by them first when the test restores it. */
  async function fileToChange(uploader: Caller = team.member): Promise<string> {
    const fileId = await attached(uploader);
    if (mutation === 'restoreFile') dataOf(await files.execute(uploader, deleteFileMutation, { input: { fileId } }));
    return fileId;
  }
  const deletedNow = async (fileId: string) => (await fileNow(fileId)).deletedAt !== null;
  const deletedBefore = mutation === 'restoreFile';
  const verb = deletedBefore ? 'restore' : 'delete';

  it(`lets its uploader, a MEMBER, ${verb} a file`, async () => {
    const fileId = await fileToChange();
    const { file } = dataOf(await run(team.member, fileId))[mutation];
    expect(file.deletedAt !== null).toBe(!deletedBefore);
    expect((await eventTypesOf(fileId)).at(-1)).toBe(eventType);
  });

  it.each([
    ['a direct project ADMIN', () => people.projectAdmin],
    ['an organization ADMIN outside the project', () => people.organizationAdmin],
    ['the organization OWNER who created the project', () => team.admin],
  ])(`lets %s ${verb} someone else’s file`, async (_who, admin) => {
    const fileId = await fileToChange();
    dataOf(await run(admin(), fileId));
    expect(await deletedNow(fileId)).toBe(!deletedBefore);
  });

  it.each([
    ['another MEMBER', () => people.otherMember],
    ['a VIEWER', () => team.viewer],
  ])('refuses %s with FORBIDDEN and leaves the file as it was', async (_who, caller) => {
    const fileId = await fileToChange();
    const before = await eventTypesOf(fileId);
    expect(errorOf(await run(caller(), fileId)).code).toBe('FORBIDDEN');
    expect(await deletedNow(fileId)).toBe(deletedBefore);
    expect(await eventTypesOf(fileId)).toEqual(before);
  });

  it('refuses its uploader once demoted to VIEWER: uploaders keep the right only while they may write', async () => {
    const uploader = await signUpUser(files, { name: 'Dee Demoted' });
    await addOrganizationMember(files, team.admin.token, team.organizationId, uploader, 'MEMBER');
    await addProjectMember(files, team.admin.token, team.project.id, uploader.userId, 'MEMBER');
    const fileId = await fileToChange(uploader);
    const demoted = await sendOperation<{ changeProjectMemberRole: { role: string } }>(
      files,
      'projects',
      'mutation ($input: ChangeProjectMemberRoleInput!) { changeProjectMemberRole(input: $input) { role } }',
      { input: { projectId: team.project.id, userId: uploader.userId, role: 'VIEWER' } },
      team.admin.token,
    );
    expect(dataOf(demoted).changeProjectMemberRole.role).toBe('VIEWER');
    expect(errorOf(await run(uploader, fileId)).code).toBe('FORBIDDEN');
    expect(await deletedNow(fileId)).toBe(deletedBefore);
  });

  it('answers people outside the project NOT_FOUND, exactly as for a file that does not exist', async () => {
    const fileId = await fileToChange();
    const missing = errorOf(await run(team.member, missingFileId()));
    expect(missing.code).toBe('NOT_FOUND');
    for (const [, outsider] of outsiders()) expect(errorOf(await run(outsider, fileId))).toEqual(missing);
    expect(await deletedNow(fileId)).toBe(deletedBefore);
  });

  it.each([
    ['a file ID that is no global ID', 'not-an-id'],
    ['the global ID of a link attachment instead of a file', toGlobalId('LinkAttachment', randomUUID())],
    ['a global ID with a malformed id', Buffer.from('File:42').toString('base64url')],
  ])('refuses %s with BAD_USER_INPUT on input.fileId', async (_what, fileId) => {
    expect(errorOf(await run(team.member, fileId))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fileId' });
  });

  it(`changes nothing, and writes no event, when the file is already ${deletedBefore ? 'restored' : 'deleted'}`, async () => {
    const fileId = await fileToChange();
    const first = dataOf(await run(team.member, fileId))[mutation].file;
    const events = await eventTypesOf(fileId);
    const again = dataOf(await run(team.member, fileId))[mutation].file;
    expect(again).toEqual(first);
    expect(await eventTypesOf(fileId)).toEqual(events);
  });

  it('writes one event when the same person sends it twice at once', async () => {
    const fileId = await fileToChange();
    const before = await eventTypesOf(fileId);
    const answers = await Promise.all([run(team.member, fileId), run(team.member, fileId)]);
    answers.forEach((answer) => dataOf(answer));
    expect(await eventTypesOf(fileId)).toEqual([...before, eventType]);
  });
});

describe('upsertLinkAttachment', () => {
  const upsert = (caller: Caller, input: Record<string, unknown>) =>
    files.execute(caller, upsertLinkMutation, { input });
  const linkInput = (target: string, overrides: Record<string, unknown> = {}) => ({
    target,
    url: `https://example.com/pull/${randomUUID()}`,
    title: 'Pull request',
    ...overrides,
  });

  it('adds a MEMBER’s link to a work item, a comment or the project', async () => {
    const targets: [string, string][] = [
      ['WORK_ITEM', await newItem()],
      ['COMMENT', await newComment()],
      ['PROJECT', team.project.id],
    ];
    for (const [kind, target] of targets) {
      const res = await upsert(
        team.member,
        linkInput(target, { subtitle: ' Open ', iconUrl: 'https://example.com/i.png' }),
      );
      expect(dataOf(res).upsertLinkAttachment).toMatchObject({
        created: true,
        linkAttachment: {
          targetKind: kind,
          title: 'Pull request',
          subtitle: 'Open',
          createdBy: { id: team.member.userId },
        },
      });
    }
  });

  it.each([
    ['a direct project ADMIN', () => people.projectAdmin],
    ['an organization ADMIN outside the project', () => people.organizationAdmin],
  ])('lets %s add a link too', async (_who, admin) => {
    const res = await upsert(admin(), linkInput(await newItem()));
    expect(dataOf(res).upsertLinkAttachment).toMatchObject({
      created: true,
      linkAttachment: { createdBy: { id: admin().userId } },
    });
  });

  it('updates the link with the same URL on the same target instead of adding a second one', async () => {
    const target = await newItem();
    const first = dataOf(
      await upsert(team.member, linkInput(target, { url: 'https://example.com/pull/7' })),
    ).upsertLinkAttachment;
    // The same URL as written differently (scheme and host case, default port) is the same link.
    const again = dataOf(
      await upsert(
        people.otherMember,
        linkInput(target, { url: 'HTTPS://Example.COM:443/pull/7', title: 'Pull request #7 (merged)' }),
      ),
    ).upsertLinkAttachment;
    expect(first.created).toBe(true);
    expect(again).toEqual({
      created: false,
      linkAttachment: {
        ...first.linkAttachment,
        title: 'Pull request #7 (merged)',
      },
    });
    const listed = dataOf(
      await files.execute(team.viewer, workItemLinksQuery, {
        representations: [{ __typename: 'WorkItem', id: target }],
      }),
    )._entities[0].linkAttachments;
    expect(listed).toEqual({
      totalCount: 1,
      edges: [
        { node: { id: first.linkAttachment.id, url: 'https://example.com/pull/7', title: 'Pull request #7 (merged)' } },
      ],
    });
    expect(await eventTypesOf(first.linkAttachment.id)).toEqual([
      'link_attachment.upserted',
      'link_attachment.upserted',
    ]);
  });

  it('adds a separate link for the same URL on another target', async () => {
    const url = `https://example.com/design/${randomUUID()}`;
    const one = dataOf(await upsert(team.member, linkInput(await newItem(), { url }))).upsertLinkAttachment;
    const two = dataOf(await upsert(team.member, linkInput(await newItem(), { url }))).upsertLinkAttachment;
    expect([one.created, two.created]).toEqual([true, true]);
    expect(two.linkAttachment.id).not.toBe(one.linkAttachment.id);
  });

  it('makes one link of two integrations adding the same URL at once', async () => {
    const target = await newItem();
    const input = linkInput(target);
    const answers = (await Promise.all([upsert(team.member, input), upsert(people.otherMember, input)])).map(
      (answer) => dataOf(answer).upsertLinkAttachment,
    );
    expect(answers.map((answer) => answer.created).sort()).toEqual([false, true]);
    expect(answers[0].linkAttachment.id).toBe(answers[1].linkAttachment.id);
  });

  it('refuses a VIEWER with FORBIDDEN on every kind of target, and adds nothing', async () => {
    const item = await newItem();
    for (const target of [item, await newComment(), team.project.id]) {
      expect(errorOf(await upsert(team.viewer, linkInput(target))).code).toBe('FORBIDDEN');
    }
    const [{ count }] = (await querySql<{ count: number }>(
      files,
      'SELECT count(*)::int AS count FROM files.link_attachment WHERE created_by = $1::uuid',
      [rawId(team.viewer.userId)],
    )) as [{ count: number }];
    expect(count).toBe(0);
  });

  it.each([
    ['work item', () => newItem(), () => toGlobalId('WorkItem', randomUUID())],
    ['comment', () => newComment(), () => toGlobalId('Comment', randomUUID())],
    ['project', async () => team.project.id, () => toGlobalId('Project', randomUUID())],
  ])(
    'answers people outside the project NOT_FOUND on a %s, exactly as for one that does not exist',
    async (_kind, existing, missing) => {
      const target = await existing();
      const notThere = errorOf(await upsert(team.member, linkInput(missing())));
      expect(notThere.code).toBe('NOT_FOUND');
      for (const [, outsider] of outsiders()) {
        expect(errorOf(await upsert(outsider, linkInput(target)))).toEqual(notThere);
      }
    },
  );

  it.each([
    ['a javascript: URL', { url: 'javascript:alert(document.cookie)' }, 'input.url'],
    ['a data: URL', { url: 'data:text/html,<script>alert(1)</script>' }, 'input.url'],
    ['a file: URL', { url: 'file:///etc/passwd' }, 'input.url'],
    ['an ftp: URL', { url: 'ftp://example.com/build.zip' }, 'input.url'],
    ['text that is no URL', { url: 'see the pull request' }, 'input.url'],
    ['a URL carrying a password', { url: 'https://bot:s3cret@example.com/pull/1' }, 'input.url'],
    ['a URL over 2,048 characters', { url: `https://example.com/${'a'.repeat(2048)}` }, 'input.url'],
    ['a blank title', { title: '   ' }, 'input.title'],
    ['a title over 300 characters', { title: 't'.repeat(301) }, 'input.title'],
    ['a subtitle over 300 characters', { subtitle: 's'.repeat(301) }, 'input.subtitle'],
    ['an icon over http', { iconUrl: 'http://example.com/icon.png' }, 'input.iconUrl'],
    ['a javascript: icon', { iconUrl: 'javascript:alert(1)' }, 'input.iconUrl'],
    ['an icon URL over 2,048 characters', { iconUrl: `https://example.com/${'i'.repeat(2048)}` }, 'input.iconUrl'],
    ['a target that is no global ID', { target: 'not-an-id' }, 'input.target'],
    ['the global ID of a file as the target', { target: toGlobalId('File', randomUUID()) }, 'input.target'],
    ['the global ID of a user as the target', { target: toGlobalId('User', randomUUID()) }, 'input.target'],
  ])('refuses %s with BAD_USER_INPUT on its field', async (_what, bad, field) => {
    const res = await upsert(team.member, linkInput(team.project.id, bad));
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('deleteLinkAttachment', () => {
  const remove = (caller: Caller, linkAttachmentId: string) =>
    files.execute(caller, deleteLinkMutation, { input: { linkAttachmentId } });

  /** A link the member added to a new work item: its global ID and the item's. */
  async function link(): Promise<{ id: string; target: string }> {
    const target = await newItem();
    const res = await files.execute(team.member, upsertLinkMutation, {
      input: { target, url: `https://example.com/pull/${randomUUID()}`, title: 'Pull request' },
    });
    return { id: dataOf(res).upsertLinkAttachment.linkAttachment.id, target };
  }
  const linkCountOf = async (target: string) =>
    dataOf(
      await files.execute(team.member, workItemLinksQuery, {
        representations: [{ __typename: 'WorkItem', id: target }],
      }),
    )._entities[0].linkAttachments.totalCount as number;

  it.each([
    ['the MEMBER who added it', () => team.member],
    ['another MEMBER', () => people.otherMember],
    ['a project ADMIN', () => people.projectAdmin],
    ['an organization ADMIN outside the project', () => people.organizationAdmin],
  ])('lets %s remove a link', async (_who, caller) => {
    const { id, target } = await link();
    expect(dataOf(await remove(caller(), id)).deleteLinkAttachment.deletedLinkAttachmentId).toBe(id);
    expect(await linkCountOf(target)).toBe(0);
    expect(await eventTypesOf(id)).toEqual(['link_attachment.upserted', 'link_attachment.deleted']);
  });

  it('refuses a VIEWER with FORBIDDEN and keeps the link', async () => {
    const { id, target } = await link();
    expect(errorOf(await remove(team.viewer, id)).code).toBe('FORBIDDEN');
    expect(await linkCountOf(target)).toBe(1);
  });

  it('answers people outside the project NOT_FOUND, exactly as for a link that does not exist', async () => {
    const { id, target } = await link();
    const missing = errorOf(await remove(team.member, toGlobalId('LinkAttachment', randomUUID())));
    expect(missing.code).toBe('NOT_FOUND');
    for (const [, outsider] of outsiders()) expect(errorOf(await remove(outsider, id))).toEqual(missing);
    expect(await linkCountOf(target)).toBe(1);
  });

  it('answers NOT_FOUND to a second deletion, and writes one link_attachment.deleted event', async () => {
    const { id } = await link();
    dataOf(await remove(team.member, id));
    expect(errorOf(await remove(team.member, id)).code).toBe('NOT_FOUND');
    expect(await eventTypesOf(id)).toEqual(['link_attachment.upserted', 'link_attachment.deleted']);
  });

  it('removes a link once when two people delete it at once: one succeeds, the other gets NOT_FOUND', async () => {
    const { id } = await link();
    const answers = await Promise.all([remove(team.member, id), remove(people.otherMember, id)]);
    const codes = answers.map((answer) => answer.body.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['NOT_FOUND', 'OK']);
    expect(await eventTypesOf(id)).toEqual(['link_attachment.upserted', 'link_attachment.deleted']);
  });

  it.each([
    ['a link ID that is no global ID', 'not-an-id'],
    ['the global ID of a file instead of a link', toGlobalId('File', randomUUID())],
  ])('refuses %s with BAD_USER_INPUT on input.linkAttachmentId', async (_what, linkAttachmentId) => {
    expect(errorOf(await remove(team.member, linkAttachmentId))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.linkAttachmentId',
    });
  });
});
