import {
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  seedProjectTeam,
  sqlStatementCount,
  useTestStack,
  type ProjectTeam,
  type TestUser,
  untilWorkItemReadModelsFollowed,
} from '../testkit';

const stack = useTestStack();

const run = async (query: string, variables: Record<string, unknown>, user: TestUser) =>
  dataOf(await graphql(stack.routerUrl, query, variables, { token: user.token }));

const boardQuery = `query($id: ID!) {
  project(id: $id) { board { columns { state { id name } items(first: 10) { totalCount edges { node { key } } } } } }
}`;
const itemQuery = 'query($id: ID!) { workItem(id: $id) { key state { id name } } }';
const configQuery = `query($id: ID!) {
  project(id: $id) {
    customFields { name }
    hierarchyRules { maxDepth }
    workflow { states { id name } }
  }
}`;

interface BoardColumn {
  state: { id: string; name: string };
  items: { totalCount: number };
}

const boardOf = async (team: ProjectTeam, user: TestUser = team.viewer): Promise<BoardColumn[]> =>
  (await run(boardQuery, { id: team.project.id }, user)).project.board.columns;

const configOf = async (team: ProjectTeam) => (await run(configQuery, { id: team.project.id }, team.viewer)).project;

/** Reads enough times that every cache on the path holds the project's configuration. */
async function warm(team: ProjectTeam): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await boardOf(team);
    await configOf(team);
  }
}

describe("a project's settings, workflow states and custom fields cached across requests", () => {
  it('leave a repeated board read with one statement for its column pages and one for its counts', async () => {
    const team = await seedProjectTeam(stack);
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    await warm(team);

    await untilWorkItemReadModelsFollowed(stack);
    const before = sqlStatementCount('work_items');
    const columns = await boardOf(team);
    expect(columns.map((column) => column.state.name)).toEqual([
      'Backlog',
      'To do',
      'In progress',
      'In review',
      'Done',
      'Canceled',
    ]);
    expect(sqlStatementCount('work_items') - before).toBe(2);
  });

  it('show a renamed workflow state on the very next board and item read', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    await warm(team);
    for (let i = 0; i < 2; i++) await run(itemQuery, { id: item.id }, team.viewer);
    const [backlog] = await boardOf(team);

    await run(
      'mutation($input: UpdateWorkflowStateInput!) { updateWorkflowState(input: $input) { state { name } } }',
      { input: { id: backlog!.state.id, name: 'Icebox' } },
      team.admin,
    );

    expect((await boardOf(team))[0]!.state.name).toBe('Icebox');
    expect((await run(itemQuery, { id: item.id }, team.viewer)).workItem.state.name).toBe('Icebox');
  });

  it('drop a deleted workflow state from the very next board, its items counted in the target column', async () => {
    const team = await seedProjectTeam(stack);
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    await warm(team);
    const [backlog, todo] = await boardOf(team);

    await run(
      'mutation($input: DeleteWorkflowStateInput!) { deleteWorkflowState(input: $input) { movedItemCount } }',
      { input: { id: backlog!.state.id, moveItemsToStateId: todo!.state.id } },
      team.admin,
    );

    const columns = await boardOf(team);
    expect(columns.map((column) => column.state.id)).not.toContain(backlog!.state.id);
    expect(columns[0]).toEqual({ state: todo!.state, items: expect.objectContaining({ totalCount: 1 }) });
  });

  it('show a new, renamed or deleted custom field on the very next read', async () => {
    const team = await seedProjectTeam(stack);
    await warm(team);
    expect((await configOf(team)).customFields).toEqual([]);

    const created = await run(
      'mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { customField { id } } }',
      { input: { projectId: team.project.id, name: 'Severity', type: 'TEXT' } },
      team.admin,
    );
    expect((await configOf(team)).customFields).toEqual([{ name: 'Severity' }]);
    await configOf(team);

    const fieldId = created.createCustomField.customField.id;
    await run(
      'mutation($input: UpdateCustomFieldInput!) { updateCustomField(input: $input) { customField { id } } }',
      { input: { id: fieldId, name: 'Impact' } },
      team.admin,
    );
    expect((await configOf(team)).customFields).toEqual([{ name: 'Impact' }]);
    await configOf(team);

    await run(
      'mutation($input: DeleteCustomFieldInput!) { deleteCustomField(input: $input) { deletedCustomFieldId } }',
      { input: { id: fieldId } },
      team.admin,
    );
    expect((await configOf(team)).customFields).toEqual([]);
  });

  it('apply changed hierarchy rules from the very next read and the very next write', async () => {
    const team = await seedProjectTeam(stack);
    const parent = await createWorkItem(stack, team.member.token, { projectId: team.project.id, type: 'TASK' });
    await warm(team);

    await run(
      `mutation($input: UpdateHierarchyRulesInput!) {
        updateHierarchyRules(input: $input) { hierarchyRules { maxDepth } }
      }`,
      {
        input: {
          projectId: team.project.id,
          allowedChildren: [{ parentType: 'EPIC', childTypes: ['TASK'] }],
          maxDepth: 1,
        },
      },
      team.admin,
    );

    expect((await configOf(team)).hierarchyRules).toEqual({ maxDepth: 1 });
    const refused = await graphql(
      stack.routerUrl,
      `
        mutation ($input: CreateWorkItemInput!) {
          createWorkItem(input: $input) {
            workItem {
              id
            }
          }
        }
      `,
      { input: { projectId: team.project.id, type: 'SUBTASK', title: 'Child', parentId: parent.id } },
      { token: team.member.token },
    );
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
  });
});
