import {
  createProject,
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  seedProjectTeam,
  sqlStatementCount,
  useTestStack,
  type ProjectTeam,
  untilWorkItemReadModelsFollowed,
} from '../testkit';

const stack = useTestStack();

const ops = {
  create: `mutation($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id key } } }`,
  update: `mutation($input: UpdateWorkItemInput!) {
    updateWorkItem(input: $input) { workItem { id version parent { id } ancestors { id } } } }`,
  tree: `query($id: ID!) { workItem(id: $id) {
    id version parent { id } ancestors { id }
    children(first: 10) { totalCount edges { node { id ancestors { id } children { totalCount } } } }
  } }`,
  progress: `query($id: ID!) { workItem(id: $id) { progress { totalItems doneItems totalPoints donePoints } } }`,
  rules: `mutation($input: UpdateHierarchyRulesInput!) { updateHierarchyRules(input: $input) { hierarchyRules { maxDepth } } }`,
  bulk: `mutation($input: BulkUpdateWorkItemsInput!) { bulkUpdateWorkItems(input: $input) { workItems { id } } }`,
  archive: `mutation($input: ArchiveWorkItemInput!) { archiveWorkItem(input: $input) { workItem { id } } }`,
  states: `query($id: ID!) { project(id: $id) { workflow { states { id category } } } }`,
};

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);

async function update(token: string, id: string, changes: Record<string, unknown>) {
  const current = dataOf(await graphql(stack.routerUrl, ops.tree, { id }, { token })).workItem.version as number;
  return graphql(stack.routerUrl, ops.update, { input: { id, expectedVersion: current, ...changes } }, { token });
}

describe('hierarchy rules', () => {
  let team: ProjectTeam;
  let token: string;
  let projectId: string;
  const create = (input: Record<string, unknown>) => createWorkItem(stack, token, { projectId, ...input });
  const tryCreate = (input: Record<string, unknown>) =>
    graphql(stack.routerUrl, ops.create, { input: { projectId, title: 'Try', ...input } }, { token });

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    token = team.member.token;
    projectId = team.project.id;
  });

  it('builds epic > story > subtask with parents, ancestors and paged children', async () => {
    const epic = await create({ type: 'EPIC' });
    const stories = [];
    for (const n of [1, 2, 3]) stories.push(await create({ type: 'STORY', title: `Story ${n}`, parentId: epic.id }));
    const subtask = await create({ type: 'SUBTASK', parentId: stories[0]!.id });

    const tree = dataOf(await graphql(stack.routerUrl, ops.tree, { id: epic.id }, { token })).workItem;
    expect(tree.ancestors).toEqual([]);
    expect(tree.children.totalCount).toBe(3);
    expect(ids(tree.children.edges.map((e: { node: { id: string } }) => e.node))).toEqual(ids(stories));
    expect(tree.children.edges[0].node).toMatchObject({ ancestors: [{ id: epic.id }], children: { totalCount: 1 } });

    const leaf = dataOf(await graphql(stack.routerUrl, ops.tree, { id: subtask.id }, { token })).workItem;
    expect(leaf).toMatchObject({
      parent: { id: stories[0]!.id },
      ancestors: [{ id: epic.id }, { id: stories[0]!.id }],
    });

    const page1 = dataOf(
      await graphql(
        stack.routerUrl,
        `
          query ($id: ID!) {
            workItem(id: $id) {
              children(first: 2) {
                pageInfo {
                  hasNextPage
                  endCursor
                }
                edges {
                  node {
                    id
                  }
                }
              }
            }
          }
        `,
        { id: epic.id },
        { token },
      ),
    ).workItem.children;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = dataOf(
      await graphql(
        stack.routerUrl,
        `
          query ($id: ID!, $after: String) {
            workItem(id: $id) {
              children(first: 2, after: $after) {
                pageInfo {
                  hasNextPage
                }
                edges {
                  node {
                    id
                  }
                }
              }
            }
          }
        `,
        { id: epic.id, after: page1.pageInfo.endCursor },
        { token },
      ),
    ).workItem.children;
    expect([...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(ids(stories));
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses nesting the project rules do not allow', async () => {
    const epic = await create({ type: 'EPIC' });
    const story = await create({ type: 'STORY', parentId: epic.id });
    for (const [type, parentId] of [
      ['SUBTASK', epic.id],
      ['EPIC', story.id],
      ['STORY', story.id],
      ['EPIC', epic.id],
    ] as const) {
      expect(errorOf(await tryCreate({ type, parentId }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.parentId',
      });
    }
    // A story holding a subtask cannot become an epic (epics hold no subtasks), nor can it (as an
    // epic's child) become an epic.
    const task = await create({ type: 'TASK' });
    await create({ type: 'SUBTASK', parentId: task.id });
    expect(errorOf(await update(token, task.id, { type: 'EPIC' }))).toMatchObject({ field: 'input.type' });
    expect(errorOf(await update(token, story.id, { type: 'EPIC' }))).toMatchObject({ field: 'input.type' });
    expect(dataOf(await update(token, story.id, { type: 'BUG' })).updateWorkItem.workItem.version).toBe(2);
  });

  it('refuses cycles: an item cannot move under itself or its descendants', async () => {
    await dataOf(
      await graphql(
        stack.routerUrl,
        ops.rules,
        {
          input: {
            projectId,
            allowedChildren: [
              { parentType: 'EPIC', childTypes: ['STORY', 'TASK', 'BUG'] },
              { parentType: 'TASK', childTypes: ['TASK', 'SUBTASK'] },
              { parentType: 'STORY', childTypes: ['SUBTASK'] },
            ],
            maxDepth: 3,
          },
        },
        { token: team.admin.token },
      ),
    );
    const a = await create({ type: 'TASK' });
    const b = await create({ type: 'TASK', parentId: a.id });
    const c = await create({ type: 'TASK', parentId: b.id });
    for (const target of [a.id, b.id, c.id]) {
      expect(errorOf(await update(token, a.id, { parentId: target }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.parentId',
      });
    }
  });

  it('refuses a parent of another project, an unknown parent and an archived parent', async () => {
    const otherProject = await createProject(stack, team.admin.token, team.organizationId);
    const foreign = await createWorkItem(stack, team.admin.token, { projectId: otherProject.id, type: 'EPIC' });
    const res = await graphql(
      stack.routerUrl,
      ops.create,
      { input: { projectId, type: 'STORY', title: 'x', parentId: foreign.id } },
      { token: team.admin.token },
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
    const story = await create({ type: 'STORY' });
    const moved = await graphql(
      stack.routerUrl,
      ops.update,
      { input: { id: story.id, expectedVersion: 1, parentId: foreign.id } },
      { token: team.admin.token },
    );
    expect(errorOf(moved)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
    // The member cannot read the other project: its item is as unknown as a made-up one.
    expect(errorOf(await tryCreate({ type: 'STORY', parentId: foreign.id })).code).toBe('NOT_FOUND');

    const archivedEpic = await create({ type: 'EPIC' });
    dataOf(await graphql(stack.routerUrl, ops.archive, { input: { id: archivedEpic.id } }, { token }));
    expect(errorOf(await tryCreate({ type: 'STORY', parentId: archivedEpic.id }))).toMatchObject({
      field: 'input.parentId',
    });
  });

  it('keeps every item within maxDepth, for new items and for moved subtrees', async () => {
    const project = await createProject(stack, team.admin.token, team.organizationId);
    const admin = team.admin.token;
    dataOf(
      await graphql(
        stack.routerUrl,
        ops.rules,
        {
          input: {
            projectId: project.id,
            allowedChildren: [{ parentType: 'TASK', childTypes: ['TASK'] }],
            maxDepth: 2,
          },
        },
        { token: admin },
      ),
    );
    const root = await createWorkItem(stack, admin, { projectId: project.id });
    const depth1 = await createWorkItem(stack, admin, { projectId: project.id, parentId: root.id });
    const depth2 = await createWorkItem(stack, admin, { projectId: project.id, parentId: depth1.id });
    const tooDeep = await graphql(
      stack.routerUrl,
      ops.create,
      { input: { projectId: project.id, type: 'TASK', title: 'x', parentId: depth2.id } },
      { token: admin },
    );
    expect(errorOf(tooDeep)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });

    // Moving root (two levels below it) under another top item would put depth2 at depth 3.
    const other = await createWorkItem(stack, admin, { projectId: project.id });
    expect(errorOf(await update(admin, root.id, { parentId: other.id }))).toMatchObject({ field: 'input.parentId' });
    // depth1 (one level below it) fits under `other`: at depth 1, its child at depth 2.
    dataOf(await update(admin, depth1.id, { parentId: other.id }));
  });

  it('moves a whole subtree, keeping every path consistent, and back to the top', async () => {
    const epicA = await create({ type: 'EPIC', title: 'A' });
    const epicB = await create({ type: 'EPIC', title: 'B' });
    const story = await create({ type: 'STORY', parentId: epicA.id });
    const subtask = await create({ type: 'SUBTASK', parentId: story.id });

    const moved = dataOf(await update(token, story.id, { parentId: epicB.id })).updateWorkItem.workItem;
    expect(moved).toMatchObject({ parent: { id: epicB.id }, ancestors: [{ id: epicB.id }], version: 2 });
    const leaf = dataOf(await graphql(stack.routerUrl, ops.tree, { id: subtask.id }, { token })).workItem;
    expect(leaf).toMatchObject({ ancestors: [{ id: epicB.id }, { id: story.id }], version: 1 });
    const a = dataOf(await graphql(stack.routerUrl, ops.tree, { id: epicA.id }, { token })).workItem;
    const b = dataOf(await graphql(stack.routerUrl, ops.tree, { id: epicB.id }, { token })).workItem;
    expect(a.children.totalCount).toBe(0);
    expect(b.children.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([story.id]);

    const top = dataOf(await update(token, story.id, { parentId: null })).updateWorkItem.workItem;
    expect(top).toMatchObject({ parent: null, ancestors: [], version: 3 });
    const leafAgain = dataOf(await graphql(stack.routerUrl, ops.tree, { id: subtask.id }, { token })).workItem;
    expect(leafAgain.ancestors).toEqual([{ id: story.id }]);
  });

  it('rolls progress up over all descendants, leaving out canceled and archived ones', async () => {
    const states = dataOf(await graphql(stack.routerUrl, ops.states, { id: projectId }, { token })).project.workflow
      .states as { id: string; category: string }[];
    const done = states.find((s) => s.category === 'DONE')!.id;
    const canceled = states.find((s) => s.category === 'CANCELED')!.id;
    const epic = await create({ type: 'EPIC' });
    const s1 = await create({ type: 'STORY', parentId: epic.id, estimate: 3 });
    const s2 = await create({ type: 'STORY', parentId: epic.id, estimate: 5 });
    const s3 = await create({ type: 'STORY', parentId: epic.id, estimate: 8 });
    const s4 = await create({ type: 'STORY', parentId: epic.id, estimate: 2 });
    const sub = await create({ type: 'SUBTASK', parentId: s2.id, estimate: 1 });
    await create({ type: 'SUBTASK', parentId: s2.id });
    dataOf(
      await graphql(
        stack.routerUrl,
        ops.bulk,
        { input: { ids: [s1.id, sub.id], changes: { toStateId: done } } },
        { token },
      ),
    );
    dataOf(
      await graphql(
        stack.routerUrl,
        ops.bulk,
        { input: { ids: [s3.id], changes: { toStateId: canceled } } },
        { token },
      ),
    );
    dataOf(await graphql(stack.routerUrl, ops.archive, { input: { id: s4.id } }, { token }));

    const progress = (id: string) =>
      graphql(stack.routerUrl, ops.progress, { id }, { token }).then((res) => dataOf(res).workItem.progress);
    expect(await progress(epic.id)).toEqual({ totalItems: 4, doneItems: 2, totalPoints: 9, donePoints: 4 });
    expect(await progress(s2.id)).toEqual({ totalItems: 2, doneItems: 1, totalPoints: 1, donePoints: 1 });
    expect(await progress(sub.id)).toEqual({ totalItems: 0, doneItems: 0, totalPoints: 0, donePoints: 0 });
  });

  it('reads keys, labels, parents, children, ancestors, progress and custom fields of many items in a fixed number of statements', async () => {
    const project = await createProject(stack, team.admin.token, team.organizationId);
    const admin = team.admin.token;
    const epics: string[] = [];
    for (let i = 0; i < 6; i++) {
      const epic = await createWorkItem(stack, admin, { projectId: project.id, type: 'EPIC' });
      await createWorkItem(stack, admin, { projectId: project.id, type: 'STORY', parentId: epic.id });
      epics.push(epic.id);
    }
    const read = async (count: number) => {
      const aliases = epics
        .slice(0, count)
        .map(
          (id, i) => `e${i}: workItem(id: "${id}") {
            key labels { id } parent { id } ancestors { id } progress { totalItems } customFields { field { id } }
            children(first: 5) { totalCount edges { node { key parent { id } ancestors { id } labels { id } } } }
          }`,
        )
        .join('\n');
      await untilWorkItemReadModelsFollowed(stack);
      const before = sqlStatementCount('work_items');
      dataOf(await graphql(stack.routerUrl, `query { ${aliases} }`, {}, { token: admin }));
      return sqlStatementCount('work_items') - before;
    };
    await read(6); // warm-up: first-use work of the project (settings) is not what is measured
    const few = await read(2);
    const many = await read(6);
    expect(many).toBe(few);
  });
});
