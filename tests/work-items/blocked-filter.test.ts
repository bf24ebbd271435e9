import {
  createProject,
  createWorkItem,
  dataOf,
  graphql,
  seedProjectTeam,
  useTestStack,
  workflowStates,
  type ProjectTeam,
} from '../testkit';

// The `blocked` filter through the router: it selects exactly the items whose isBlocked the same
// caller sees as true, in project lists, boards, saved views and the cross-project list.
const stack = useTestStack();

const run = (query: string, variables: Record<string, unknown>, token: string) =>
  graphql(stack.routerUrl, query, variables, { token });

const listQuery = `query ($id: ID!, $filter: WorkItemFilter) {
  project(id: $id) { workItems(filter: $filter, first: 100) { nodes { title isBlocked } } }
}`;
const boardQuery = `query ($id: ID!, $filter: WorkItemFilter) {
  project(id: $id) { board(filter: $filter) { columns { items(first: 100) { nodes { title } } } } }
}`;
const link = `mutation ($input: LinkWorkItemsInput!) { linkWorkItems(input: $input) { type } }`;
const transition = `mutation ($input: TransitionWorkItemInput!) { transitionWorkItem(input: $input) { workItem { id } } }`;
const archive = `mutation ($input: ArchiveWorkItemInput!) { archiveWorkItem(input: $input) { workItem { id } } }`;

interface Listed {
  title: string;
  isBlocked: boolean;
}

async function listed(token: string, projectId: string, blocked: boolean): Promise<Listed[]> {
  const res = await run(listQuery, { id: projectId, filter: { blocked } }, token);
  return (dataOf(res).project.workItems.nodes as Listed[]).sort((a, b) => a.title.localeCompare(b.title));
}
const titles = (items: Listed[]) => items.map((item) => item.title);

async function blocks(token: string, sourceId: string, targetId: string) {
  dataOf(await run(link, { input: { sourceId, targetId, type: 'BLOCKS' } }, token));
}

/** Open blocks Waiting; Done blocks Free; Shelved (archived) blocks Loose; a RELATES_TO link blocks nothing. */
async function projectWithBlockers(team: ProjectTeam) {
  const item = (title: string) => createWorkItem(stack, team.admin.token, { projectId: team.project.id, title });
  const [open, waiting, done, free, shelved, loose] = await Promise.all(
    ['Open', 'Waiting', 'Done', 'Free', 'Shelved', 'Loose'].map(item),
  );
  await blocks(team.admin.token, open!.id, waiting!.id);
  await blocks(team.admin.token, done!.id, free!.id);
  await blocks(team.admin.token, shelved!.id, loose!.id);
  dataOf(await run(link, { input: { sourceId: open!.id, targetId: free!.id, type: 'RELATES_TO' } }, team.admin.token));
  const states = await workflowStates(stack, team.admin.token, team.project.id);
  const doneState = states.find((state) => state.name === 'Done')!;
  dataOf(await run(transition, { input: { id: done!.id, toStateId: doneState.id } }, team.admin.token));
  dataOf(await run(archive, { input: { id: shelved!.id } }, team.admin.token));
  return { open: open!, waiting: waiting!, doneState };
}

describe('the blocked filter', () => {
  it('keeps items with an unfinished, unarchived blocker, and false keeps the rest', async () => {
    const team = await seedProjectTeam(stack);
    await projectWithBlockers(team);
    const blocked = await listed(team.member.token, team.project.id, true);
    expect(titles(blocked)).toEqual(['Waiting']);
    expect(blocked.every((item) => item.isBlocked)).toBe(true);
    const unblocked = await listed(team.member.token, team.project.id, false);
    expect(titles(unblocked)).toEqual(['Done', 'Free', 'Loose', 'Open']);
    expect(unblocked.some((item) => item.isBlocked)).toBe(false);
  });

  it('lets an item go once its blocker is done', async () => {
    const team = await seedProjectTeam(stack);
    const { open, doneState } = await projectWithBlockers(team);
    dataOf(await run(transition, { input: { id: open.id, toStateId: doneState.id } }, team.admin.token));
    expect(await listed(team.member.token, team.project.id, true)).toEqual([]);
  });

  it('counts a blocker in another project only for callers who can read that project, as isBlocked does', async () => {
    const team = await seedProjectTeam(stack);
    const hidden = await createProject(stack, team.admin.token, team.organizationId);
    const secret = await createWorkItem(stack, team.admin.token, { projectId: hidden.id, title: 'Secret' });
    const target = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Target' });
    await blocks(team.admin.token, secret.id, target.id);
    expect(await listed(team.admin.token, team.project.id, true)).toEqual([{ title: 'Target', isBlocked: true }]);
    expect(await listed(team.member.token, team.project.id, true)).toEqual([]);
    expect(await listed(team.member.token, team.project.id, false)).toEqual([{ title: 'Target', isBlocked: false }]);
  });

  it('narrows boards, nests in and/or/not, and works across projects', async () => {
    const team = await seedProjectTeam(stack);
    await projectWithBlockers(team);
    const board = dataOf(await run(boardQuery, { id: team.project.id, filter: { blocked: true } }, team.member.token));
    const onBoard = (board.project.board.columns as { items: { nodes: { title: string }[] } }[]).flatMap((column) =>
      column.items.nodes.map((node) => node.title),
    );
    expect(onBoard).toEqual(['Waiting']);

    const nested = { or: [{ blocked: true }, { title: { eq: 'Open' } }], not: { title: { eq: 'Nothing' } } };
    const res = dataOf(await run(listQuery, { id: team.project.id, filter: nested }, team.member.token));
    expect((res.project.workItems.nodes as Listed[]).map((item) => item.title).sort()).toEqual(['Open', 'Waiting']);

    const across = `query ($org: ID!) { workItems(organizationId: $org, filter: { blocked: true }, first: 50) { nodes { title } } }`;
    const all = dataOf(await run(across, { org: team.organizationId }, team.member.token));
    expect(all.workItems.nodes).toEqual([{ title: 'Waiting' }]);
  });

  it('is stored by a saved view, shown back and applied for whoever reads it', async () => {
    const team = await seedProjectTeam(stack);
    await projectWithBlockers(team);
    const create = `mutation ($input: CreateSavedViewInput!) {
      createSavedView(input: $input) { savedView { id filter { blocked } workItems(first: 10) { nodes { title } } } }
    }`;
    const input = { projectId: team.project.id, name: 'Blocked', shared: true, filter: { blocked: true } };
    const view = dataOf(await run(create, { input }, team.member.token)).createSavedView.savedView;
    expect(view.filter).toEqual({ blocked: true });
    expect(view.workItems.nodes).toEqual([{ title: 'Waiting' }]);
    const read = `query ($id: ID!) { savedView(id: $id) { workItems(first: 10) { nodes { title } } } }`;
    expect(dataOf(await run(read, { id: view.id }, team.viewer.token)).savedView.workItems.nodes).toEqual([
      { title: 'Waiting' },
    ]);
  });
});
