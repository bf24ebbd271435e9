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

interface ItemNode {
  id: string;
  key: string;
  title: string;
  priority: string;
  dueDate: string | null;
  createdAt: string;
  updatedAt: string;
}
interface ItemPage {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: ItemNode }[];
}

const listQuery = `query($id: ID!, $filter: WorkItemFilter, $orderBy: WorkItemOrder, $first: Int, $after: String) {
  project(id: $id) {
    workItems(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id key title priority dueDate createdAt updatedAt } }
    }
  }
}`;
const countQuery = `query($id: ID!, $filter: WorkItemFilter) {
  project(id: $id) { workItems(filter: $filter, first: 100) { totalCount edges { node { key } } } }
}`;

async function list(
  team: ProjectTeam,
  variables: Record<string, unknown> = {},
  token = team.member.token,
): Promise<GraphQLResponse<{ project: { workItems: ItemPage } }>> {
  return graphql(stack.routerUrl, listQuery, { id: team.project.id, ...variables }, { token });
}

/** The keys of the matching items, newest first, with totalCount checked against them. */
async function keysMatching(team: ProjectTeam, filter: Record<string, unknown>): Promise<string[]> {
  const res = await graphql(stack.routerUrl, countQuery, { id: team.project.id, filter }, { token: team.member.token });
  const { workItems } = dataOf(res).project as {
    workItems: { totalCount: number; edges: { node: { key: string } }[] };
  };
  expect(workItems.totalCount).toBe(workItems.edges.length);
  return workItems.edges.map((edge) => edge.node.key);
}

async function mutate<T = Record<string, unknown>>(token: string, query: string, input: Record<string, unknown>) {
  return dataOf(await graphql<T>(stack.routerUrl, query, { input }, { token }));
}

async function createLabel(team: ProjectTeam, name: string): Promise<string> {
  const data = await mutate<{ createLabel: { label: { id: string } } }>(
    team.admin.token,
    'mutation($input: CreateLabelInput!) { createLabel(input: $input) { label { id } } }',
    { projectId: team.project.id, name, color: '#112233' },
  );
  return data.createLabel.label.id;
}

async function createField(team: ProjectTeam, name: string, type: string, options?: string[]): Promise<string> {
  const data = await mutate<{ createCustomField: { customField: { id: string } } }>(
    team.admin.token,
    'mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { customField { id } } }',
    { projectId: team.project.id, name, type, options },
  );
  return data.createCustomField.customField.id;
}

async function statesOf(team: ProjectTeam): Promise<{ id: string; name: string; category: string }[]> {
  const res = await graphql(
    stack.routerUrl,
    'query($id: ID!) { project(id: $id) { workflow { states { id name category } } } }',
    { id: team.project.id },
    { token: team.admin.token },
  );
  return dataOf(res).project.workflow.states;
}

async function transition(team: ProjectTeam, id: string, toStateId: string): Promise<void> {
  await mutate(
    team.admin.token,
    'mutation($input: TransitionWorkItemInput!) { transitionWorkItem(input: $input) { workItem { id } } }',
    { id, toStateId },
  );
}

async function update(team: ProjectTeam, id: string, changes: Record<string, unknown>): Promise<void> {
  const res = await graphql(
    stack.routerUrl,
    'query($id: ID!) { workItem(id: $id) { version } }',
    { id },
    { token: team.member.token },
  );
  await mutate(
    team.member.token,
    'mutation($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { id } } }',
    { id, expectedVersion: dataOf(res).workItem.version, ...changes },
  );
}

const sorted = (keys: string[]) => [...keys].sort();

describe('filters', () => {
  let team: ProjectTeam;
  beforeAll(async () => {
    team = await seedProjectTeam(stack);
  }, 60_000);

  test('state, state category, type and priority filters each keep only the matching items', async () => {
    const t = await seedProjectTeam(stack);
    const states = await statesOf(t);
    const inProgress = states.find((s) => s.category === 'IN_PROGRESS')!;
    const bug = await createWorkItem(stack, t.member.token, { projectId: t.project.id, type: 'BUG', priority: 'HIGH' });
    const task = await createWorkItem(stack, t.member.token, {
      projectId: t.project.id,
      type: 'TASK',
      priority: 'LOW',
    });
    const story = await createWorkItem(stack, t.member.token, { projectId: t.project.id, type: 'STORY' });
    await transition(t, task.id, inProgress.id);

    expect(await keysMatching(t, { stateIds: [inProgress.id] })).toEqual([task.key]);
    expect(sorted(await keysMatching(t, { stateCategories: [states[0]!.category] }))).toEqual(
      sorted([bug.key, story.key]),
    );
    expect(await keysMatching(t, { stateCategories: ['IN_PROGRESS', 'DONE'] })).toEqual([task.key]);
    expect(sorted(await keysMatching(t, { types: ['BUG', 'STORY'] }))).toEqual(sorted([bug.key, story.key]));
    expect(await keysMatching(t, { priorities: ['HIGH'] })).toEqual([bug.key]);
    expect(sorted(await keysMatching(t, { priorities: ['LOW', 'NONE'] }))).toEqual(sorted([task.key, story.key]));
    expect(await keysMatching(t, { types: ['BUG'], priorities: ['LOW'] })).toEqual([]);
  }, 60_000);

  test('unassigned alone selects unassigned or assigned items, and with assigneeIds adds the unassigned ones', async () => {
    const t = await seedProjectTeam(stack);
    const mine = await createWorkItem(stack, t.member.token, { projectId: t.project.id, assigneeId: t.member.userId });
    const admins = await createWorkItem(stack, t.member.token, { projectId: t.project.id, assigneeId: t.admin.userId });
    const nobody = await createWorkItem(stack, t.member.token, { projectId: t.project.id });

    expect(await keysMatching(t, { unassigned: true })).toEqual([nobody.key]);
    expect(sorted(await keysMatching(t, { unassigned: false }))).toEqual(sorted([mine.key, admins.key]));
    expect(await keysMatching(t, { assigneeIds: [t.member.userId] })).toEqual([mine.key]);
    expect(sorted(await keysMatching(t, { assigneeIds: [t.member.userId], unassigned: true }))).toEqual(
      sorted([mine.key, nobody.key]),
    );
  }, 60_000);

  test('labelIds keeps only the items carrying every one of the labels', async () => {
    const [red, blue] = [await createLabel(team, 'red'), await createLabel(team, 'blue')];
    const both = await createWorkItem(stack, team.member.token, { projectId: team.project.id, labelIds: [red, blue] });
    const redOnly = await createWorkItem(stack, team.member.token, { projectId: team.project.id, labelIds: [red] });
    await createWorkItem(stack, team.member.token, { projectId: team.project.id, labelIds: [blue] });

    expect(await keysMatching(team, { labelIds: [red, blue] })).toEqual([both.key]);
    expect(sorted(await keysMatching(team, { labelIds: [red] }))).toEqual(sorted([both.key, redOnly.key]));
  }, 60_000);

  test('parentId keeps the direct children of the item only', async () => {
    const t = await seedProjectTeam(stack);
    const epic = await createWorkItem(stack, t.member.token, { projectId: t.project.id, type: 'EPIC' });
    const story = await createWorkItem(stack, t.member.token, {
      projectId: t.project.id,
      type: 'STORY',
      parentId: epic.id,
    });
    const bug = await createWorkItem(stack, t.member.token, {
      projectId: t.project.id,
      type: 'BUG',
      parentId: epic.id,
    });
    await createWorkItem(stack, t.member.token, { projectId: t.project.id, type: 'SUBTASK', parentId: story.id });

    expect(sorted(await keysMatching(t, { parentId: epic.id }))).toEqual(sorted([story.key, bug.key]));
  }, 60_000);

  test('custom field filters match values of every field type', async () => {
    const t = await seedProjectTeam(stack);
    const text = await createField(t, 'Customer', 'TEXT');
    const number = await createField(t, 'Score', 'NUMBER');
    const date = await createField(t, 'Launch', 'DATE');
    const select = await createField(t, 'Size', 'SELECT', ['S', 'M', 'L']);
    const multi = await createField(t, 'Platforms', 'MULTI_SELECT', ['web', 'ios', 'android']);
    const user = await createField(t, 'Reviewer', 'USER');
    const a = await createWorkItem(stack, t.member.token, {
      projectId: t.project.id,
      customFields: [
        { fieldId: text, text: 'ACME' },
        { fieldId: number, number: 3.5 },
        { fieldId: date, date: '2026-12-24' },
        { fieldId: select, option: 'M' },
        { fieldId: multi, options: ['web', 'ios'] },
        { fieldId: user, userId: t.member.userId },
      ],
    });
    const b = await createWorkItem(stack, t.member.token, {
      projectId: t.project.id,
      customFields: [
        { fieldId: text, text: 'Globex' },
        { fieldId: number, number: 7 },
        { fieldId: select, option: 'L' },
        { fieldId: multi, options: ['ios', 'android'] },
        { fieldId: user, userId: t.admin.userId },
      ],
    });
    await createWorkItem(stack, t.member.token, { projectId: t.project.id });

    const match = (condition: Record<string, unknown>) => keysMatching(t, { customFields: [condition] });
    expect(await match({ fieldId: text, text: 'ACME' })).toEqual([a.key]);
    expect(await match({ fieldId: text, text: 'acme' })).toEqual([]);
    expect(await match({ fieldId: number, number: 7 })).toEqual([b.key]);
    expect(await match({ fieldId: number, number: 3.5 })).toEqual([a.key]);
    expect(await match({ fieldId: date, date: '2026-12-24' })).toEqual([a.key]);
    expect(await match({ fieldId: select, option: 'L' })).toEqual([b.key]);
    expect(sorted(await match({ fieldId: multi, option: 'ios' }))).toEqual(sorted([a.key, b.key]));
    expect(await match({ fieldId: multi, option: 'web' })).toEqual([a.key]);
    expect(await match({ fieldId: user, userId: t.admin.userId })).toEqual([b.key]);
    expect(
      await keysMatching(t, {
        customFields: [
          { fieldId: multi, option: 'ios' },
          { fieldId: select, option: 'M' },
        ],
      }),
    ).toEqual([a.key]);
  }, 60_000);

  test('the due range includes both of its ends and leaves out items without a due date', async () => {
    const t = await seedProjectTeam(stack);
    const [early, start, end, late] = await Promise.all(
      ['2026-02-28', '2026-03-01', '2026-03-31', '2026-04-01'].map((dueDate) =>
        createWorkItem(stack, t.member.token, { projectId: t.project.id, dueDate }),
      ),
    );
    await createWorkItem(stack, t.member.token, { projectId: t.project.id });

    expect(sorted(await keysMatching(t, { dueAfter: '2026-03-01', dueBefore: '2026-03-31' }))).toEqual(
      sorted([start!.key, end!.key]),
    );
    expect(sorted(await keysMatching(t, { dueAfter: '2026-03-31' }))).toEqual(sorted([end!.key, late!.key]));
    expect(sorted(await keysMatching(t, { dueBefore: '2026-03-01' }))).toEqual(sorted([early!.key, start!.key]));
  }, 60_000);

  test('archived items are left out by default, included by ANY and alone with ONLY', async () => {
    const t = await seedProjectTeam(stack);
    const kept = await createWorkItem(stack, t.member.token, { projectId: t.project.id });
    const archived = await createWorkItem(stack, t.member.token, { projectId: t.project.id });
    await mutate(
      t.member.token,
      'mutation($input: ArchiveWorkItemInput!) { archiveWorkItem(input: $input) { workItem { id } } }',
      { id: archived.id },
    );

    expect(await keysMatching(t, {})).toEqual([kept.key]);
    expect(await keysMatching(t, { archived: 'EXCLUDE' })).toEqual([kept.key]);
    expect(sorted(await keysMatching(t, { archived: 'ANY' }))).toEqual(sorted([kept.key, archived.key]));
    expect(await keysMatching(t, { archived: 'ONLY' })).toEqual([archived.key]);
  }, 60_000);

  test('search finds items whose title or description holds every word, by prefix, ignoring punctuation', async () => {
    const t = await seedProjectTeam(stack);
    const deploy = await createWorkItem(stack, t.member.token, {
      projectId: t.project.id,
      title: 'Deploy the billing service',
    });
    const docs = await createWorkItem(stack, t.member.token, {
      projectId: t.project.id,
      title: 'Write docs',
      description: 'Explain how deployments of **billing** work',
    });
    await createWorkItem(stack, t.member.token, { projectId: t.project.id, title: 'Unrelated chore' });

    expect(sorted(await keysMatching(t, { search: 'dep' }))).toEqual(sorted([deploy.key, docs.key]));
    expect(sorted(await keysMatching(t, { search: 'BILL deploy' }))).toEqual(sorted([deploy.key, docs.key]));
    expect(await keysMatching(t, { search: 'deploy service' })).toEqual([deploy.key]);
    expect(await keysMatching(t, { search: "docs & !(x) | 'y':*" })).toEqual([]);
    expect(await keysMatching(t, { search: 'docs:*!' })).toEqual([docs.key]);
    expect(await keysMatching(t, { search: '  ' })).toHaveLength(3);
  }, 60_000);

  test('a filter with malformed input fails with BAD_USER_INPUT naming the offending field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ stateIds: [team.project.id] }, 'filter.stateIds.0'],
      [{ stateIds: Array.from({ length: 101 }, () => team.project.id) }, 'filter.stateIds'],
      [{ labelIds: ['nonsense'] }, 'filter.labelIds.0'],
      [{ assigneeIds: [team.project.id] }, 'filter.assigneeIds.0'],
      [{ parentId: team.project.id }, 'filter.parentId'],
      [{ search: 'x'.repeat(201) }, 'filter.search'],
      [{ dueAfter: '2026-05-02', dueBefore: '2026-05-01' }, 'filter.dueBefore'],
      [{ customFields: [{ fieldId: team.project.id, text: 'x' }] }, 'filter.customFields.0.fieldId'],
    ];
    for (const [filter, field] of cases) {
      const error = errorOf(await list(team, { filter }));
      expect({ field, code: error.code, got: error.field }).toEqual({ field, code: 'BAD_USER_INPUT', got: field });
    }
  }, 60_000);

  test('a custom field condition must name a field of the project and give the value its type uses', async () => {
    const other = await seedProjectTeam(stack);
    const foreign = await createField(other, 'Foreign', 'TEXT');
    const score = await createField(team, 'Points', 'NUMBER');
    const size = await createField(team, 'Shirt', 'SELECT', ['S', 'M']);
    const cases: [Record<string, unknown>, string][] = [
      [{ fieldId: foreign, text: 'x' }, 'filter.customFields.0.fieldId'],
      [{ fieldId: score, text: '3' }, 'filter.customFields.0.text'],
      [{ fieldId: score }, 'filter.customFields.0.number'],
      [{ fieldId: score, number: 3, text: '3' }, 'filter.customFields.0.number'],
      [{ fieldId: size, option: 'XL' }, 'filter.customFields.0.option'],
    ];
    for (const [condition, field] of cases) {
      const error = errorOf(await list(team, { filter: { customFields: [condition] } }));
      expect({ code: error.code, field: error.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  }, 60_000);

  test('an outsider gets NOT_FOUND for the list and a viewer may read it', async () => {
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    expect(errorOf(await list(team, {}, team.outsider.token)).code).toBe('NOT_FOUND');
    expect(dataOf(await list(team, {}, team.viewer.token)).project.workItems.edges.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('sorting and pagination', () => {
  let team: ProjectTeam;
  /** Items in creation order. */
  let items: ItemNode[];

  const uuidOf = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!;
  const byId = (a: ItemNode, b: ItemNode) => (uuidOf(a.id) < uuidOf(b.id) ? -1 : 1);
  const priorityRank = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT'];

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    const priorities = ['HIGH', 'NONE', 'URGENT', 'HIGH', 'LOW', 'NONE', 'MEDIUM', 'HIGH', 'NONE'];
    const dueDates = [
      '2026-05-01',
      null,
      '2026-03-01',
      '2026-05-01',
      null,
      '2026-01-15',
      '2026-03-01',
      null,
      '2026-07-04',
    ];
    const created = [];
    for (let i = 0; i < priorities.length; i++) {
      created.push(
        await createWorkItem(stack, team.member.token, {
          projectId: team.project.id,
          title: `Item ${i}`,
          priority: priorities[i],
          dueDate: dueDates[i],
        }),
      );
    }
    // Touch some items so updatedAt differs from creation order.
    for (const index of [4, 0, 7]) await update(team, created[index]!.id, { title: `Item ${index} (edited)` });
    const all = dataOf(await list(team, { first: 100, orderBy: { field: 'CREATED_AT', direction: 'ASC' } }));
    items = all.project.workItems.edges.map((edge) => edge.node);
    expect(items.map((item) => item.key)).toEqual(created.map((item) => item.key));
  }, 60_000);

  /** Every item once, in the expected order, fetched two at a time. */
  async function pagedKeys(orderBy: Record<string, unknown> | undefined): Promise<string[]> {
    const keys: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: ItemPage = dataOf(await list(team, { orderBy, first: 2, after })).project.workItems;
      keys.push(...page.edges.map((edge) => edge.node.key));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) return keys;
      after = page.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  }

  const expected: Record<string, (a: ItemNode, b: ItemNode) => number> = {
    RANK: (a, b) => items.indexOf(a) - items.indexOf(b),
    CREATED_AT: (a, b) => a.createdAt.localeCompare(b.createdAt) || byId(a, b),
    UPDATED_AT: (a, b) => a.updatedAt.localeCompare(b.updatedAt) || byId(a, b),
    PRIORITY: (a, b) => priorityRank.indexOf(a.priority) - priorityRank.indexOf(b.priority) || byId(a, b),
  };

  for (const field of ['RANK', 'CREATED_AT', 'UPDATED_AT', 'PRIORITY']) {
    for (const direction of ['ASC', 'DESC']) {
      test(`sorting by ${field} ${direction} pages through every item once in order, ties broken by id`, async () => {
        const order = [...items].sort(expected[field]);
        if (direction === 'DESC') order.reverse();
        expect(await pagedKeys({ field, direction })).toEqual(order.map((item) => item.key));
      }, 30_000);
    }
  }

  test('sorting by DUE_DATE puts items without a due date last in both directions', async () => {
    const dated = items.filter((item) => item.dueDate);
    const undated = items.filter((item) => !item.dueDate);
    const asc = [...dated].sort((a, b) => a.dueDate!.localeCompare(b.dueDate!) || byId(a, b));
    const desc = [...dated].sort((a, b) => b.dueDate!.localeCompare(a.dueDate!) || byId(b, a));
    expect(await pagedKeys({ field: 'DUE_DATE', direction: 'ASC' })).toEqual(
      [...asc, ...[...undated].sort(byId)].map((item) => item.key),
    );
    expect(await pagedKeys({ field: 'DUE_DATE', direction: 'DESC' })).toEqual(
      [...desc, ...[...undated].sort(byId).reverse()].map((item) => item.key),
    );
  }, 30_000);

  test('without orderBy the newest items come first, and direction defaults to ascending', async () => {
    expect(await pagedKeys(undefined)).toEqual([...items].reverse().map((item) => item.key));
    expect(await pagedKeys({ field: 'CREATED_AT' })).toEqual(items.map((item) => item.key));
  }, 30_000);

  test('cursors stay stable when items are inserted between page fetches', async () => {
    const t = await seedProjectTeam(stack);
    const first = [];
    for (let i = 0; i < 5; i++) first.push(await createWorkItem(stack, t.member.token, { projectId: t.project.id }));
    const newest = dataOf(await list(t, { first: 2 })).project.workItems;
    const oldest = dataOf(await list(t, { first: 2, orderBy: { field: 'CREATED_AT', direction: 'ASC' } })).project
      .workItems;
    const inserted = await createWorkItem(stack, t.member.token, { projectId: t.project.id });

    const nextNewest = dataOf(await list(t, { first: 10, after: newest.pageInfo.endCursor })).project.workItems;
    expect(nextNewest.edges.map((edge) => edge.node.key)).toEqual([first[2]!.key, first[1]!.key, first[0]!.key]);
    const nextOldest = dataOf(
      await list(t, {
        first: 10,
        after: oldest.pageInfo.endCursor,
        orderBy: { field: 'CREATED_AT', direction: 'ASC' },
      }),
    ).project.workItems;
    expect(nextOldest.edges.map((edge) => edge.node.key)).toEqual([
      first[2]!.key,
      first[3]!.key,
      first[4]!.key,
      inserted.key,
    ]);
  }, 60_000);

  test('more than 100 items per page are refused', async () => {
    const error = errorOf(await list(team, { first: 101 }));
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(error.code);
    expect(dataOf(await list(team, { first: 100 })).project.workItems.edges).toHaveLength(items.length);
  });

  test('a malformed cursor, or one of another order, fails with BAD_USER_INPUT on after', async () => {
    const byPriority = dataOf(await list(team, { first: 1, orderBy: { field: 'PRIORITY' } })).project.workItems;
    for (const after of ['nonsense', Buffer.from('["x"]').toString('base64url'), byPriority.pageInfo.endCursor]) {
      const error = errorOf(await list(team, { after }));
      expect({ code: error.code, field: error.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});
