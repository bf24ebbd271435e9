import {
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  seedProjectTeam,
  useTestStack,
  rawId,
  querySql,
  type CreatedWorkItem,
  type GraphQLResponse,
  type ProjectTeam,
} from '../testkit';

const stack = useTestStack();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary selections
const run = (token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<any>> =>
  graphql(stack.routerUrl, query, variables, { token });

const ops = {
  states: `query ($id: ID!) { project(id: $id) { workflow { states { id name } } } }`,
  move: `mutation ($input: MoveWorkItemInput!) {
    moveWorkItem(input: $input) { workItem { id key version state { name } } } }`,
  item: `query ($id: ID!) {
    workItem(id: $id) { version state { name } history(first: 50) { edges { node { field oldValue newValue } } } } }`,
  archive: `mutation ($input: ArchiveWorkItemInput!) { archiveWorkItem(input: $input) { workItem { id } } }`,
  removeTransition: `mutation ($input: RemoveWorkflowTransitionInput!) { removeWorkflowTransition(input: $input) { workflow { states { id } } } }`,
};

interface Board {
  team: ProjectTeam;
  state: (name: string) => string;
  items: CreatedWorkItem[];
  /** Keys of a column's unarchived items in board order. */
  column: (name: string) => Promise<string[]>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary selections
  move: (token: string, input: Record<string, unknown>) => Promise<GraphQLResponse<any>>;
}

async function board(itemCount: number): Promise<Board> {
  const team = await seedProjectTeam(stack);
  const states = dataOf(await run(team.admin.token, ops.states, { id: team.project.id })).project.workflow.states as {
    id: string;
    name: string;
  }[];
  const state = (name: string) => states.find((s) => s.name === name)!.id;
  const items: CreatedWorkItem[] = [];
  for (let i = 0; i < itemCount; i++) {
    items.push(await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: `Item ${i}` }));
  }
  const keyOf = new Map(items.map((item) => [rawId(item.id), item.key]));
  return {
    team,
    state,
    items,
    column: async (name) =>
      (
        await querySql<{ id: string }>(
          stack,
          `SELECT id::text AS id FROM work_items.work_item WHERE state_id = $1 AND archived_at IS NULL
           ORDER BY rank COLLATE "C", id`,
          [rawId(state(name))],
        )
      ).map((row) => keyOf.get(row.id) ?? row.id),
    move: (token, input) => run(token, ops.move, { input }),
  };
}

describe('moving within a column', () => {
  test('places an item before, after, between its neighbours or at the end', async () => {
    const b = await board(4);
    const [a, bb, c, d] = b.items.map((item) => item) as [
      CreatedWorkItem,
      CreatedWorkItem,
      CreatedWorkItem,
      CreatedWorkItem,
    ];
    expect(await b.column('Backlog')).toEqual([a.key, bb.key, c.key, d.key]);

    dataOf(await b.move(b.team.member.token, { id: d.id, beforeId: bb.id }));
    expect(await b.column('Backlog')).toEqual([a.key, d.key, bb.key, c.key]);

    dataOf(await b.move(b.team.member.token, { id: a.id, afterId: c.id }));
    expect(await b.column('Backlog')).toEqual([d.key, bb.key, c.key, a.key]);

    dataOf(await b.move(b.team.member.token, { id: bb.id, afterId: c.id, beforeId: a.id }));
    expect(await b.column('Backlog')).toEqual([d.key, c.key, bb.key, a.key]);

    dataOf(await b.move(b.team.member.token, { id: d.id, beforeId: null, afterId: null }));
    expect(await b.column('Backlog')).toEqual([c.key, bb.key, a.key, d.key]);

    dataOf(await b.move(b.team.member.token, { id: a.id, beforeId: c.id }));
    expect(await b.column('Backlog')).toEqual([a.key, c.key, bb.key, d.key]);
  });

  test('a move rewrites only the moved row, bumps its version once and records the rank change', async () => {
    const b = await board(3);
    const [first, second, third] = b.items as [CreatedWorkItem, CreatedWorkItem, CreatedWorkItem];
    const ranks = async () =>
      new Map(
        (
          await querySql<{ id: string; rank: string }>(
            stack,
            `SELECT id::text AS id, rank FROM work_items.work_item WHERE id = ANY($1)`,
            [b.items.map((i) => rawId(i.id))],
          )
        ).map((r) => [r.id, r.rank]),
      );
    const before = await ranks();
    const moved = dataOf(await b.move(b.team.member.token, { id: third.id, beforeId: first.id })).moveWorkItem.workItem;
    expect(moved.version).toBe(third.version + 1);
    const after = await ranks();
    expect(after.get(rawId(first.id))).toBe(before.get(rawId(first.id)));
    expect(after.get(rawId(second.id))).toBe(before.get(rawId(second.id)));
    const history = dataOf(await run(b.team.member.token, ops.item, { id: third.id })).workItem.history.edges;
    expect(history.at(-1).node).toEqual({
      field: 'rank',
      oldValue: before.get(rawId(third.id)),
      newValue: after.get(rawId(third.id)),
    });
  });

  test('a move that leaves the item where it is changes nothing', async () => {
    const b = await board(3);
    const [first, second, third] = b.items as [CreatedWorkItem, CreatedWorkItem, CreatedWorkItem];
    const noops = [
      { id: third.id },
      { id: second.id, afterId: first.id },
      { id: second.id, beforeId: third.id },
      { id: second.id, afterId: first.id, beforeId: third.id, toStateId: b.state('Backlog') },
    ];
    for (const input of noops) {
      const res = dataOf(await b.move(b.team.member.token, input)).moveWorkItem.workItem;
      expect(res.version).toBe(1);
    }
    expect(await b.column('Backlog')).toEqual([first.key, second.key, third.key]);
  });

  test('neighbours sharing a rank are renumbered in the same move, keeping the board order', async () => {
    const b = await board(4);
    const [a, bb, c, d] = b.items as [CreatedWorkItem, CreatedWorkItem, CreatedWorkItem, CreatedWorkItem];
    // Two items end up with one rank (as concurrent moves from older clients could leave them).
    await querySql(stack, `UPDATE work_items.work_item SET rank = 'a0' WHERE id = ANY($1)`, [
      [rawId(a.id), rawId(bb.id)],
    ]);
    const tied = await b.column('Backlog');
    const [low, high] = tied.slice(0, 2);
    const lowItem = b.items.find((i) => i.key === low)!;
    const highItem = b.items.find((i) => i.key === high)!;
    dataOf(await b.move(b.team.member.token, { id: d.id, afterId: lowItem.id, beforeId: highItem.id }));
    expect(await b.column('Backlog')).toEqual([low, d.key, high, c.key]);
    const ranks = await querySql<{ rank: string }>(
      stack,
      `SELECT rank FROM work_items.work_item WHERE state_id = $1 ORDER BY rank COLLATE "C"`,
      [rawId(b.state('Backlog'))],
    );
    expect(new Set(ranks.map((r) => r.rank)).size).toBe(4);
  });
});

describe('the board', () => {
  test('Project.board shows the columns in the order the moves left them', async () => {
    const b = await board(3);
    const [a, bb, c] = b.items as [CreatedWorkItem, CreatedWorkItem, CreatedWorkItem];
    dataOf(await b.move(b.team.member.token, { id: c.id, beforeId: a.id }));
    dataOf(await b.move(b.team.member.token, { id: a.id, toStateId: b.state('To do') }));
    const columns = dataOf(
      await run(
        b.team.viewer.token,
        `query ($id: ID!) { project(id: $id) { board { columns { state { name } items { edges { node { key } } } } } } }`,
        { id: b.team.project.id },
      ),
    ).project.board.columns as { state: { name: string }; items: { edges: { node: { key: string } }[] } }[];
    const keys = (name: string) => columns.find((col) => col.state.name === name)!.items.edges.map((e) => e.node.key);
    expect(keys('Backlog')).toEqual([c.key, bb.key]);
    expect(keys('To do')).toEqual([a.key]);
    expect(keys('Backlog')).toEqual(await b.column('Backlog'));
  });
});

describe('moving across columns', () => {
  test('moves an item into another column at a place, as one transition with one version bump', async () => {
    const b = await board(3);
    const [a, bb, c] = b.items as [CreatedWorkItem, CreatedWorkItem, CreatedWorkItem];
    const first = dataOf(await b.move(b.team.member.token, { id: bb.id, toStateId: b.state('To do') })).moveWorkItem
      .workItem;
    expect(first).toMatchObject({ state: { name: 'To do' }, version: bb.version + 1 });
    dataOf(await b.move(b.team.member.token, { id: c.id, toStateId: b.state('To do'), beforeId: bb.id }));
    dataOf(await b.move(b.team.member.token, { id: a.id, toStateId: b.state('To do'), afterId: c.id }));
    expect(await b.column('To do')).toEqual([c.key, a.key, bb.key]);
    expect(await b.column('Backlog')).toEqual([]);

    const after = dataOf(await run(b.team.member.token, ops.item, { id: a.id })).workItem;
    expect(after.version).toBe(a.version + 1);
    const lastTwo = after.history.edges.slice(-2).map((e: { node: { field: string } }) => e.node);
    expect(lastTwo.map((n: { field: string }) => n.field).sort()).toEqual(['rank', 'state']);
    expect(lastTwo.find((n: { field: string }) => n.field === 'state')).toEqual({
      field: 'state',
      oldValue: 'Backlog',
      newValue: 'To do',
    });
  });

  test('a move to another column follows the workflow', async () => {
    const b = await board(1);
    dataOf(
      await run(b.team.admin.token, ops.removeTransition, {
        input: { fromStateId: b.state('Backlog'), toStateId: b.state('Done') },
      }),
    );
    const res = await b.move(b.team.member.token, { id: b.items[0]!.id, toStateId: b.state('Done') });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.toStateId' });
    expect(errorOf(res).message).toContain('Allowed next states: "To do", "In progress", "In review", "Canceled".');
    expect(await b.column('Backlog')).toEqual([b.items[0]!.key]);
  });

  test('parallel moves into one column each get their own place', async () => {
    const b = await board(8);
    const results = await Promise.all(
      b.items.map((item) => b.move(b.team.member.token, { id: item.id, toStateId: b.state('In progress') })),
    );
    results.forEach((res) => dataOf(res));
    const column = await b.column('In progress');
    expect(column.sort()).toEqual(b.items.map((i) => i.key).sort());
    const ranks = await querySql<{ rank: string }>(stack, `SELECT rank FROM work_items.work_item WHERE state_id = $1`, [
      rawId(b.state('In progress')),
    ]);
    expect(new Set(ranks.map((r) => r.rank)).size).toBe(8);
  });
});

describe('moveWorkItem refuses bad input', () => {
  test('neighbours must be unarchived items of the target column of the same project, in order', async () => {
    const b = await board(4);
    const other = await seedProjectTeam(stack);
    const foreign = await createWorkItem(stack, other.admin.token, { projectId: other.project.id });
    const [a, bb, c, d] = b.items as [CreatedWorkItem, CreatedWorkItem, CreatedWorkItem, CreatedWorkItem];
    dataOf(await b.move(b.team.member.token, { id: c.id, toStateId: b.state('To do') }));
    dataOf(await run(b.team.member.token, ops.archive, { input: { id: d.id } }));
    const unknown = Buffer.from('WorkItem:00000000-0000-4000-8000-000000000000').toString('base64url');
    const cases: [Record<string, unknown>, string][] = [
      [{ id: a.id, beforeId: c.id }, 'input.beforeId'],
      [{ id: a.id, afterId: d.id }, 'input.afterId'],
      [{ id: a.id, beforeId: foreign.id }, 'input.beforeId'],
      [{ id: a.id, beforeId: unknown }, 'input.beforeId'],
      [{ id: a.id, beforeId: a.id }, 'input.beforeId'],
      [{ id: a.id, afterId: a.id }, 'input.afterId'],
      [{ id: a.id, afterId: bb.id, beforeId: bb.id }, 'input.afterId'],
      [{ id: c.id, toStateId: b.state('Backlog'), afterId: bb.id, beforeId: a.id }, 'input.afterId'],
      [{ id: a.id, toStateId: b.state('To do'), beforeId: bb.id }, 'input.beforeId'],
      [{ id: a.id, toStateId: a.id }, 'input.toStateId'],
      [{ id: 'nope' }, 'input.id'],
      [{ id: a.id, beforeId: 'nope' }, 'input.beforeId'],
    ];
    for (const [input, field] of cases) {
      expect({ input, error: errorOf(await b.move(b.team.member.token, input)) }).toMatchObject({
        error: { code: 'BAD_USER_INPUT', field },
      });
    }
    expect(await b.column('Backlog')).toEqual([a.key, bb.key]);
  });

  test('a VIEWER cannot move items; an outsider or an unknown item gets NOT_FOUND', async () => {
    const b = await board(2);
    const input = { id: b.items[1]!.id, beforeId: b.items[0]!.id };
    expect(errorOf(await b.move(b.team.viewer.token, input)).code).toBe('FORBIDDEN');
    expect(errorOf(await b.move(b.team.outsider.token, input)).code).toBe('NOT_FOUND');
    const unknown = Buffer.from('WorkItem:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect(errorOf(await b.move(b.team.member.token, { id: unknown })).code).toBe('NOT_FOUND');
    expect(await b.column('Backlog')).toEqual(b.items.map((i) => i.key));
  });
});
