import {
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  seedProjectTeam,
  sqlStatementCount,
  useTestStack,
  type GraphQLResponse,
  type ProjectTeam,
  untilWorkItemReadModelsFollowed,
} from '../testkit';

const stack = useTestStack();

const viewFields = `id name shared owner { id } project { id }
  filter { stateIds stateCategories types assigneeIds unassigned labelIds parentId priorities dueAfter dueBefore archived search
    customFields { fieldId text number date option userId } }
  orderBy { field direction }`;

const createMutation = `mutation($input: CreateSavedViewInput!) { createSavedView(input: $input) { savedView { ${viewFields} } } }`;
const updateMutation = `mutation($input: UpdateSavedViewInput!) { updateSavedView(input: $input) { savedView { ${viewFields} } } }`;
const deleteMutation = `mutation($input: DeleteSavedViewInput!) { deleteSavedView(input: $input) { deletedSavedViewId } }`;

interface View {
  id: string;
  name: string;
  shared: boolean;
  owner: { id: string };
  filter: Record<string, unknown>;
  orderBy: { field: string; direction: string };
}

const run = (token: string, query: string, variables: Record<string, unknown>) =>
  graphql(stack.routerUrl, query, variables, { token });

async function createView(token: string, input: Record<string, unknown>): Promise<View> {
  return dataOf(await run(token, createMutation, { input })).createSavedView.savedView;
}

const viewQuery = `query($id: ID!) { savedView(id: $id) { id name workItems(first: 50) { totalCount edges { node { key } } } } }`;
const projectViews = `query($id: ID!, $first: Int, $after: String) {
  project(id: $id) { savedViews(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { name shared } } } }
}`;

async function visibleNames(team: ProjectTeam, token: string): Promise<string[]> {
  const res = await run(token, projectViews, { id: team.project.id, first: 100 });
  const connection = dataOf(res).project.savedViews;
  expect(connection.totalCount).toBe(connection.edges.length);
  return connection.edges.map((edge: { node: { name: string } }) => edge.node.name);
}

const expectError = (res: GraphQLResponse<unknown>, code: string, field?: string) => {
  const error = errorOf(res);
  expect({ code: error.code, field: error.field }).toEqual({ code, field });
};

async function mutate(token: string, query: string, input: Record<string, unknown>) {
  return dataOf(await run(token, query, { input }));
}

describe('saved views', () => {
  let team: ProjectTeam;
  beforeAll(async () => {
    team = await seedProjectTeam(stack);
  }, 60_000);

  test('a view stores its filter and order as given and shows them back', async () => {
    const label = (
      await mutate(
        team.admin.token,
        'mutation($input: CreateLabelInput!) { createLabel(input: $input) { label { id } } }',
        {
          projectId: team.project.id,
          name: 'ux',
          color: '#abcdef',
        },
      )
    ).createLabel.label.id;
    const field = (
      await mutate(
        team.admin.token,
        'mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { customField { id } } }',
        { projectId: team.project.id, name: 'Due in sprint', type: 'DATE' },
      )
    ).createCustomField.customField.id;
    const filter = {
      types: ['BUG', 'TASK'],
      stateCategories: ['TODO'],
      assigneeIds: [team.member.userId],
      unassigned: true,
      labelIds: [label],
      priorities: ['HIGH'],
      dueAfter: '2026-01-01',
      dueBefore: '2026-12-31',
      archived: 'ANY',
      search: 'login',
      customFields: [{ fieldId: field, date: '2026-04-01' }],
    };
    const view = await createView(team.member.token, {
      projectId: team.project.id,
      name: '  Bugs to fix  ',
      filter,
      orderBy: { field: 'PRIORITY', direction: 'DESC' },
    });
    expect(view).toMatchObject({
      name: 'Bugs to fix',
      shared: false,
      owner: { id: team.member.userId },
      orderBy: { field: 'PRIORITY', direction: 'DESC' },
    });
    expect(view.filter).toEqual({
      ...filter,
      stateIds: null,
      parentId: null,
      customFields: [{ fieldId: field, text: null, number: null, date: '2026-04-01', option: null, userId: null }],
    });

    const plain = await createView(team.member.token, { projectId: team.project.id, name: 'Everything' });
    expect(plain.orderBy).toEqual({ field: 'CREATED_AT', direction: 'DESC' });
    expect(plain.filter).toMatchObject({ stateIds: null, archived: null, customFields: null });
  }, 60_000);

  test('private views are seen by their owner only and shared views by everyone in the project', async () => {
    const t = await seedProjectTeam(stack);
    const mine = await createView(t.member.token, { projectId: t.project.id, name: 'Mine' });
    const shared = await createView(t.member.token, { projectId: t.project.id, name: 'Team', shared: true });
    const viewers = await createView(t.viewer.token, { projectId: t.project.id, name: 'Viewer private' });

    expect(await visibleNames(t, t.member.token)).toEqual(['Mine', 'Team']);
    expect(await visibleNames(t, t.admin.token)).toEqual(['Team']);
    expect(await visibleNames(t, t.viewer.token)).toEqual(['Team', 'Viewer private']);

    expect(dataOf(await run(t.admin.token, viewQuery, { id: shared.id })).savedView.name).toBe('Team');
    expectError(await run(t.admin.token, viewQuery, { id: mine.id }), 'NOT_FOUND');
    expectError(await run(t.member.token, viewQuery, { id: viewers.id }), 'NOT_FOUND');
    expectError(await run(t.outsider.token, viewQuery, { id: shared.id }), 'NOT_FOUND');
    expectError(await run(t.outsider.token, projectViews, { id: t.project.id }), 'NOT_FOUND');
  }, 60_000);

  test('the project lists views oldest first, a page at a time', async () => {
    const t = await seedProjectTeam(stack);
    for (const name of ['One', 'Two', 'Three']) await createView(t.member.token, { projectId: t.project.id, name });
    const first = dataOf(await run(t.member.token, projectViews, { id: t.project.id, first: 2 })).project.savedViews;
    expect(first.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['One', 'Two']);
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = dataOf(
      await run(t.member.token, projectViews, { id: t.project.id, first: 2, after: first.pageInfo.endCursor }),
    ).project.savedViews;
    expect(rest.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Three']);
    expectError(
      await run(t.member.token, projectViews, { id: t.project.id, after: 'junk' }),
      'BAD_USER_INPUT',
      'after',
    );
  }, 60_000);

  test('workItems runs the stored filter and order now, and pages with cursors', async () => {
    const t = await seedProjectTeam(stack);
    const bugs = [];
    for (const priority of ['LOW', 'URGENT', 'MEDIUM']) {
      bugs.push(await createWorkItem(stack, t.member.token, { projectId: t.project.id, type: 'BUG', priority }));
    }
    await createWorkItem(stack, t.member.token, { projectId: t.project.id, type: 'TASK', priority: 'URGENT' });
    const view = await createView(t.member.token, {
      projectId: t.project.id,
      name: 'Bugs by priority',
      filter: { types: ['BUG'] },
      orderBy: { field: 'PRIORITY', direction: 'DESC' },
    });
    const res = dataOf(await run(t.member.token, viewQuery, { id: view.id })).savedView.workItems;
    expect(res.totalCount).toBe(3);
    expect(res.edges.map((edge: { node: { key: string } }) => edge.node.key)).toEqual(
      [bugs[1], bugs[2], bugs[0]].map((bug) => bug!.key),
    );
    // An item created after saving shows up: the view is a query, not a snapshot.
    const late = await createWorkItem(stack, t.member.token, {
      projectId: t.project.id,
      type: 'BUG',
      priority: 'HIGH',
    });
    const pageQuery = `query($id: ID!, $after: String) { savedView(id: $id) {
      workItems(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { key } } } } }`;
    const page1 = dataOf(await run(t.member.token, pageQuery, { id: view.id })).savedView.workItems;
    const page2 = dataOf(await run(t.member.token, pageQuery, { id: view.id, after: page1.pageInfo.endCursor }))
      .savedView.workItems;
    expect([...page1.edges, ...page2.edges].map((edge: { node: { key: string } }) => edge.node.key)).toEqual(
      [bugs[1], late, bugs[2], bugs[0]].map((bug) => bug!.key),
    );
  }, 60_000);

  test('a stored filter naming since-deleted labels, states or custom fields matches nothing for them and does not fail', async () => {
    const t = await seedProjectTeam(stack);
    const label = (
      await mutate(
        t.admin.token,
        'mutation($input: CreateLabelInput!) { createLabel(input: $input) { label { id } } }',
        {
          projectId: t.project.id,
          name: 'doomed',
          color: '#000000',
        },
      )
    ).createLabel.label.id;
    const field = (
      await mutate(
        t.admin.token,
        'mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { customField { id } } }',
        { projectId: t.project.id, name: 'Team', type: 'SELECT', options: ['core', 'edge'] },
      )
    ).createCustomField.customField.id;
    const state = (
      await mutate(
        t.admin.token,
        'mutation($input: CreateWorkflowStateInput!) { createWorkflowState(input: $input) { state { id } workflow { states { id } } } }',
        { projectId: t.project.id, name: 'Parked', category: 'BACKLOG', color: '#123456' },
      )
    ).createWorkflowState;
    const item = await createWorkItem(stack, t.member.token, {
      projectId: t.project.id,
      labelIds: [label],
      customFields: [{ fieldId: field, option: 'core' }],
    });
    await mutate(
      t.admin.token,
      'mutation($input: TransitionWorkItemInput!) { transitionWorkItem(input: $input) { workItem { id } } }',
      { id: item.id, toStateId: state.state.id },
    );
    const byState = await createView(t.member.token, {
      projectId: t.project.id,
      name: 'S',
      filter: { stateIds: [state.state.id] },
    });
    const byLabel = await createView(t.member.token, {
      projectId: t.project.id,
      name: 'L',
      filter: { labelIds: [label] },
    });
    const byField = await createView(t.member.token, {
      projectId: t.project.id,
      name: 'F',
      filter: { customFields: [{ fieldId: field, option: 'core' }] },
    });
    const count = async (id: string) =>
      dataOf(await run(t.member.token, viewQuery, { id })).savedView.workItems.totalCount as number;
    expect(await count(byLabel.id)).toBe(1);
    expect(await count(byField.id)).toBe(1);
    expect(await count(byState.id)).toBe(1);

    await mutate(
      t.admin.token,
      'mutation($input: DeleteLabelInput!) { deleteLabel(input: $input) { deletedLabelId } }',
      {
        id: label,
      },
    );
    await mutate(
      t.admin.token,
      'mutation($input: DeleteCustomFieldInput!) { deleteCustomField(input: $input) { deletedCustomFieldId } }',
      { id: field },
    );
    await mutate(
      t.admin.token,
      'mutation($input: DeleteWorkflowStateInput!) { deleteWorkflowState(input: $input) { deletedStateId } }',
      { id: state.state.id, moveItemsToStateId: state.workflow.states[0].id },
    );
    expect(await count(byLabel.id)).toBe(0);
    expect(await count(byField.id)).toBe(0);
    expect(await count(byState.id)).toBe(0);
    const shown = dataOf(
      await run(t.member.token, `query($id: ID!) { savedView(id: $id) { ${viewFields} } }`, { id: byField.id }),
    );
    expect(shown.savedView.filter.customFields).toEqual([
      { fieldId: field, text: null, number: null, date: null, option: 'core', userId: null },
    ]);
  }, 60_000);

  test('the owner may change and delete a view, a project ADMIN only a shared one of someone else', async () => {
    const t = await seedProjectTeam(stack);
    const priv = await createView(t.member.token, { projectId: t.project.id, name: 'Private' });
    const shared = await createView(t.member.token, { projectId: t.project.id, name: 'Shared', shared: true });

    const renamed = await mutate(t.member.token, updateMutation, {
      id: priv.id,
      name: 'Renamed',
      filter: { types: ['EPIC'] },
      orderBy: { field: 'DUE_DATE' },
    });
    expect(renamed.updateSavedView.savedView).toMatchObject({
      name: 'Renamed',
      shared: false,
      filter: { types: ['EPIC'] },
      orderBy: { field: 'DUE_DATE', direction: 'ASC' },
    });

    expectError(await run(t.admin.token, updateMutation, { input: { id: priv.id, name: 'Hijack' } }), 'NOT_FOUND');
    expectError(await run(t.admin.token, deleteMutation, { input: { id: priv.id } }), 'NOT_FOUND');
    expectError(await run(t.viewer.token, updateMutation, { input: { id: shared.id, name: 'Nope' } }), 'FORBIDDEN');
    expectError(await run(t.viewer.token, deleteMutation, { input: { id: shared.id } }), 'FORBIDDEN');
    expectError(await run(t.outsider.token, deleteMutation, { input: { id: shared.id } }), 'NOT_FOUND');

    const byAdmin = await mutate(t.admin.token, updateMutation, { id: shared.id, name: 'Curated' });
    expect(byAdmin.updateSavedView.savedView).toMatchObject({ name: 'Curated', owner: { id: t.member.userId } });
    expect((await mutate(t.admin.token, deleteMutation, { id: shared.id })).deleteSavedView.deletedSavedViewId).toBe(
      shared.id,
    );
    expect((await mutate(t.member.token, deleteMutation, { id: priv.id })).deleteSavedView.deletedSavedViewId).toBe(
      priv.id,
    );
    expect(await visibleNames(t, t.member.token)).toEqual([]);
    expectError(await run(t.member.token, viewQuery, { id: priv.id }), 'NOT_FOUND');
  }, 60_000);

  test('a VIEWER may save private views but needs MEMBER to share one', async () => {
    const t = await seedProjectTeam(stack);
    const own = await createView(t.viewer.token, { projectId: t.project.id, name: 'Just me' });
    expectError(
      await run(t.viewer.token, createMutation, { input: { projectId: t.project.id, name: 'Everyone', shared: true } }),
      'FORBIDDEN',
    );
    expectError(await run(t.viewer.token, updateMutation, { input: { id: own.id, shared: true } }), 'FORBIDDEN');
    const renamed = await mutate(t.viewer.token, updateMutation, { id: own.id, name: 'Still me' });
    expect(renamed.updateSavedView.savedView).toMatchObject({ name: 'Still me', shared: false });
  }, 60_000);

  test('createSavedView rejects bad input with BAD_USER_INPUT naming the field, and unknown projects with NOT_FOUND', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ projectId: team.project.id, name: '   ' }, 'input.name'],
      [{ projectId: team.project.id, name: 'x'.repeat(101) }, 'input.name'],
      [{ projectId: team.member.userId, name: 'View' }, 'input.projectId'],
      [{ projectId: team.project.id, name: 'View', filter: { stateIds: ['bad'] } }, 'input.filter.stateIds.0'],
      [{ projectId: team.project.id, name: 'View', filter: { search: 's'.repeat(201) } }, 'input.filter.search'],
      [
        {
          projectId: team.project.id,
          name: 'View',
          filter: { customFields: [{ fieldId: team.project.id, text: 'x' }] },
        },
        'input.filter.customFields.0.fieldId',
      ],
    ];
    for (const [input, field] of cases)
      expectError(await run(team.member.token, createMutation, { input }), 'BAD_USER_INPUT', field);
    const other = await seedProjectTeam(stack);
    expectError(
      await run(team.member.token, createMutation, { input: { projectId: other.project.id, name: 'View' } }),
      'NOT_FOUND',
    );
  }, 60_000);

  test('updateSavedView and deleteSavedView reject bad input and unknown views', async () => {
    const view = await createView(team.member.token, { projectId: team.project.id, name: 'Target' });
    expectError(await run(team.member.token, updateMutation, { input: { id: 'junk' } }), 'BAD_USER_INPUT', 'input.id');
    expectError(
      await run(team.member.token, updateMutation, { input: { id: view.id, name: '' } }),
      'BAD_USER_INPUT',
      'input.name',
    );
    expectError(
      await run(team.member.token, updateMutation, { input: { id: view.id, name: null } }),
      'BAD_USER_INPUT',
      'input.name',
    );
    expectError(
      await run(team.member.token, updateMutation, {
        input: { id: view.id, filter: { dueAfter: '2026-02-02', dueBefore: '2026-02-01' } },
      }),
      'BAD_USER_INPUT',
      'input.filter.dueBefore',
    );
    expectError(
      await run(team.member.token, deleteMutation, { input: { id: team.project.id } }),
      'BAD_USER_INPUT',
      'input.id',
    );
    const gone = await createView(team.member.token, { projectId: team.project.id, name: 'Gone' });
    await mutate(team.member.token, deleteMutation, { id: gone.id });
    expectError(await run(team.member.token, deleteMutation, { input: { id: gone.id } }), 'NOT_FOUND');
    expectError(await run(team.member.token, updateMutation, { input: { id: gone.id, name: 'Back' } }), 'NOT_FOUND');
    expectError(await run(team.member.token, viewQuery, { id: 'junk' }), 'BAD_USER_INPUT', 'id');
  }, 60_000);
});

describe('saved views listed with their items', () => {
  const viewsWithItems = `query($id: ID!) {
    project(id: $id) { savedViews(first: 50) { edges { node { name workItems(first: 5) {
      totalCount edges { node { key title } } } } } } }
  }`;

  async function statementsFor(team: ProjectTeam): Promise<{ statements: number; views: unknown[] }> {
    await untilWorkItemReadModelsFollowed(stack);
    const before = sqlStatementCount('work_items');
    const res = await run(team.member.token, viewsWithItems, { id: team.project.id });
    return { statements: sqlStatementCount('work_items') - before, views: dataOf(res).project.savedViews.edges };
  }

  it('runs the same SQL statements for 2 views as for 12, each view with its own filter and order', async () => {
    const team = await seedProjectTeam(stack);
    for (const title of ['alpha bug', 'beta task', 'gamma story']) {
      await createWorkItem(stack, team.member.token, { projectId: team.project.id, title });
    }
    const view = (i: number) =>
      createView(team.member.token, {
        projectId: team.project.id,
        name: `View ${i}`,
        shared: i % 2 === 0,
        filter: i % 3 === 0 ? { search: 'alpha' } : { types: ['TASK'] },
        orderBy: { field: i % 2 ? 'CREATED_AT' : 'UPDATED_AT', direction: i % 2 ? 'ASC' : 'DESC' },
      });
    for (const i of [0, 1]) await view(i);
    const few = await statementsFor(team);
    for (let i = 2; i < 12; i++) await view(i);
    const many = await statementsFor(team);
    expect(many.views).toHaveLength(12);
    expect(many.statements).toBe(few.statements);
    const items = (many.views as { node: { name: string; workItems: { totalCount: number; edges: unknown[] } } }[]).map(
      (edge) => [edge.node.name, edge.node.workItems.totalCount],
    );
    expect(items).toEqual(Array.from({ length: 12 }, (_, i) => [`View ${i}`, i % 3 === 0 ? 1 : 3]));
  });

  it('gives each view its own page in its own order', async () => {
    const team = await seedProjectTeam(stack);
    for (const title of ['one', 'two', 'three']) {
      await createWorkItem(stack, team.member.token, { projectId: team.project.id, title });
    }
    for (const direction of ['ASC', 'DESC']) {
      await createView(team.member.token, {
        projectId: team.project.id,
        name: direction,
        orderBy: { field: 'CREATED_AT', direction },
      });
    }
    const { views } = await statementsFor(team);
    const titles = (views as { node: { name: string; workItems: { edges: { node: { title: string } }[] } } }[]).map(
      (edge) => [edge.node.name, edge.node.workItems.edges.map((e) => e.node.title)],
    );
    expect(titles).toEqual([
      ['ASC', ['one', 'two', 'three']],
      ['DESC', ['three', 'two', 'one']],
    ]);
  });
});
