import {
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  seedProjectTeam,
  useTestStack,
  type GraphQLResponse,
  type ProjectTeam,
} from '../testkit';

const stack = useTestStack();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary selections
const run = (token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<any>> =>
  graphql(stack.routerUrl, query, variables, { token });

interface State {
  id: string;
  name: string;
  category: string;
  color: string;
  position: number;
}

interface Transition {
  id: string;
  from: { name: string };
  to: { name: string };
  requiredFields: string[];
  minimumRole: string | null;
}

const workflowFields = `
  states { id name category color position }
  transitions { id from { name } to { name } requiredFields minimumRole }
  initialState { name }
`;

const ops = {
  workflow: `query ($id: ID!) { project(id: $id) { workflow { ${workflowFields} } hierarchyRules { allowedChildren { parentType childTypes } maxDepth } } }`,
  createState: `mutation ($input: CreateWorkflowStateInput!) {
    createWorkflowState(input: $input) { state { id name color category position } workflow { states { name position } } } }`,
  updateState: `mutation ($input: UpdateWorkflowStateInput!) {
    updateWorkflowState(input: $input) { state { id name color category position } workflow { states { name position } } } }`,
  deleteState: `mutation ($input: DeleteWorkflowStateInput!) {
    deleteWorkflowState(input: $input) { deletedStateId movedItemCount workflow { states { name position } } } }`,
  setTransition: `mutation ($input: SetWorkflowTransitionInput!) {
    setWorkflowTransition(input: $input) { transition { id from { name } to { name } requiredFields minimumRole } workflow { transitions { id } } } }`,
  removeTransition: `mutation ($input: RemoveWorkflowTransitionInput!) {
    removeWorkflowTransition(input: $input) { workflow { transitions { from { name } to { name } } } } }`,
  hierarchy: `mutation ($input: UpdateHierarchyRulesInput!) {
    updateHierarchyRules(input: $input) { hierarchyRules { allowedChildren { parentType childTypes } maxDepth } } }`,
  transition: `mutation ($input: TransitionWorkItemInput!) {
    transitionWorkItem(input: $input) { workItem { id version state { name } } } }`,
  item: `query ($id: ID!) { workItem(id: $id) { version state { name } history(first: 50) { edges { node { field oldValue newValue } } } } }`,
  update: `mutation ($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { version } } }`,
};

async function workflowOf(team: ProjectTeam, token = team.admin.token) {
  const project = dataOf(await run(token, ops.workflow, { id: team.project.id })).project;
  const states = project.workflow.states as State[];
  return {
    states,
    transitions: project.workflow.transitions as Transition[],
    initialState: project.workflow.initialState.name as string,
    hierarchyRules: project.hierarchyRules,
    state: (name: string) => states.find((s) => s.name === name)!.id,
  };
}

const names = (states: { name: string; position: number }[]) => states.map((s) => `${s.position}:${s.name}`);

describe('reading a workflow', () => {
  test('a new project has the default workflow: six states in order, every transition allowed', async () => {
    const team = await seedProjectTeam(stack);
    const workflow = await workflowOf(team, team.viewer.token);
    expect(workflow.states.map((s) => [s.name, s.category, s.color, s.position])).toEqual([
      ['Backlog', 'BACKLOG', '#6b7280', 0],
      ['To do', 'TODO', '#2563eb', 1],
      ['In progress', 'IN_PROGRESS', '#d97706', 2],
      ['In review', 'IN_PROGRESS', '#7c3aed', 3],
      ['Done', 'DONE', '#059669', 4],
      ['Canceled', 'CANCELED', '#dc2626', 5],
    ]);
    expect(workflow.initialState).toBe('Backlog');
    expect(workflow.transitions).toHaveLength(30);
    expect(workflow.transitions.every((t) => t.requiredFields.length === 0 && t.minimumRole === null)).toBe(true);
    expect(workflow.transitions.slice(0, 5).map((t) => `${t.from.name}>${t.to.name}`)).toEqual([
      'Backlog>To do',
      'Backlog>In progress',
      'Backlog>In review',
      'Backlog>Done',
      'Backlog>Canceled',
    ]);
    expect(workflow.hierarchyRules).toEqual({
      allowedChildren: [
        { parentType: 'EPIC', childTypes: ['STORY', 'TASK', 'BUG'] },
        { parentType: 'STORY', childTypes: ['SUBTASK'] },
        { parentType: 'TASK', childTypes: ['SUBTASK'] },
        { parentType: 'BUG', childTypes: ['SUBTASK'] },
        { parentType: 'SUBTASK', childTypes: [] },
      ],
      maxDepth: 3,
    });
  });

  test('someone outside the project cannot read its workflow', async () => {
    const team = await seedProjectTeam(stack);
    const res = await run(team.outsider.token, ops.workflow, { id: team.project.id });
    expect(errorOf(res).code).toBe('NOT_FOUND');
  });
});

describe('editing states', () => {
  test('an admin inserts a state: later states shift, the colour is lowercased, it connects to every state', async () => {
    const team = await seedProjectTeam(stack);
    const res = await run(team.admin.token, ops.createState, {
      input: { projectId: team.project.id, name: '  QA ', category: 'IN_PROGRESS', color: '#AABBCC', position: 4 },
    });
    const { state, workflow } = dataOf(res).createWorkflowState;
    expect(state).toMatchObject({ name: 'QA', color: '#aabbcc', category: 'IN_PROGRESS', position: 4 });
    expect(names(workflow.states)).toEqual([
      '0:Backlog',
      '1:To do',
      '2:In progress',
      '3:In review',
      '4:QA',
      '5:Done',
      '6:Canceled',
    ]);
    const after = await workflowOf(team);
    expect(after.transitions.filter((t) => t.from.name === 'QA' || t.to.name === 'QA')).toHaveLength(12);

    const appended = dataOf(
      await run(team.admin.token, ops.createState, {
        input: { projectId: team.project.id, name: 'Shipped', category: 'DONE', color: '#000000' },
      }),
    ).createWorkflowState.state;
    expect(appended.position).toBe(7);
  });

  test('an admin renames, recolours and moves a state; positions stay contiguous', async () => {
    const team = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    const up = dataOf(
      await run(team.admin.token, ops.updateState, {
        input: { id: state('Done'), name: 'Finished', color: '#FFFFFF', position: 1 },
      }),
    ).updateWorkflowState;
    expect(up.state).toMatchObject({ name: 'Finished', color: '#ffffff', position: 1, category: 'DONE' });
    expect(names(up.workflow.states)).toEqual([
      '0:Backlog',
      '1:Finished',
      '2:To do',
      '3:In progress',
      '4:In review',
      '5:Canceled',
    ]);
    const down = dataOf(
      await run(team.admin.token, ops.updateState, { input: { id: state('Backlog'), position: 5, category: 'TODO' } }),
    ).updateWorkflowState;
    expect(down.state).toMatchObject({ position: 5, category: 'TODO' });
    expect(names(down.workflow.states)).toEqual([
      '0:Finished',
      '1:To do',
      '2:In progress',
      '3:In review',
      '4:Canceled',
      '5:Backlog',
    ]);
  });

  test('a duplicate state name is a CONFLICT, on create and on rename', async () => {
    const team = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    const created = await run(team.admin.token, ops.createState, {
      input: { projectId: team.project.id, name: 'Done', category: 'DONE', color: '#000000' },
    });
    expect(errorOf(created)).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
    const renamed = await run(team.admin.token, ops.updateState, { input: { id: state('To do'), name: ' Done ' } });
    expect(errorOf(renamed)).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
  });

  test.each([
    ['an empty name', { name: '  ' }, 'input.name'],
    ['a long name', { name: 'x'.repeat(51) }, 'input.name'],
    ['a colour that is not #rrggbb', { color: 'teal' }, 'input.color'],
    ['a negative position', { position: -1 }, 'input.position'],
    ['a position past the end', { position: 7 }, 'input.position'],
    ['a malformed project ID', { projectId: 'nope' }, 'input.projectId'],
  ])('createWorkflowState refuses %s', async (_label, change, field) => {
    const team = await seedProjectTeam(stack);
    const input = { projectId: team.project.id, name: 'QA', category: 'TODO', color: '#123456', ...change };
    expect(errorOf(await run(team.admin.token, ops.createState, { input }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });

  test.each([
    ['an empty name', { name: '' }, 'input.name'],
    ['a bad colour', { color: '#12345g' }, 'input.color'],
    ['a position past the end', { position: 6 }, 'input.position'],
    ['a malformed ID', { id: 'bad' }, 'input.id'],
  ])('updateWorkflowState refuses %s', async (_label, change, field) => {
    const team = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    const input = { id: state('To do'), ...change };
    expect(errorOf(await run(team.admin.token, ops.updateState, { input }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });

  test('a workflow holds at most 30 states', async () => {
    const team = await seedProjectTeam(stack);
    for (let i = 0; i < 24; i++) {
      dataOf(
        await run(team.admin.token, ops.createState, {
          input: { projectId: team.project.id, name: `S${i}`, category: 'TODO', color: '#123456' },
        }),
      );
    }
    const res = await run(team.admin.token, ops.createState, {
      input: { projectId: team.project.id, name: 'One too many', category: 'TODO', color: '#123456' },
    });
    expect(errorOf(res).code).toBe('CONFLICT');
  });

  test('only admins edit the workflow: a MEMBER is FORBIDDEN, an outsider gets NOT_FOUND', async () => {
    const team = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    const create = { input: { projectId: team.project.id, name: 'QA', category: 'TODO', color: '#123456' } };
    const update = { input: { id: state('Done'), name: 'Shipped' } };
    const remove = { input: { id: state('Done'), moveItemsToStateId: state('Backlog') } };
    const transition = { input: { fromStateId: state('Done'), toStateId: state('Backlog') } };
    const hierarchy = { input: { projectId: team.project.id, allowedChildren: [], maxDepth: 2 } };
    const cases: [string, Record<string, unknown>][] = [
      [ops.createState, create],
      [ops.updateState, update],
      [ops.deleteState, remove],
      [ops.setTransition, transition],
      [ops.removeTransition, transition],
      [ops.hierarchy, hierarchy],
    ];
    for (const [query, variables] of cases) {
      expect(errorOf(await run(team.member.token, query, variables)).code).toBe('FORBIDDEN');
      expect(errorOf(await run(team.viewer.token, query, variables)).code).toBe('FORBIDDEN');
      expect(errorOf(await run(team.outsider.token, query, variables)).code).toBe('NOT_FOUND');
    }
    expect((await workflowOf(team)).states.map((s) => s.name)).toContain('Done');
  });
});

describe('deleting a state', () => {
  test("moves the state's items (archived too) to the target with history and a version bump", async () => {
    const team = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    const projectId = team.project.id;
    const items = [];
    for (let i = 0; i < 3; i++)
      items.push(await createWorkItem(stack, team.member.token, { projectId, title: `I${i}` }));
    const stay = await createWorkItem(stack, team.member.token, { projectId, title: 'stays' });
    dataOf(await run(team.member.token, ops.transition, { input: { id: stay.id, toStateId: state('To do') } }));
    for (const item of items) {
      dataOf(await run(team.member.token, ops.transition, { input: { id: item.id, toStateId: state('In review') } }));
    }
    const archived = await run(
      team.member.token,
      `mutation ($input: ArchiveWorkItemInput!) { archiveWorkItem(input: $input) { workItem { id } } }`,
      { input: { id: items[2]!.id } },
    );
    dataOf(archived);
    const versions = await Promise.all(
      items.map(
        async (item) => dataOf(await run(team.member.token, ops.item, { id: item.id })).workItem.version as number,
      ),
    );

    const res = dataOf(
      await run(team.admin.token, ops.deleteState, {
        input: { id: state('In review'), moveItemsToStateId: state('To do') },
      }),
    ).deleteWorkflowState;
    expect(res).toMatchObject({ deletedStateId: state('In review'), movedItemCount: 3 });
    expect(names(res.workflow.states)).toEqual(['0:Backlog', '1:To do', '2:In progress', '3:Done', '4:Canceled']);

    for (const [i, item] of items.entries()) {
      const after = dataOf(await run(team.member.token, ops.item, { id: item.id })).workItem;
      expect(after.state.name).toBe('To do');
      expect(after.version).toBe(versions[i]! + 1);
      expect(after.history.edges.at(-1).node).toEqual({ field: 'state', oldValue: 'In review', newValue: 'To do' });
    }
    // The moved items go to the end of the target column, in their order.
    const board = dataOf(
      await run(
        team.member.token,
        `query ($id: ID!) { project(id: $id) { board { columns { state { name } items { edges { node { id } } } } } } }`,
        { id: projectId },
      ),
    ).project.board.columns as { state: { name: string }; items: { edges: { node: { id: string } }[] } }[];
    expect(board.find((c) => c.state.name === 'To do')!.items.edges.map((e) => e.node.id)).toEqual([
      stay.id,
      items[0]!.id,
      items[1]!.id,
    ]);
    const { transitions } = await workflowOf(team);
    expect(transitions).toHaveLength(20);
    expect(transitions.some((t) => t.from.name === 'In review' || t.to.name === 'In review')).toBe(false);
  });

  test('needs another state of the same workflow as the target', async () => {
    const team = await seedProjectTeam(stack);
    const other = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    const otherState = (await workflowOf(other)).state('To do');
    for (const target of [state('Done'), otherState]) {
      const res = await run(team.admin.token, ops.deleteState, {
        input: { id: state('Done'), moveItemsToStateId: target },
      });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.moveItemsToStateId' });
    }
    const malformed = await run(team.admin.token, ops.deleteState, {
      input: { id: state('Done'), moveItemsToStateId: team.project.id },
    });
    expect(errorOf(malformed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.moveItemsToStateId' });
  });

  test('the last state cannot be deleted', async () => {
    const team = await seedProjectTeam(stack);
    const { state, states } = await workflowOf(team);
    const keep = state('Done');
    for (const s of states.filter((s) => s.id !== keep)) {
      dataOf(await run(team.admin.token, ops.deleteState, { input: { id: s.id, moveItemsToStateId: keep } }));
    }
    const res = await run(team.admin.token, ops.deleteState, { input: { id: keep, moveItemsToStateId: keep } });
    expect(errorOf(res).code).toBe('CONFLICT');
    expect((await workflowOf(team)).initialState).toBe('Done');
  });

  test('an unknown state is NOT_FOUND', async () => {
    const team = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    const unknown = Buffer.from('WorkflowState:00000000-0000-4000-8000-000000000000').toString('base64url');
    const res = await run(team.admin.token, ops.deleteState, {
      input: { id: unknown, moveItemsToStateId: state('Done') },
    });
    expect(errorOf(res).code).toBe('NOT_FOUND');
  });
});

describe('transitions', () => {
  test('a transition requiring an assignee fails naming the missing field, then succeeds once assigned', async () => {
    const team = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    const set = dataOf(
      await run(team.admin.token, ops.setTransition, {
        input: {
          fromStateId: state('Backlog'),
          toStateId: state('In progress'),
          requiredFields: ['ASSIGNEE', 'ASSIGNEE'],
        },
      }),
    ).setWorkflowTransition;
    expect(set.transition).toMatchObject({
      from: { name: 'Backlog' },
      to: { name: 'In progress' },
      requiredFields: ['ASSIGNEE'],
      minimumRole: null,
    });
    expect(set.workflow.transitions).toHaveLength(30);

    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const refused = await run(team.member.token, ops.transition, {
      input: { id: item.id, toStateId: state('In progress') },
    });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.toStateId' });
    expect(errorOf(refused).message).toContain('assignee');
    expect(refused.body.errors![0]!.extensions!.missingFields).toEqual(['ASSIGNEE']);
    expect(dataOf(await run(team.member.token, ops.item, { id: item.id })).workItem.version).toBe(item.version);

    dataOf(
      await run(team.member.token, ops.update, {
        input: { id: item.id, expectedVersion: item.version, assigneeId: team.member.userId },
      }),
    );
    const moved = dataOf(
      await run(team.member.token, ops.transition, { input: { id: item.id, toStateId: state('In progress') } }),
    ).transitionWorkItem.workItem;
    expect(moved).toMatchObject({ state: { name: 'In progress' }, version: item.version + 2 });
  });

  test('every kind of required field is checked', async () => {
    const team = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    dataOf(
      await run(team.admin.token, ops.setTransition, {
        input: {
          fromStateId: state('Backlog'),
          toStateId: state('Done'),
          requiredFields: ['LABELS', 'DESCRIPTION', 'DUE_DATE', 'ESTIMATE', 'ASSIGNEE'],
        },
      }),
    );
    const bare = await createWorkItem(stack, team.member.token, { projectId: team.project.id, description: '   ' });
    const refused = await run(team.member.token, ops.transition, { input: { id: bare.id, toStateId: state('Done') } });
    expect(refused.body.errors![0]!.extensions!.missingFields).toEqual([
      'ASSIGNEE',
      'ESTIMATE',
      'DUE_DATE',
      'DESCRIPTION',
      'LABELS',
    ]);
  });

  test('a transition with minimumRole ADMIN blocks a MEMBER but not an ADMIN', async () => {
    const team = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    const set = dataOf(
      await run(team.admin.token, ops.setTransition, {
        input: { fromStateId: state('Backlog'), toStateId: state('Done'), minimumRole: 'ADMIN' },
      }),
    ).setWorkflowTransition.transition;
    expect(set).toMatchObject({ minimumRole: 'ADMIN', requiredFields: [] });
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const refused = await run(team.member.token, ops.transition, { input: { id: item.id, toStateId: state('Done') } });
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    const done = dataOf(
      await run(team.admin.token, ops.transition, { input: { id: item.id, toStateId: state('Done') } }),
    );
    expect(done.transitionWorkItem.workItem.state.name).toBe('Done');
  });

  test('a removed transition fails naming the allowed targets', async () => {
    const team = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    for (const to of ['To do', 'In review', 'Done', 'Canceled']) {
      const res = await run(team.admin.token, ops.removeTransition, {
        input: { fromStateId: state('Backlog'), toStateId: state(to) },
      });
      expect(dataOf(res).removeWorkflowTransition.workflow.transitions).not.toContainEqual({
        from: { name: 'Backlog' },
        to: { name: to },
      });
    }
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const refused = await run(team.member.token, ops.transition, { input: { id: item.id, toStateId: state('Done') } });
    expect(errorOf(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.toStateId',
      message: 'The workflow does not allow moving from "Backlog" to "Done". Allowed next states: "In progress".',
    });
    expect(refused.body.errors![0]!.extensions!.allowedStateIds).toEqual([state('In progress')]);
  });

  test("a state of another project's workflow is refused as not a state of the item's", async () => {
    const team = await seedProjectTeam(stack);
    const other = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id });
    const foreignDone = (await workflowOf(other)).state('Done');
    const refused = await run(team.admin.token, ops.transition, { input: { id: item.id, toStateId: foreignDone } });
    expect(errorOf(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.toStateId',
      message: "input.toStateId is not a state of the item's workflow.",
    });
    expect(dataOf(await run(team.admin.token, ops.item, { id: item.id })).workItem).toMatchObject({
      version: item.version,
      state: { name: 'Backlog' },
    });
  });

  test('a transition to the current state changes nothing', async () => {
    const team = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const same = dataOf(
      await run(team.member.token, ops.transition, { input: { id: item.id, toStateId: state('Backlog') } }),
    ).transitionWorkItem.workItem;
    expect(same).toMatchObject({ version: item.version, state: { name: 'Backlog' } });
  });

  test('setWorkflowTransition updates an existing transition in place', async () => {
    const team = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    const input = { fromStateId: state('To do'), toStateId: state('Done') };
    const first = dataOf(await run(team.admin.token, ops.setTransition, { input: { ...input, minimumRole: 'ADMIN' } }))
      .setWorkflowTransition.transition;
    const second = dataOf(
      await run(team.admin.token, ops.setTransition, { input: { ...input, requiredFields: ['ESTIMATE'] } }),
    ).setWorkflowTransition.transition;
    expect(second).toMatchObject({ id: first.id, requiredFields: ['ESTIMATE'], minimumRole: null });
  });

  test('setWorkflowTransition and removeWorkflowTransition refuse bad states', async () => {
    const team = await seedProjectTeam(stack);
    const other = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    const foreign = (await workflowOf(other)).state('Done');
    const unknown = Buffer.from('WorkflowState:00000000-0000-4000-8000-000000000000').toString('base64url');
    const expectations: [string, Record<string, unknown>, string, string?][] = [
      [
        ops.setTransition,
        { fromStateId: state('Done'), toStateId: state('Done') },
        'BAD_USER_INPUT',
        'input.toStateId',
      ],
      [ops.setTransition, { fromStateId: state('Done'), toStateId: foreign }, 'BAD_USER_INPUT', 'input.toStateId'],
      [ops.setTransition, { fromStateId: 'x', toStateId: state('Done') }, 'BAD_USER_INPUT', 'input.fromStateId'],
      [ops.setTransition, { fromStateId: unknown, toStateId: state('Done') }, 'NOT_FOUND'],
      [ops.removeTransition, { fromStateId: state('Done'), toStateId: foreign }, 'NOT_FOUND'],
      [ops.removeTransition, { fromStateId: state('Done'), toStateId: 'x' }, 'BAD_USER_INPUT', 'input.toStateId'],
    ];
    for (const [query, input, code, field] of expectations) {
      const error = errorOf(await run(team.admin.token, query, { input }));
      expect(error.code).toBe(code);
      if (field) expect(error.field).toBe(field);
    }
    await run(team.admin.token, ops.removeTransition, {
      input: { fromStateId: state('Done'), toStateId: state('To do') },
    });
    const again = await run(team.admin.token, ops.removeTransition, {
      input: { fromStateId: state('Done'), toStateId: state('To do') },
    });
    expect(errorOf(again).code).toBe('NOT_FOUND');
  });

  test('transitionWorkItem refuses bad input and checks permissions', async () => {
    const team = await seedProjectTeam(stack);
    const other = await seedProjectTeam(stack);
    const { state } = await workflowOf(team);
    const foreign = (await workflowOf(other)).state('Done');
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const unknownItem = Buffer.from('WorkItem:00000000-0000-4000-8000-000000000000').toString('base64url');
    const cases: [string, Record<string, unknown>, string, string?][] = [
      [team.member.token, { id: 'x', toStateId: state('Done') }, 'BAD_USER_INPUT', 'input.id'],
      [team.member.token, { id: item.id, toStateId: item.id }, 'BAD_USER_INPUT', 'input.toStateId'],
      [team.member.token, { id: item.id, toStateId: foreign }, 'BAD_USER_INPUT', 'input.toStateId'],
      [team.member.token, { id: unknownItem, toStateId: state('Done') }, 'NOT_FOUND'],
      [team.viewer.token, { id: item.id, toStateId: state('Done') }, 'FORBIDDEN'],
      [team.outsider.token, { id: item.id, toStateId: state('Done') }, 'NOT_FOUND'],
    ];
    for (const [token, input, code, field] of cases) {
      const error = errorOf(await run(token, ops.transition, { input }));
      expect(error.code).toBe(code);
      if (field) expect(error.field).toBe(field);
    }
  });
});

describe('hierarchy rules', () => {
  test('an admin replaces the rules; unlisted types hold nothing', async () => {
    const team = await seedProjectTeam(stack);
    const res = dataOf(
      await run(team.admin.token, ops.hierarchy, {
        input: {
          projectId: team.project.id,
          allowedChildren: [
            { parentType: 'STORY', childTypes: ['SUBTASK', 'TASK'] },
            { parentType: 'EPIC', childTypes: ['STORY'] },
          ],
          maxDepth: 2,
        },
      }),
    ).updateHierarchyRules.hierarchyRules;
    expect(res).toEqual({
      allowedChildren: [
        { parentType: 'EPIC', childTypes: ['STORY'] },
        { parentType: 'STORY', childTypes: ['TASK', 'SUBTASK'] },
        { parentType: 'TASK', childTypes: [] },
        { parentType: 'BUG', childTypes: [] },
        { parentType: 'SUBTASK', childTypes: [] },
      ],
      maxDepth: 2,
    });
    expect((await workflowOf(team, team.viewer.token)).hierarchyRules).toEqual(res);
  });

  test.each([
    [
      'a parent type given twice',
      [
        { parentType: 'EPIC', childTypes: [] },
        { parentType: 'EPIC', childTypes: ['STORY'] },
      ],
      2,
      'input.allowedChildren.1.parentType',
    ],
    [
      'repeated child types',
      [{ parentType: 'EPIC', childTypes: ['STORY', 'STORY'] }],
      2,
      'input.allowedChildren.0.childTypes',
    ],
    ['a depth of 0', [], 0, 'input.maxDepth'],
    ['a depth of 11', [], 11, 'input.maxDepth'],
  ])('updateHierarchyRules refuses %s', async (_label, allowedChildren, maxDepth, field) => {
    const team = await seedProjectTeam(stack);
    const res = await run(team.admin.token, ops.hierarchy, {
      input: { projectId: team.project.id, allowedChildren, maxDepth },
    });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
