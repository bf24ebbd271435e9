import { createProject, createWorkItem, dataOf, errorOf, graphql, rawId, signUpUser, useTestStack } from '../testkit';
import { requestUpload } from '../files/support';
import { outboxEventsOf } from '../testkit/outbox';
import { projectFixture, projectMember } from './helpers';

const stack = useTestStack();

const run = (query: string, variables: Record<string, unknown>, token?: string) =>
  graphql(stack.routerUrl, query, variables, { token });

const archive = `mutation ($input: ArchiveProjectInput!) { archiveProject(input: $input) { project { id archivedAt } } }`;
const restore = `mutation ($input: RestoreProjectInput!) { restoreProject(input: $input) { project { id archivedAt } } }`;
const archivedMessage =
  'The project is archived: its work can be read, and changed again once a project ADMIN restores it.';

async function archivedProjectWithItem() {
  const fixture = await projectFixture(stack);
  const member = await projectMember(stack, fixture, fixture.project.id, 'MEMBER');
  const item = await createWorkItem(stack, member.token, { projectId: fixture.project.id, title: 'Ship it' });
  const archived = dataOf(await run(archive, { input: { projectId: fixture.project.id } }, fixture.owner.token));
  return { ...fixture, member, item, archivedAt: archived.archiveProject.project.archivedAt as string };
}

const renameItem = (token: string, item: { id: string; version: number }, title: string) =>
  run(
    `mutation ($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { title } } }`,
    { input: { id: item.id, expectedVersion: item.version, title } },
    token,
  );

describe('archiveProject and restoreProject', () => {
  test('an archived project is read as before, and its work changes in no service until it is restored', async () => {
    const setup = await archivedProjectWithItem();
    expect(Date.parse(setup.archivedAt)).toBeGreaterThan(Date.now() - 60_000);

    const read = await run(
      `query ($id: ID!, $item: ID!) {
        project(id: $id) { archivedAt viewerRole viewerPermissions { canRead canWrite } }
        workItem(id: $item) { title }
      }`,
      { id: setup.project.id, item: setup.item.id },
      setup.member.token,
    );
    expect(dataOf(read)).toEqual({
      project: {
        archivedAt: setup.archivedAt,
        viewerRole: 'MEMBER',
        viewerPermissions: { canRead: true, canWrite: false },
      },
      workItem: { title: 'Ship it' },
    });

    const refusals = [
      await renameItem(setup.member.token, setup.item, 'Renamed'),
      await renameItem(setup.owner.token, setup.item, 'Renamed'),
      await run(
        `mutation ($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }`,
        { input: { projectId: setup.project.id, type: 'TASK', title: 'Another' } },
        setup.member.token,
      ),
      await run(
        `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`,
        { input: { workItemId: setup.item.id, body: 'Still here?' } },
        setup.member.token,
      ),
      await run(
        `mutation ($input: CreateSprintInput!) { createSprint(input: $input) { sprint { id } } }`,
        { input: { projectId: setup.project.id, name: 'S1', startDate: '2026-12-07', endDate: '2026-12-20' } },
        setup.owner.token,
      ),
    ];
    for (const refusal of refusals)
      expect(errorOf(refusal)).toMatchObject({ code: 'FORBIDDEN', message: archivedMessage });
    const upload = () =>
      requestUpload(stack, setup.member.token, {
        target: setup.item.id,
        fileName: 'notes.txt',
        contentType: 'text/plain',
        byteSize: 10,
      });
    expect(errorOf(await upload()).code).toBe('FORBIDDEN');

    const restored = dataOf(await run(restore, { input: { projectId: setup.project.id } }, setup.owner.token));
    expect(restored.restoreProject.project).toEqual({ id: setup.project.id, archivedAt: null });
    expect(dataOf(await renameItem(setup.member.token, setup.item, 'Renamed')).updateWorkItem.workItem.title).toBe(
      'Renamed',
    );
    expect(dataOf(await upload()).createUpload.upload.id).toEqual(expect.any(String));
  });

  test('archived projects leave the organization list and its count unless includeArchived asks for them', async () => {
    const setup = await archivedProjectWithItem();
    const active = await createProject(stack, setup.owner.token, setup.organizationId, { key: 'LIVE' });
    const list = (includeArchived?: boolean) =>
      run(
        `query ($id: ID!, $includeArchived: Boolean) {
          organization(id: $id) { projects(includeArchived: $includeArchived) { totalCount nodes { id archivedAt } } }
        }`,
        { id: setup.organizationId, includeArchived },
        setup.owner.token,
      );
    expect(dataOf(await list()).organization.projects).toEqual({
      totalCount: 1,
      nodes: [{ id: active.id, archivedAt: null }],
    });
    expect(dataOf(await list(true)).organization.projects).toEqual({
      totalCount: 2,
      nodes: [
        { id: setup.project.id, archivedAt: setup.archivedAt },
        { id: active.id, archivedAt: null },
      ],
    });
  });

  test('archiving publishes project.archived and restoring project.restored; repeating either changes nothing', async () => {
    const fixture = await projectFixture(stack);
    const input = { input: { projectId: fixture.project.id } };
    const events = await outboxEventsOf(stack, 'projects', async () => {
      const first = dataOf(await run(archive, input, fixture.owner.token)).archiveProject.project.archivedAt;
      expect(dataOf(await run(archive, input, fixture.owner.token)).archiveProject.project.archivedAt).toBe(first);
      dataOf(await run(restore, input, fixture.owner.token));
      expect(dataOf(await run(restore, input, fixture.owner.token)).restoreProject.project.archivedAt).toBeNull();
    });
    const snapshot = { id: rawId(fixture.project.id), organizationId: rawId(fixture.organizationId) };
    expect(events.map((event) => [event.type, event.projectId, event.payload])).toEqual([
      ['project.archived', rawId(fixture.project.id), { project: expect.objectContaining(snapshot) }],
      ['project.restored', rawId(fixture.project.id), { project: expect.objectContaining(snapshot) }],
    ]);
  });

  test('a project MEMBER is FORBIDDEN, an outsider gets NOT_FOUND, and a malformed ID is BAD_USER_INPUT on input.projectId', async () => {
    const fixture = await projectFixture(stack);
    const member = await projectMember(stack, fixture, fixture.project.id, 'MEMBER');
    const outsider = await signUpUser(stack);
    const input = { input: { projectId: fixture.project.id } };
    for (const mutation of [archive, restore]) {
      expect(errorOf(await run(mutation, input, member.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await run(mutation, input, outsider.token)).code).toBe('NOT_FOUND');
      expect(errorOf(await run(mutation, { input: { projectId: 'nope' } }, fixture.owner.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.projectId',
      });
    }
    const project = await run(
      `query ($id: ID!) { project(id: $id) { archivedAt } }`,
      { id: fixture.project.id },
      member.token,
    );
    expect(dataOf(project).project.archivedAt).toBeNull();
  });
});
