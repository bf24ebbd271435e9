import {
  anonymous,
  asService,
  createWorkItem,
  dataOf,
  errorOf,
  seedProjectTeam,
  useSubgraph,
  type ProjectTeam,
  type TestUser,
} from '../../testkit';

// Project roles come from projects, which asks users for organization roles: both run as real
// servers on this file's database.
const workItems = useSubgraph('work-items', { with: ['users', 'projects'] });

const itemIdsQuery = `query($id: ID!, $limit: Int!) {
  savedViewItemIds(id: $id, limit: $limit) { projectId workItemIds truncated }
}`;
const createViewMutation = `mutation($input: CreateSavedViewInput!) { createSavedView(input: $input) { savedView { id } } }`;
const archiveMutation = `mutation($input: ArchiveWorkItemInput!) { archiveWorkItem(input: $input) { workItem { id } } }`;
const viewItemsQuery = `query($id: ID!) { savedView(id: $id) { workItems(first: 100) { edges { node { id } } } } }`;

async function createView(user: TestUser, input: Record<string, unknown>): Promise<string> {
  return dataOf(await workItems.execute(user, createViewMutation, { input })).createSavedView.savedView.id;
}

/** What `savedViewItemIds` answers the caller: the data, or null. */
async function itemIdsOf(caller: Parameters<typeof workItems.execute>[0], id: string, limit = 100) {
  return dataOf(await workItems.execute(caller, itemIdsQuery, { id, limit })).savedViewItemIds;
}

/** The view's items as `SavedView.workItems` lists them to the user, in its order. */
async function listedIds(user: TestUser, id: string): Promise<string[]> {
  const res = await workItems.execute(user, viewItemsQuery, { id });
  return dataOf(res).savedView.workItems.edges.map((edge: { node: { id: string } }) => edge.node.id);
}

describe('the savedViewItemIds service query', () => {
  let team: ProjectTeam;
  // Three bugs (one of them archived) and two tasks.
  let bugs: string[];
  let archivedBug: string;
  let tasks: string[];
  beforeAll(async () => {
    team = await seedProjectTeam(workItems);
    const create = (type: string, title: string) =>
      createWorkItem(workItems, team.member.token, { projectId: team.project.id, type, title });
    bugs = [];
    for (const title of ['Bug 1', 'Bug 2', 'Bug 3']) bugs.push((await create('BUG', title)).id);
    tasks = [(await create('TASK', 'Task 1')).id, (await create('TASK', 'Task 2')).id];
    archivedBug = (await create('BUG', 'Archived bug')).id;
    dataOf(await workItems.execute(team.member, archiveMutation, { input: { id: archivedBug } }));
  });

  it('answers the viewer with the items the view’s filter matches now, as the view lists them, without archived ones', async () => {
    const viewId = await createView(team.member, {
      projectId: team.project.id,
      name: 'Bugs, oldest first',
      shared: true,
      filter: { types: ['BUG'] },
      orderBy: { field: 'CREATED_AT', direction: 'ASC' },
    });
    const answer = await itemIdsOf(team.viewer, viewId);
    expect(answer).toEqual({
      projectId: team.project.id,
      workItemIds: await listedIds(team.viewer, viewId),
      truncated: false,
    });
    expect([...answer.workItemIds].sort()).toEqual([...bugs].sort());
  });

  it('includes archived items when the view asks for them', async () => {
    const viewId = await createView(team.member, {
      projectId: team.project.id,
      name: 'Every bug',
      filter: { types: ['BUG'], archived: 'ANY' },
    });
    const answer = await itemIdsOf(team.member, viewId);
    expect([...answer.workItemIds].sort()).toEqual([...bugs, archivedBug].sort());
  });

  it('gives the first `limit` items in the view’s order and says when more match', async () => {
    const viewId = await createView(team.member, {
      projectId: team.project.id,
      name: 'Bugs, newest first',
      filter: { types: ['BUG'] },
      orderBy: { field: 'CREATED_AT', direction: 'DESC' },
    });
    const listed = await listedIds(team.member, viewId);
    expect(await itemIdsOf(team.member, viewId, 2)).toEqual({
      projectId: team.project.id,
      workItemIds: listed.slice(0, 2),
      truncated: true,
    });
    expect(await itemIdsOf(team.member, viewId, 3)).toMatchObject({ workItemIds: listed, truncated: false });
  });

  it.each([0, 20_001])('rejects a limit of %i with BAD_USER_INPUT on limit', async (limit) => {
    const viewId = await createView(team.member, { projectId: team.project.id, name: `Limit ${limit}` });
    const res = await workItems.execute(team.member, itemIdsQuery, { id: viewId, limit });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it('answers null to an organization member outside the project, even for a shared view', async () => {
    const viewId = await createView(team.member, { projectId: team.project.id, name: 'Shared', shared: true });
    expect(await itemIdsOf(team.outsider, viewId)).toBeNull();
  });

  it('answers null for another user’s private view, and the view to its owner', async () => {
    const viewId = await createView(team.member, {
      projectId: team.project.id,
      name: 'Mine',
      filter: { types: ['TASK'] },
    });
    expect(await itemIdsOf(team.admin, viewId)).toBeNull();
    const answer = await itemIdsOf(team.member, viewId);
    expect(answer).toMatchObject({ projectId: team.project.id, truncated: false });
    expect([...answer.workItemIds].sort()).toEqual([...tasks].sort());
  });

  it('answers null for a view that does not exist', async () => {
    const missing = Buffer.from('SavedView:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect(await itemIdsOf(team.member, missing)).toBeNull();
  });

  it('refuses a service asking as itself, and anonymous callers, with UNAUTHENTICATED: it answers for a person', async () => {
    const viewId = await createView(team.member, { projectId: team.project.id, name: 'Asked by nobody', shared: true });
    for (const caller of [asService('analytics'), anonymous]) {
      const res = await workItems.execute(caller, itemIdsQuery, { id: viewId, limit: 10 });
      expect(errorOf(res).code).toBe('UNAUTHENTICATED');
    }
  });
});
