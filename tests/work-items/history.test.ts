import {
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  seedProjectTeam,
  sqlStatementCount,
  useTestStack,
  rawId,
  querySql,
  type GraphQLResponse,
  type ProjectTeam,
  untilWorkItemReadModelsFollowed,
} from '../testkit';

const stack = useTestStack();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary selections
const run = (token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<any>> =>
  graphql(stack.routerUrl, query, variables, { token });

interface Entry {
  id: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  actor: { id: string };
  createdAt: string;
}

const ops = {
  states: `query ($id: ID!) { project(id: $id) { workflow { states { id name } } } }`,
  history: `query ($id: ID!, $first: Int, $after: String) {
    workItem(id: $id) {
      version
      history(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id field oldValue newValue actor { id } createdAt } }
      }
    }
  }`,
  times: `query ($id: ID!) { workItem(id: $id) { timeInStates { state { id name } stateName seconds current } } }`,
  update: `mutation ($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { version } } }`,
  transition: `mutation ($input: TransitionWorkItemInput!) { transitionWorkItem(input: $input) { workItem { version } } }`,
  move: `mutation ($input: MoveWorkItemInput!) { moveWorkItem(input: $input) { workItem { version } } }`,
  archive: `mutation ($input: ArchiveWorkItemInput!) { archiveWorkItem(input: $input) { workItem { version } } }`,
  restore: `mutation ($input: RestoreWorkItemInput!) { restoreWorkItem(input: $input) { workItem { version } } }`,
  label: `mutation ($input: CreateLabelInput!) { createLabel(input: $input) { label { id } } }`,
  field: `mutation ($input: CreateCustomFieldInput!) { createCustomField(input: $input) { customField { id } } }`,
  renameState: `mutation ($input: UpdateWorkflowStateInput!) { updateWorkflowState(input: $input) { state { id } } }`,
  deleteState: `mutation ($input: DeleteWorkflowStateInput!) { deleteWorkflowState(input: $input) { movedItemCount } }`,
};

async function statesOf(team: ProjectTeam) {
  const states = dataOf(await run(team.admin.token, ops.states, { id: team.project.id })).project.workflow.states as {
    id: string;
    name: string;
  }[];
  return (name: string) => states.find((s) => s.name === name)!.id;
}

async function historyOf(token: string, id: string, first = 100): Promise<Entry[]> {
  return dataOf(await run(token, ops.history, { id, first })).workItem.history.edges.map(
    (e: { node: Entry }) => e.node,
  );
}

describe('history', () => {
  test('records every kind of change, oldest first, with values as text', async () => {
    const team = await seedProjectTeam(stack);
    const state = await statesOf(team);
    const projectId = team.project.id;
    const { token } = team.member;
    const label = dataOf(await run(token, ops.label, { input: { projectId, name: 'ui', color: '#112233' } }))
      .createLabel.label.id;
    const field = dataOf(
      await run(team.admin.token, ops.field, { input: { projectId, name: 'Impact', type: 'NUMBER' } }),
    ).createCustomField.customField.id;
    const story = await createWorkItem(stack, token, { projectId, type: 'EPIC', title: 'Parent' });
    const item = await createWorkItem(stack, token, { projectId, type: 'TASK', title: 'First title' });
    const other = await createWorkItem(stack, token, { projectId, title: 'Neighbour' });

    let version = item.version;
    const update = async (changes: Record<string, unknown>) => {
      version = dataOf(await run(token, ops.update, { input: { id: item.id, expectedVersion: version, ...changes } }))
        .updateWorkItem.workItem.version;
    };
    await update({ title: 'Second title', description: 'Some words' });
    await update({ type: 'BUG', priority: 'HIGH', estimate: 3 });
    await update({ assigneeId: team.member.userId, labelIds: [label], dueDate: '2026-12-24' });
    await update({ parentId: story.id, customFields: [{ fieldId: field, number: 7 }] });
    dataOf(await run(token, ops.transition, { input: { id: item.id, toStateId: state('In progress') } }));
    dataOf(await run(token, ops.move, { input: { id: other.id, toStateId: state('In progress') } }));
    dataOf(await run(token, ops.move, { input: { id: item.id, afterId: other.id } }));
    dataOf(await run(token, ops.archive, { input: { id: item.id } }));

    const entries = await historyOf(team.viewer.token, item.id);
    const rows = entries.map((e) => [e.field, e.oldValue, e.newValue]);
    expect(rows.slice(0, 2)).toEqual(
      expect.arrayContaining([
        ['created', null, item.key],
        ['state', null, 'Backlog'],
      ]),
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        ['title', 'First title', 'Second title'],
        ['type', 'TASK', 'BUG'],
        ['priority', 'NONE', 'HIGH'],
        ['estimate', null, '3'],
        ['assignee', null, team.member.userId],
        ['labels', null, label],
        ['dueDate', null, '2026-12-24'],
        ['parent', null, story.id],
        [`customField:${field}`, null, '7'],
        ['state', 'Backlog', 'In progress'],
        ['rank', expect.any(String), expect.any(String)],
        ['archived', expect.anything(), 'true'],
      ]),
    );
    expect(rows.find((row) => row[0] === 'description')?.[2]).toBe('Some words');
    expect(entries.findIndex((e) => e.field === 'title')).toBeLessThan(
      entries.findIndex((e) => e.field === 'archived'),
    );
    expect(entries.every((e) => e.actor.id === team.member.userId)).toBe(true);
    const times = entries.map((e) => Date.parse(e.createdAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  test('pages through the history with cursors and counts every entry', async () => {
    const team = await seedProjectTeam(stack);
    const state = await statesOf(team);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    for (const name of ['To do', 'In progress', 'In review', 'Done']) {
      dataOf(await run(team.member.token, ops.transition, { input: { id: item.id, toStateId: state(name) } }));
    }
    const all = await historyOf(team.member.token, item.id);
    const first = dataOf(await run(team.member.token, ops.history, { id: item.id, first: 2 })).workItem.history;
    expect(first.totalCount).toBe(all.length);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = dataOf(
      await run(team.member.token, ops.history, { id: item.id, first: 100, after: first.pageInfo.endCursor }),
    ).workItem.history;
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...first.edges, ...second.edges].map((e: { node: Entry }) => e.node.id)).toEqual(all.map((e) => e.id));
    expect(second.edges.map((e: { node: Entry }) => e.node.newValue)).toEqual([
      'To do',
      'In progress',
      'In review',
      'Done',
    ]);
  });

  test('refuses a bad page size or cursor', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    expect(errorOf(await run(team.member.token, ops.history, { id: item.id, first: 101 }))).toMatchObject({
      code: expect.stringMatching(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/),
    });
    expect(errorOf(await run(team.member.token, ops.history, { id: item.id, after: 'garbage' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  test("a state's entries keep the name it had, and read as the name", async () => {
    const team = await seedProjectTeam(stack);
    const state = await statesOf(team);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    dataOf(await run(team.member.token, ops.transition, { input: { id: item.id, toStateId: state('To do') } }));
    dataOf(await run(team.admin.token, ops.renameState, { input: { id: state('To do'), name: 'Ready' } }));
    const last = (await historyOf(team.member.token, item.id)).at(-1)!;
    expect(last).toMatchObject({ field: 'state', oldValue: 'Backlog', newValue: 'To do' });
  });
});

describe('time in states', () => {
  test('adds up every stay per state, the current one until now, in order of first entry', async () => {
    const team = await seedProjectTeam(stack);
    const state = await statesOf(team);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    for (const name of ['In progress', 'To do', 'In progress']) {
      dataOf(await run(team.member.token, ops.transition, { input: { id: item.id, toStateId: state(name) } }));
    }
    // Spread the changes over the last hour: Backlog 600 s, In progress 900 + 600 s (current), To do 1200 s.
    const ago = [3300, 2700, 1800, 600];
    await querySql(
      stack,
      `UPDATE work_items.history_entry h SET created_at = now() - make_interval(secs => v.ago)
       FROM (SELECT id, (ARRAY[${ago.join(',')}])[row_number() OVER (ORDER BY created_at, id)] AS ago
             FROM work_items.history_entry WHERE work_item_id = $1 AND field = 'state') v
       WHERE h.id = v.id`,
      [rawId(item.id)],
    );
    const times = dataOf(await run(team.viewer.token, ops.times, { id: item.id })).workItem.timeInStates;
    expect(times.map((t: { stateName: string; current: boolean }) => [t.stateName, t.current])).toEqual([
      ['Backlog', false],
      ['In progress', true],
      ['To do', false],
    ]);
    const seconds = times.map((t: { seconds: number }) => t.seconds);
    expect(seconds[0]).toBe(600);
    expect(seconds[1]).toBeGreaterThanOrEqual(1500);
    expect(seconds[1]).toBeLessThan(1510);
    expect(seconds[2]).toBe(1200);
    expect(times[1].state).toEqual({ id: state('In progress'), name: 'In progress' });
  });

  test('a deleted state shows without its state, under the last name recorded; a renamed one under its new name', async () => {
    const team = await seedProjectTeam(stack);
    const state = await statesOf(team);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    dataOf(await run(team.member.token, ops.transition, { input: { id: item.id, toStateId: state('In review') } }));
    dataOf(await run(team.admin.token, ops.renameState, { input: { id: state('Backlog'), name: 'Icebox' } }));
    dataOf(
      await run(team.admin.token, ops.deleteState, {
        input: { id: state('In review'), moveItemsToStateId: state('Done') },
      }),
    );
    const times = dataOf(await run(team.member.token, ops.times, { id: item.id })).workItem.timeInStates;
    expect(
      times.map((t: { state: unknown; stateName: string; current: boolean }) => [t.state, t.stateName, t.current]),
    ).toEqual([
      [{ id: state('Backlog'), name: 'Icebox' }, 'Icebox', false],
      [null, 'In review', false],
      [{ id: state('Done'), name: 'Done' }, 'Done', true],
    ]);
  });
});

describe('batching', () => {
  test('history, time in states and state of many items take as many SQL statements as of a few', async () => {
    const team = await seedProjectTeam(stack);
    const state = await statesOf(team);
    const items = [];
    for (let i = 0; i < 12; i++) {
      const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: `I${i}` });
      dataOf(await run(team.member.token, ops.transition, { input: { id: item.id, toStateId: state('To do') } }));
      items.push(item);
    }
    const query = (ids: string[]) =>
      `query { ${ids
        .map(
          (id, i) => `i${i}: workItem(id: "${id}") {
            state { name }
            history(first: 5) { totalCount edges { node { field oldValue newValue actor { id } } } }
            timeInStates { state { name } stateName seconds current }
          }`,
        )
        .join('\n')} }`;
    const measure = async (ids: string[]) => {
      await untilWorkItemReadModelsFollowed(stack);
      const before = sqlStatementCount('work_items');
      const res = await run(team.viewer.token, query(ids));
      dataOf(res);
      return sqlStatementCount('work_items') - before;
    };
    await measure(items.slice(0, 1).map((i) => i.id));
    const few = await measure(items.slice(0, 2).map((i) => i.id));
    const many = await measure(items.map((i) => i.id));
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
