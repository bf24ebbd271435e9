import { createWorkItem, dataOf, errorOf, graphql, seedProjectTeam, useTestStack, type ProjectTeam } from '../testkit';

// The filter language through the router: the project list, the board and saved views all read it,
// `isMe` is whoever asks, and a bad filter is refused naming the exact input.
const stack = useTestStack();

const listQuery = `query($id: ID!, $filter: WorkItemFilter) {
  project(id: $id) { workItems(filter: $filter, first: 100) { totalCount edges { node { title } } } }
}`;
const boardQuery = `query($id: ID!, $filter: WorkItemFilter) {
  project(id: $id) { board(filter: $filter) { columns { items(first: 100) { edges { node { title } } } } } }
}`;

const comparatorFields = `eq neq in nin null`;
const filterValue = (depth: number): string =>
  `assignee { eq neq in nin null isMe } priority { eq neq in nin lt lte gt gte } dueDate { eq neq lt lte gt gte null }
   title { eq neq contains notContains } labels { ${comparatorFields} } types
   ${depth > 0 ? `and { ${filterValue(depth - 1)} } or { ${filterValue(depth - 1)} } not { ${filterValue(depth - 1)} }` : ''}`;

describe('the filter language', () => {
  let team: ProjectTeam;

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    const item = (title: string, fields: Record<string, unknown>) =>
      createWorkItem(stack, team.member.token, { projectId: team.project.id, type: 'TASK', title, ...fields });
    await item('Mine urgent', { assigneeId: team.member.userId, priority: 'URGENT', dueDate: '2026-03-01' });
    await item('Mine low', { assigneeId: team.member.userId, priority: 'LOW' });
    await item('Admin high', { assigneeId: team.admin.userId, priority: 'HIGH', dueDate: '2026-06-01' });
    await item('Nobody medium', { priority: 'MEDIUM', dueDate: '2026-04-01' });
    await item('Nobody none', {});
  }, 60_000);

  const titles = async (filter: unknown, token = team.member.token) => {
    const { project } = dataOf(await graphql(stack.routerUrl, listQuery, { id: team.project.id, filter }, { token }));
    const { totalCount, edges } = (
      project as { workItems: { totalCount: number; edges: { node: { title: string } }[] } }
    ).workItems;
    expect(totalCount).toBe(edges.length);
    return edges.map((edge) => edge.node.title).sort();
  };

  it('combines comparators with or and not, treating a missing value as not matching', async () => {
    expect(await titles({ or: [{ priority: { gte: 'HIGH' } }, { assignee: { null: true } }] })).toEqual([
      'Admin high',
      'Mine urgent',
      'Nobody medium',
      'Nobody none',
    ]);
    // Items without a due date are not "before April", so `not` keeps them.
    expect(await titles({ not: { dueDate: { lt: '2026-04-01' } } })).toEqual([
      'Admin high',
      'Mine low',
      'Nobody medium',
      'Nobody none',
    ]);
    expect(
      await titles({ and: [{ assignee: { neq: team.admin.userId } }, { title: { contains: 'NOBODY' } }] }),
    ).toEqual(['Nobody medium', 'Nobody none']);
    expect(await titles({ or: [] })).toEqual([]);
  });

  it('reads isMe as whoever asks', async () => {
    const mine = { assignee: { isMe: true } };
    expect(await titles(mine, team.member.token)).toEqual(['Mine low', 'Mine urgent']);
    expect(await titles(mine, team.admin.token)).toEqual(['Admin high']);
    expect(await titles(mine, team.viewer.token)).toEqual([]);
  });

  it('narrows every board column with the same filter', async () => {
    const { project } = dataOf(
      await graphql(
        stack.routerUrl,
        boardQuery,
        { id: team.project.id, filter: { or: [{ priority: { eq: 'URGENT' } }, { priority: { eq: 'NONE' } }] } },
        { token: team.viewer.token },
      ),
    );
    const columns = (project as { board: { columns: { items: { edges: { node: { title: string } }[] } }[] } }).board
      .columns;
    expect(columns.flatMap((column) => column.items.edges.map((edge) => edge.node.title)).sort()).toEqual([
      'Mine urgent',
      'Nobody none',
    ]);
  });

  it('refuses a bad filter naming the exact input, and too deep or too large trees', async () => {
    const refused = async (filter: unknown) =>
      errorOf(await graphql(stack.routerUrl, listQuery, { id: team.project.id, filter }, { token: team.member.token }));
    expect(await refused({ or: [{}, { not: { assignee: { eq: team.project.id } } }] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.or.1.not.assignee.eq',
    });
    let deep: Record<string, unknown> = { assignee: { null: true } };
    for (let i = 0; i < 6; i++) deep = { not: deep };
    expect(await refused(deep)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.not.not.not.not.not.not',
    });
    const wide = {
      and: Array.from({ length: 20 }, () => ({ or: Array.from({ length: 5 }, () => ({ title: { eq: 'x' } })) })),
    };
    expect(await refused(wide)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter' });
    expect(await refused({ title: { contains: 'x'.repeat(201) } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.title.contains',
    });
  });

  it('keeps an outsider out whatever the filter', async () => {
    const res = await graphql(
      stack.routerUrl,
      listQuery,
      { id: team.project.id, filter: { or: [{ assignee: { isMe: true } }] } },
      { token: team.outsider.token },
    );
    expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('stores a filter tree in a shared view, shows it back as given, and runs isMe for each reader', async () => {
    const filter = {
      or: [{ assignee: { isMe: true } }, { priority: { gte: 'HIGH' }, not: { dueDate: { gt: '2026-05-01' } } }],
      title: { notContains: 'none' },
    };
    const created = dataOf(
      await graphql<{ createSavedView: { savedView: { id: string; filter: unknown } } }>(
        stack.routerUrl,
        `mutation($input: CreateSavedViewInput!) {
          createSavedView(input: $input) { savedView { id filter { ${filterValue(2)} } } }
        }`,
        { input: { projectId: team.project.id, name: 'Mine or hot', shared: true, filter } },
        { token: team.member.token },
      ),
    ).createSavedView.savedView;
    expect(created.filter).toMatchObject({
      title: { eq: null, neq: null, contains: null, notContains: 'none' },
      and: null,
      not: null,
      or: [
        { assignee: { isMe: true, eq: null }, priority: null, not: null },
        { assignee: null, priority: { gte: 'HIGH', lt: null }, not: { dueDate: { gt: '2026-05-01', lt: null } } },
      ],
    });
    const viewItems = async (token: string) => {
      const { savedView } = dataOf(
        await graphql<{ savedView: { workItems: { edges: { node: { title: string } }[] } } }>(
          stack.routerUrl,
          'query($id: ID!) { savedView(id: $id) { workItems(first: 100) { edges { node { title } } } } }',
          { id: created.id },
          { token },
        ),
      );
      return savedView.workItems.edges.map((edge) => edge.node.title).sort();
    };
    expect(await viewItems(team.member.token)).toEqual(['Mine low', 'Mine urgent']);
    expect(await viewItems(team.admin.token)).toEqual(['Admin high', 'Mine urgent']);
    expect(await viewItems(team.viewer.token)).toEqual(['Mine urgent']);
  });
});
