import {
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  querySql,
  rawId,
  seedProjectTeam,
  useTestStack,
  workflowStates,
  type ProjectTeam,
} from '../testkit';

const stack = useTestStack();

const ops = {
  create: `mutation($input: CreateWorkItemInput!) {
    createWorkItem(input: $input) { clientMutationId workItem { id key number version } } }`,
  update: `mutation($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { id title version } } }`,
  item: `query($id: ID!) { workItem(id: $id) { title version history(first: 50) { totalCount } } }`,
};

describe('concurrent writes', () => {
  let team: ProjectTeam;
  beforeAll(async () => {
    team = await seedProjectTeam(stack, { key: 'RACE' });
  });

  it('gives 50 parallel creates in one project 50 distinct sequential keys', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        graphql(
          stack.routerUrl,
          ops.create,
          { input: { projectId: team.project.id, type: 'TASK', title: `Parallel ${i}` } },
          { token: i % 2 ? team.member.token : team.admin.token },
        ),
      ),
    );
    const numbers = results.map((res) => dataOf(res).createWorkItem.workItem.number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const keys = new Set(results.map((res) => dataOf(res).createWorkItem.workItem.key as string));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^RACE-([1-9]|[1-4][0-9]|50)$/);

    // The next one continues the sequence.
    const next = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    expect(next.key).toBe('RACE-51');
  });

  it('lets exactly one of two updates with the same expectedVersion win; the other gets CONFLICT', async () => {
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Contested' });
    const [a, b] = await Promise.all(
      ['Mine', 'Yours'].map((title, i) =>
        graphql(
          stack.routerUrl,
          ops.update,
          { input: { id: item.id, expectedVersion: 1, title } },
          { token: i ? team.member.token : team.admin.token },
        ),
      ),
    );
    const outcomes = [a!, b!].map((res) => (res.body.errors ? errorOf(res).code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const winner = [a!, b!].find((res) => !res.body.errors)!;
    const read = dataOf(await graphql(stack.routerUrl, ops.item, { id: item.id }, { token: team.member.token }));
    expect(read.workItem).toMatchObject({ title: dataOf(winner).updateWorkItem.workItem.title, version: 2 });
    // created + state + one title change
    expect(read.workItem.history.totalCount).toBe(3);
  });

  it('returns the first item when a create is retried with the same clientMutationId', async () => {
    const input = { projectId: team.project.id, type: 'BUG', title: 'Retried', clientMutationId: 'retry-1' };
    const first = dataOf(await graphql(stack.routerUrl, ops.create, { input }, { token: team.member.token }));
    const second = dataOf(await graphql(stack.routerUrl, ops.create, { input }, { token: team.member.token }));
    expect(first.createWorkItem.clientMutationId).toBe('retry-1');
    expect(second.createWorkItem).toEqual(first.createWorkItem);

    // Another user's identical clientMutationId is theirs alone.
    const other = dataOf(await graphql(stack.routerUrl, ops.create, { input }, { token: team.admin.token }));
    expect(other.createWorkItem.workItem.id).not.toBe(first.createWorkItem.workItem.id);
  });

  it('makes one item of 5 parallel creates with the same clientMutationId, without using up numbers', async () => {
    const before = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const input = { projectId: team.project.id, type: 'TASK', title: 'Once', clientMutationId: 'parallel-once' };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => graphql(stack.routerUrl, ops.create, { input }, { token: team.member.token })),
    );
    const ids = new Set(results.map((res) => dataOf(res).createWorkItem.workItem.id as string));
    expect(ids.size).toBe(1);
    const after = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const number = (key: string) => Number(key.split('-')[1]);
    expect(number(after.key)).toBe(number(before.key) + 2);
  });
});

describe('concurrent re-parenting', () => {
  it('never lets two crosswise moves close a cycle: one wins, the other is refused', async () => {
    const team = await seedProjectTeam(stack);
    const { admin } = team;
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($input: UpdateHierarchyRulesInput!) {
            updateHierarchyRules(input: $input) {
              hierarchyRules {
                maxDepth
              }
            }
          }
        `,
        {
          input: {
            projectId: team.project.id,
            allowedChildren: [{ parentType: 'TASK', childTypes: ['TASK'] }],
            maxDepth: 10,
          },
        },
        { token: admin.token },
      ),
    );
    for (let round = 0; round < 5; round++) {
      const task = (input: Record<string, unknown> = {}) =>
        createWorkItem(stack, admin.token, { projectId: team.project.id, type: 'TASK', ...input });
      const [x, y] = await Promise.all([task(), task()]);
      const [p, q] = await Promise.all([task({ parentId: y.id }), task({ parentId: x.id })]);
      // x under p (a child of y) and y under q (a child of x): together they would make a loop.
      const results = await Promise.all(
        [
          [x, p],
          [y, q],
        ].map(([item, parent]) =>
          graphql(
            stack.routerUrl,
            ops.update,
            { input: { id: item!.id, expectedVersion: 1, parentId: parent!.id } },
            { token: admin.token },
          ),
        ),
      );
      const refused = results.filter((res) => res.body.errors);
      expect(refused).toHaveLength(1);
      expect(errorOf(refused[0]!)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
    }
  });
});

describe('deleting a workflow state while items move into it', () => {
  it('either lets a transition in first and moves the item on, or refuses it: nothing fails or is left behind', async () => {
    const team = await seedProjectTeam(stack);
    const { admin } = team;
    const states = await workflowStates(stack, admin.token, team.project.id);
    const review = states.find((s) => s.name === 'In review')!.id;
    const done = states.find((s) => s.name === 'Done')!.id;
    const items = await Promise.all(
      Array.from({ length: 8 }, () => createWorkItem(stack, admin.token, { projectId: team.project.id })),
    );
    // Half move into the state being deleted, half into the state receiving its items.
    const transitions = items.map((item, i) =>
      graphql(
        stack.routerUrl,
        `
          mutation ($input: TransitionWorkItemInput!) {
            transitionWorkItem(input: $input) {
              workItem {
                id
              }
            }
          }
        `,
        { input: { id: item.id, toStateId: i % 2 ? done : review } },
        { token: admin.token },
      ),
    );
    const deletion = graphql(
      stack.routerUrl,
      `
        mutation ($input: DeleteWorkflowStateInput!) {
          deleteWorkflowState(input: $input) {
            movedItemCount
          }
        }
      `,
      { input: { id: review, moveItemsToStateId: done } },
      { token: admin.token },
    );
    const [deleted, ...moved] = await Promise.all([deletion, ...transitions]);
    const movedCount = dataOf(deleted).deleteWorkflowState.movedItemCount as number;
    expect(moved.filter((_, i) => i % 2).every((res) => !res.body.errors)).toBe(true);
    const intoReview = moved.filter((_, i) => i % 2 === 0);
    const succeeded = intoReview.filter((res) => !res.body.errors);
    for (const res of intoReview.filter((r) => r.body.errors)) {
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.toStateId' });
    }
    expect(movedCount).toBeLessThanOrEqual(succeeded.length);
    const board = dataOf(
      await graphql(
        stack.routerUrl,
        `
          query ($id: ID!) {
            project(id: $id) {
              board {
                columns {
                  state {
                    name
                  }
                  items {
                    totalCount
                  }
                }
              }
            }
          }
        `,
        { id: team.project.id },
        { token: admin.token },
      ),
    ).project.board.columns as { state: { name: string }; items: { totalCount: number } }[];
    expect(board.map((c) => c.state.name)).not.toContain('In review');
    expect(board.reduce((sum, c) => sum + c.items.totalCount, 0)).toBe(8);
    expect(board.find((c) => c.state.name === 'Done')!.items.totalCount).toBe(succeeded.length + 4);
  });
});

describe('deleting a custom field while items are being given values for it', () => {
  it('leaves no value of the deleted field behind, and each write either lands first or is refused', async () => {
    const team = await seedProjectTeam(stack);
    const { admin } = team;
    const fieldId = dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($input: CreateCustomFieldInput!) {
            createCustomField(input: $input) {
              customField {
                id
              }
            }
          }
        `,
        { input: { projectId: team.project.id, name: 'Severity', type: 'NUMBER' } },
        { token: admin.token },
      ),
    ).createCustomField.customField.id as string;
    const items = await Promise.all(
      Array.from({ length: 8 }, () => createWorkItem(stack, admin.token, { projectId: team.project.id })),
    );
    const writes = items.map((item, i) =>
      graphql(
        stack.routerUrl,
        ops.update,
        { input: { id: item.id, expectedVersion: 1, customFields: [{ fieldId, number: i }] } },
        { token: admin.token },
      ),
    );
    const deletion = graphql(
      stack.routerUrl,
      `
        mutation ($input: DeleteCustomFieldInput!) {
          deleteCustomField(input: $input) {
            deletedCustomFieldId
          }
        }
      `,
      { input: { id: fieldId } },
      { token: admin.token },
    );
    const [deleted, ...written] = await Promise.all([deletion, ...writes]);
    dataOf(deleted);
    for (const res of written.filter((r) => r.body.errors)) {
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customFields.0.fieldId' });
    }
    const left = await querySql<{ count: number }>(
      stack,
      `SELECT count(*)::int AS count FROM work_items.work_item WHERE custom_fields ? $1`,
      [rawId(fieldId)],
    );
    expect(left[0]!.count).toBe(0);
  });
});
