import {
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  seedProjectTeam,
  sqlStatementCount,
  useTestStack,
  type CreatedWorkItem,
  type ProjectTeam,
  untilWorkItemReadModelsFollowed,
} from '../testkit';

// The statement-count board below is deep and wide on purpose.
const stack = useTestStack({ routerLimits: { maxDepth: 16, maxCost: 1_000_000 } });

interface Column {
  state: { id: string; name: string };
  items: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { key: string } }[];
  };
}

const boardQuery = `query($id: ID!, $filter: WorkItemFilter, $first: Int, $after: String) {
  project(id: $id) {
    board(filter: $filter) {
      columns {
        state { id name }
        items(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { key } } }
      }
    }
  }
}`;

async function board(team: ProjectTeam, variables: Record<string, unknown> = {}, token = team.member.token) {
  return graphql<{ project: { board: { columns: Column[] } } }>(
    stack.routerUrl,
    boardQuery,
    { id: team.project.id, ...variables },
    { token },
  );
}

async function mutate(token: string, query: string, input: Record<string, unknown>) {
  return dataOf(await graphql(stack.routerUrl, query, { input }, { token }));
}

async function statesOf(team: ProjectTeam): Promise<{ id: string; name: string }[]> {
  const res = await graphql(
    stack.routerUrl,
    'query($id: ID!) { project(id: $id) { workflow { states { id name } } } }',
    { id: team.project.id },
    { token: team.admin.token },
  );
  return dataOf(res).project.workflow.states;
}

async function move(team: ProjectTeam, input: Record<string, unknown>): Promise<void> {
  await mutate(
    team.member.token,
    'mutation($input: MoveWorkItemInput!) { moveWorkItem(input: $input) { workItem { id } } }',
    input,
  );
}

/** Moves items (at most 100) to a state in one bulk update. */
async function moveAll(team: ProjectTeam, items: CreatedWorkItem[], toStateId: string): Promise<void> {
  if (items.length === 0) return;
  await mutate(
    team.member.token,
    'mutation($input: BulkUpdateWorkItemsInput!) { bulkUpdateWorkItems(input: $input) { workItems { id } } }',
    { ids: items.map((item) => item.id), changes: { toStateId } },
  );
}

const keysOf = (column: Column) => column.items.edges.map((edge) => edge.node.key);

test('columns follow the workflow order and hold their unarchived items in rank order', async () => {
  const team = await seedProjectTeam(stack);
  const states = await statesOf(team);
  const created: CreatedWorkItem[] = [];
  for (const title of ['Alpha', 'Bravo', 'Charlie', 'Delta']) {
    created.push(await createWorkItem(stack, team.member.token, { projectId: team.project.id, title }));
  }
  const [a, b, c, d] = created;
  const archived = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
  await mutate(
    team.member.token,
    'mutation($input: ArchiveWorkItemInput!) { archiveWorkItem(input: $input) { workItem { id } } }',
    { id: archived.id },
  );
  // Reorder the first column to D, A, C, then move B to the head of the second column.
  await move(team, { id: d!.id, beforeId: a!.id });
  await move(team, { id: b!.id, toStateId: states[1]!.id });

  const { columns } = dataOf(await board(team)).project.board;
  expect(columns.map((column) => column.state.name)).toEqual(states.map((state) => state.name));
  expect(keysOf(columns[0]!)).toEqual([d!.key, a!.key, c!.key]);
  expect(columns[0]!.items.totalCount).toBe(3);
  expect(keysOf(columns[1]!)).toEqual([b!.key]);
  for (const column of columns.slice(2)) expect(column.items).toMatchObject({ totalCount: 0, edges: [] });

  // The board's filter applies to every column; archived items stay off it even when asked for.
  const filtered = dataOf(await board(team, { filter: { search: 'brav', archived: 'ANY' } })).project.board.columns;
  expect(filtered.map(keysOf)).toEqual([[], [b!.key], ...states.slice(2).map(() => [])]);
}, 60_000);

test('a column pages through its items with cursors', async () => {
  const team = await seedProjectTeam(stack);
  const created: CreatedWorkItem[] = [];
  for (let i = 0; i < 5; i++)
    created.push(await createWorkItem(stack, team.member.token, { projectId: team.project.id }));
  const first = dataOf(await board(team, { first: 2 })).project.board.columns[0]!;
  expect(keysOf(first)).toEqual(created.slice(0, 2).map((item) => item.key));
  expect(first.items).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
  const rest = dataOf(await board(team, { first: 10, after: first.items.pageInfo.endCursor })).project.board
    .columns[0]!;
  expect(keysOf(rest)).toEqual(created.slice(2).map((item) => item.key));
  expect(rest.items.pageInfo.hasNextPage).toBe(false);

  const error = errorOf(await board(team, { after: 'not-a-cursor' }));
  expect({ code: error.code, field: error.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
}, 60_000);

test('an outsider gets NOT_FOUND for the board, a bad filter BAD_USER_INPUT', async () => {
  const team = await seedProjectTeam(stack);
  expect(errorOf(await board(team, {}, team.outsider.token)).code).toBe('NOT_FOUND');
  const error = errorOf(await board(team, { filter: { labelIds: [team.project.id] } }));
  expect({ code: error.code, field: error.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.labelIds.0' });
  expect(dataOf(await board(team, {}, team.viewer.token)).project.board.columns.length).toBeGreaterThan(0);
}, 60_000);

describe('SQL statements of a board query', () => {
  const wideBoard = `query($id: ID!) {
    project(id: $id) {
      board {
        columns {
          state { name }
          items(first: 100) {
            totalCount
            edges { node { key title assignee { name } parent { title } labels { name } } }
          }
        }
      }
    }
  }`;

  /** A project with `count` items spread over the first three columns, with parents, assignees and labels. */
  async function boardWith(count: number): Promise<ProjectTeam> {
    const team = await seedProjectTeam(stack);
    const states = await statesOf(team);
    const labels: string[] = [];
    for (const name of ['red', 'blue']) {
      const data = await mutate(
        team.admin.token,
        'mutation($input: CreateLabelInput!) { createLabel(input: $input) { label { id } } }',
        { projectId: team.project.id, name, color: '#445566' },
      );
      labels.push(data.createLabel.label.id as string);
    }
    const epics: CreatedWorkItem[] = [];
    for (let i = 0; i < 2; i++) {
      epics.push(await createWorkItem(stack, team.member.token, { projectId: team.project.id, type: 'EPIC' }));
    }
    const items: CreatedWorkItem[] = [...epics];
    for (let i = items.length; i < count; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(10, count - i) }, (_, j) =>
          createWorkItem(stack, team.member.token, {
            projectId: team.project.id,
            title: `Item ${i + j}`,
            parentId: epics[(i + j) % 2]!.id,
            assigneeId: (i + j) % 3 === 0 ? null : [team.member.userId, team.admin.userId][(i + j) % 2],
            labelIds: labels.slice(0, (i + j) % 3),
          }),
        ),
      );
      items.push(...batch);
    }
    const third = Math.ceil(count / 3);
    await moveAll(team, items.slice(third, 2 * third), states[1]!.id);
    await moveAll(team, items.slice(2 * third), states[2]!.id);
    return team;
  }

  async function statementsFor(team: ProjectTeam, expectedItems: number): Promise<number> {
    await untilWorkItemReadModelsFollowed(stack);
    const before = sqlStatementCount('work_items');
    const res = await graphql(stack.routerUrl, wideBoard, { id: team.project.id }, { token: team.member.token });
    const after = sqlStatementCount('work_items');
    const columns = dataOf(res).project.board.columns as {
      items: {
        totalCount: number;
        edges: {
          node: {
            title: string;
            assignee: { name: string } | null;
            parent: { title: string } | null;
            labels: unknown[];
          };
        }[];
      };
    }[];
    const nodes = columns.flatMap((column) => column.items.edges.map((edge) => edge.node));
    expect(nodes).toHaveLength(expectedItems);
    expect(columns.reduce((sum, column) => sum + column.items.totalCount, 0)).toBe(expectedItems);
    expect(nodes.some((node) => node.assignee?.name)).toBe(true);
    expect(nodes.some((node) => node.parent?.title)).toBe(true);
    expect(nodes.some((node) => node.labels.length === 2)).toBe(true);
    return after - before;
  }

  test('a board of 200 items with assignees, parents and labels runs as many work_items statements as one of 20', async () => {
    const small = await boardWith(20);
    const large = await boardWith(200);
    // Warm up once, so one-time work is not counted against either board.
    await statementsFor(small, 20);
    const forTwenty = await statementsFor(small, 20);
    const forTwoHundred = await statementsFor(large, 200);
    console.log(`work_items SQL statements: board of 20 items ${forTwenty}, board of 200 items ${forTwoHundred}`);
    expect(forTwoHundred).toBe(forTwenty);
  }, 180_000);
});
