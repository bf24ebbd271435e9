import {
  createOrganization,
  createProject,
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  seedProjectTeam,
  useTestStack,
  workflowStates,
  type ProjectTeam,
} from '../testkit';

const stack = useTestStack();

const itemFields = `id key number type title description priority estimate dueDate version archivedAt createdAt updatedAt
  assignee { id } reporter { id } labels { id name } parent { id } project { id }`;

const ops = {
  create: `mutation($input: CreateWorkItemInput!) {
    createWorkItem(input: $input) { clientMutationId workItem { ${itemFields} } } }`,
  update: `mutation($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { ${itemFields} } } }`,
  archive: `mutation($input: ArchiveWorkItemInput!) { archiveWorkItem(input: $input) { workItem { id archivedAt version } } }`,
  restore: `mutation($input: RestoreWorkItemInput!) { restoreWorkItem(input: $input) { workItem { id archivedAt version } } }`,
  remove: `mutation($input: DeleteWorkItemInput!) { deleteWorkItem(input: $input) { deletedWorkItemId } }`,
  bulk: `mutation($input: BulkUpdateWorkItemsInput!) {
    bulkUpdateWorkItems(input: $input) { workItems { id version priority assignee { id } dueDate labels { id } state { id name } } } }`,
  item: `query($id: ID!) { workItem(id: $id) { ${itemFields} } }`,
  byKey: `query($key: String!, $organizationId: ID) { workItemByKey(key: $key, organizationId: $organizationId) { id key } }`,
  history: `query($id: ID!) { workItem(id: $id) { history(first: 50) { edges { node { field oldValue newValue actor { id } } } } } }`,
  createLabel: `mutation($input: CreateLabelInput!) { createLabel(input: $input) { label { id name } } }`,
};

async function label(token: string, projectId: string, name: string): Promise<string> {
  const res = await graphql(
    stack.routerUrl,
    ops.createLabel,
    { input: { projectId, name, color: '#112233' } },
    { token },
  );
  return dataOf(res).createLabel.label.id as string;
}

describe('work item lifecycle', () => {
  let team: ProjectTeam;
  beforeAll(async () => {
    team = await seedProjectTeam(stack, { key: 'LIFE' });
  });

  it('creates, reads, updates, archives, restores and deletes an item, with history for each change', async () => {
    const bugLabel = await label(team.admin.token, team.project.id, 'bug');
    const created = dataOf(
      await graphql(
        stack.routerUrl,
        ops.create,
        {
          input: {
            projectId: team.project.id,
            type: 'STORY',
            title: '  Sign-up form  ',
            description: 'As a visitor I can **sign up**.',
            priority: 'HIGH',
            estimate: 5,
            assigneeId: team.member.userId,
            labelIds: [bugLabel, bugLabel],
            dueDate: '2026-12-24',
          },
        },
        { token: team.member.token },
      ),
    ).createWorkItem.workItem;
    expect(created).toMatchObject({
      key: 'LIFE-1',
      number: 1,
      type: 'STORY',
      title: 'Sign-up form',
      description: 'As a visitor I can **sign up**.',
      priority: 'HIGH',
      estimate: 5,
      dueDate: '2026-12-24',
      version: 1,
      archivedAt: null,
      assignee: { id: team.member.userId },
      reporter: { id: team.member.userId },
      labels: [{ id: bugLabel, name: 'bug' }],
      parent: null,
      project: { id: team.project.id },
    });

    const read = dataOf(await graphql(stack.routerUrl, ops.item, { id: created.id }, { token: team.viewer.token }));
    expect(read.workItem).toEqual(created);
    const byKey = dataOf(await graphql(stack.routerUrl, ops.byKey, { key: 'LIFE-1' }, { token: team.viewer.token }));
    expect(byKey.workItemByKey).toEqual({ id: created.id, key: 'LIFE-1' });

    const updated = dataOf(
      await graphql(
        stack.routerUrl,
        ops.update,
        {
          input: {
            id: created.id,
            expectedVersion: 1,
            title: 'Sign-up form v2',
            priority: 'LOW',
            estimate: null,
            assigneeId: null,
            labelIds: [],
            dueDate: '2027-01-02',
          },
        },
        { token: team.member.token },
      ),
    ).updateWorkItem.workItem;
    expect(updated).toMatchObject({
      title: 'Sign-up form v2',
      priority: 'LOW',
      estimate: null,
      assignee: null,
      labels: [],
      dueDate: '2027-01-02',
      description: created.description,
      version: 2,
    });

    const archived = dataOf(
      await graphql(stack.routerUrl, ops.archive, { input: { id: created.id } }, { token: team.member.token }),
    ).archiveWorkItem.workItem;
    expect(archived.archivedAt).toEqual(expect.any(String));
    expect(archived.version).toBe(3);
    const again = await graphql(
      stack.routerUrl,
      ops.archive,
      { input: { id: created.id } },
      { token: team.member.token },
    );
    expect(errorOf(again).code).toBe('CONFLICT');

    const restored = dataOf(
      await graphql(stack.routerUrl, ops.restore, { input: { id: created.id } }, { token: team.member.token }),
    ).restoreWorkItem.workItem;
    expect(restored).toMatchObject({ archivedAt: null, version: 4 });
    const restoreAgain = await graphql(
      stack.routerUrl,
      ops.restore,
      { input: { id: created.id } },
      { token: team.member.token },
    );
    expect(errorOf(restoreAgain).code).toBe('CONFLICT');

    const history = dataOf(
      await graphql(stack.routerUrl, ops.history, { id: created.id }, { token: team.admin.token }),
    );
    const entries = history.workItem.history.edges.map(
      (e: { node: { field: string; oldValue: string | null; newValue: string | null } }) => [
        e.node.field,
        e.node.oldValue,
        e.node.newValue,
      ],
    );
    expect(entries).toEqual(
      expect.arrayContaining([
        ['created', null, 'LIFE-1'],
        ['state', null, 'Backlog'],
        ['title', 'Sign-up form', 'Sign-up form v2'],
        ['priority', 'HIGH', 'LOW'],
        ['estimate', '5', null],
        ['assignee', team.member.userId, null],
        ['labels', bugLabel, null],
        ['dueDate', '2026-12-24', '2027-01-02'],
        ['archived', 'false', 'true'],
        ['archived', 'true', 'false'],
      ]),
    );
    expect(entries).toHaveLength(10);

    const byMember = await graphql(
      stack.routerUrl,
      ops.remove,
      { input: { id: created.id } },
      { token: team.member.token },
    );
    expect(errorOf(byMember).code).toBe('FORBIDDEN');
    const removed = dataOf(
      await graphql(stack.routerUrl, ops.remove, { input: { id: created.id } }, { token: team.admin.token }),
    );
    expect(removed.deleteWorkItem.deletedWorkItemId).toBe(created.id);
    const gone = await graphql(stack.routerUrl, ops.item, { id: created.id }, { token: team.admin.token });
    expect(errorOf(gone).code).toBe('NOT_FOUND');
  });

  it('leaves the version and history alone when an update changes nothing', async () => {
    const item = await createWorkItem(stack, team.member.token, {
      projectId: team.project.id,
      title: 'Same',
      priority: 'MEDIUM',
    });
    const res = await graphql(
      stack.routerUrl,
      ops.update,
      { input: { id: item.id, expectedVersion: 1, title: ' Same ', priority: 'MEDIUM', assigneeId: null } },
      { token: team.member.token },
    );
    expect(dataOf(res).updateWorkItem.workItem.version).toBe(1);
    const history = dataOf(await graphql(stack.routerUrl, ops.history, { id: item.id }, { token: team.member.token }));
    expect(history.workItem.history.edges).toHaveLength(2);
  });

  it('rejects a stale expectedVersion with CONFLICT and the current version, changing nothing', async () => {
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Original' });
    dataOf(
      await graphql(
        stack.routerUrl,
        ops.update,
        { input: { id: item.id, expectedVersion: 1, title: 'First' } },
        { token: team.member.token },
      ),
    );
    const stale = await graphql(
      stack.routerUrl,
      ops.update,
      { input: { id: item.id, expectedVersion: 1, title: 'Second' } },
      { token: team.member.token },
    );
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/reload/) });
    expect(stale.body.errors?.[0]?.extensions?.currentVersion).toBe(2);
    const read = dataOf(await graphql(stack.routerUrl, ops.item, { id: item.id }, { token: team.member.token }));
    expect(read.workItem).toMatchObject({ title: 'First', version: 2 });
  });

  it('does not delete an item that has children', async () => {
    const epic = await createWorkItem(stack, team.member.token, { projectId: team.project.id, type: 'EPIC' });
    await createWorkItem(stack, team.member.token, { projectId: team.project.id, type: 'STORY', parentId: epic.id });
    const res = await graphql(stack.routerUrl, ops.remove, { input: { id: epic.id } }, { token: team.admin.token });
    expect(errorOf(res).code).toBe('CONFLICT');
  });
});

describe('work item permissions', () => {
  let team: ProjectTeam;
  let itemId: string;
  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    itemId = (await createWorkItem(stack, team.member.token, { projectId: team.project.id })).id;
  });

  it('lets a viewer read but not create, change, archive, restore, delete or bulk-update items', async () => {
    expect(dataOf(await graphql(stack.routerUrl, ops.item, { id: itemId }, { token: team.viewer.token }))).toBeTruthy();
    const token = team.viewer.token;
    const attempts = await Promise.all([
      graphql(
        stack.routerUrl,
        ops.create,
        { input: { projectId: team.project.id, type: 'TASK', title: 'x' } },
        { token },
      ),
      graphql(stack.routerUrl, ops.update, { input: { id: itemId, expectedVersion: 1, title: 'x' } }, { token }),
      graphql(stack.routerUrl, ops.archive, { input: { id: itemId } }, { token }),
      graphql(stack.routerUrl, ops.restore, { input: { id: itemId } }, { token }),
      graphql(stack.routerUrl, ops.remove, { input: { id: itemId } }, { token }),
      graphql(stack.routerUrl, ops.bulk, { input: { ids: [itemId], changes: { priority: 'HIGH' } } }, { token }),
    ]);
    for (const res of attempts) expect(errorOf(res).code).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND to someone outside the project, as for an unknown item', async () => {
    const token = team.outsider.token;
    const unknownId = Buffer.from('WorkItem:00000000-0000-4000-8000-000000000000').toString('base64url');
    const attempts = await Promise.all([
      graphql(stack.routerUrl, ops.item, { id: itemId }, { token }),
      graphql(stack.routerUrl, ops.item, { id: unknownId }, { token: team.admin.token }),
      graphql(
        stack.routerUrl,
        ops.create,
        { input: { projectId: team.project.id, type: 'TASK', title: 'x' } },
        { token },
      ),
      graphql(stack.routerUrl, ops.update, { input: { id: itemId, expectedVersion: 1, title: 'x' } }, { token }),
      graphql(stack.routerUrl, ops.restore, { input: { id: itemId } }, { token }),
      graphql(stack.routerUrl, ops.remove, { input: { id: itemId } }, { token }),
      graphql(stack.routerUrl, ops.bulk, { input: { ids: [itemId], changes: { priority: 'HIGH' } } }, { token }),
      graphql(stack.routerUrl, ops.byKey, { key: `${team.project.key}-1` }, { token }),
    ]);
    for (const res of attempts) expect(errorOf(res).code).toBe('NOT_FOUND');
  });

  it('resolves an item through node(id) for project members and gives outsiders null', async () => {
    const query = `query($id: ID!) { node(id: $id) { id ... on WorkItem { key title project { key } } } }`;
    const seen = dataOf(await graphql(stack.routerUrl, query, { id: itemId }, { token: team.viewer.token }));
    expect(seen.node).toEqual({
      id: itemId,
      key: `${team.project.key}-1`,
      title: 'A task',
      project: { key: team.project.key },
    });
    const hidden = await graphql(stack.routerUrl, query, { id: itemId }, { token: team.outsider.token });
    expect(hidden.body.data?.node ?? null).toBeNull();
    expect(JSON.stringify(hidden.body)).not.toContain('A task');
  });
});

describe('failing input', () => {
  let team: ProjectTeam;
  let other: ProjectTeam;
  let itemId: string;
  beforeAll(async () => {
    [team, other] = await Promise.all([seedProjectTeam(stack), seedProjectTeam(stack)]);
    itemId = (await createWorkItem(stack, team.member.token, { projectId: team.project.id })).id;
  });

  it('names the bad createWorkItem input field', async () => {
    const foreignLabel = await label(other.admin.token, other.project.id, 'foreign');
    const base = { projectId: team.project.id, type: 'TASK', title: 'ok' };
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '   ' }, 'input.title'],
      [{ title: 'x'.repeat(256) }, 'input.title'],
      [{ description: 'x'.repeat(100_001) }, 'input.description'],
      [{ estimate: -1 }, 'input.estimate'],
      [{ estimate: 1000.5 }, 'input.estimate'],
      [{ projectId: 'nope' }, 'input.projectId'],
      [{ assigneeId: team.outsider.userId }, 'input.assigneeId'],
      [{ labelIds: [foreignLabel] }, 'input.labelIds.0'],
      [{ labelIds: [itemId] }, 'input.labelIds.0'],
      [{ clientMutationId: 'c'.repeat(101) }, 'input.clientMutationId'],
      [{ parentId: 'bad' }, 'input.parentId'],
    ];
    for (const [change, field] of cases) {
      const res = await graphql(
        stack.routerUrl,
        ops.create,
        { input: { ...base, ...change } },
        { token: team.member.token },
      );
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('names the bad updateWorkItem input field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: null }, 'input.title'],
      [{ title: '' }, 'input.title'],
      [{ type: null }, 'input.type'],
      [{ priority: null }, 'input.priority'],
      [{ estimate: 2000 }, 'input.estimate'],
      [{ assigneeId: team.outsider.userId }, 'input.assigneeId'],
      [{ id: 'x' }, 'input.id'],
    ];
    for (const [change, field] of cases) {
      const res = await graphql(
        stack.routerUrl,
        ops.update,
        { input: { id: itemId, expectedVersion: 1, ...change } },
        { token: team.member.token },
      );
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('names the bad id of archive, restore and delete', async () => {
    for (const op of [ops.archive, ops.restore, ops.remove]) {
      const res = await graphql(stack.routerUrl, op, { input: { id: team.project.id } }, { token: team.admin.token });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    }
  });

  it('names the bad bulkUpdateWorkItems input field', async () => {
    const foreign = await createWorkItem(stack, other.admin.token, { projectId: other.project.id });
    const token = team.member.token;
    const cases: [Record<string, unknown>, string][] = [
      [{ ids: [], changes: { priority: 'HIGH' } }, 'input.ids'],
      [{ ids: Array.from({ length: 1001 }, () => itemId), changes: {} }, 'input.ids'],
      [{ ids: [itemId, itemId], changes: {} }, 'input.ids.1'],
      [{ ids: [itemId, 'junk'], changes: {} }, 'input.ids.1'],
      [{ ids: [itemId], changes: { priority: null } }, 'input.changes.priority'],
      [{ ids: [itemId], changes: { assigneeId: team.outsider.userId } }, 'input.changes.assigneeId'],
      [{ ids: [itemId], changes: { toStateId: itemId } }, 'input.changes.toStateId'],
      [{ ids: [itemId], changes: { addLabelIds: ['junk'] } }, 'input.changes.addLabelIds.0'],
    ];
    for (const [input, field] of cases) {
      const res = await graphql(stack.routerUrl, ops.bulk, { input }, { token });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    // An item of a project the member cannot read is NOT_FOUND, like an unknown one.
    const unreadable = await graphql(
      stack.routerUrl,
      ops.bulk,
      { input: { ids: [itemId, foreign.id], changes: {} } },
      { token },
    );
    expect(errorOf(unreadable).code).toBe('NOT_FOUND');
    // Readable but of another project: BAD_USER_INPUT naming the item.
    const second = await createProject(stack, team.admin.token, team.organizationId);
    const secondItem = await createWorkItem(stack, team.admin.token, { projectId: second.id });
    const mixed = await graphql(
      stack.routerUrl,
      ops.bulk,
      { input: { ids: [itemId, secondItem.id], changes: {} } },
      { token: team.admin.token },
    );
    expect(errorOf(mixed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ids.1' });
  });

  it('rejects a malformed key and asks for the organization when a key is ambiguous', async () => {
    for (const key of ['web-1', 'WEB-0', 'WEB-01', 'W-1', 'WEB1', 'TOOLONGKEY12-3']) {
      const res = await graphql(stack.routerUrl, ops.byKey, { key }, { token: team.admin.token });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'key' });
    }
    const missing = await graphql(stack.routerUrl, ops.byKey, { key: 'NOPE-1' }, { token: team.admin.token });
    expect(errorOf(missing).code).toBe('NOT_FOUND');

    // The same admin owns two organizations, each with a project keyed DUPE.
    const admin = team.admin;
    const orgA = await createOrganization(stack, admin.token);
    const orgB = await createOrganization(stack, admin.token);
    const projectA = await createProject(stack, admin.token, orgA.id, { key: 'DUPE' });
    const projectB = await createProject(stack, admin.token, orgB.id, { key: 'DUPE' });
    const itemA = await createWorkItem(stack, admin.token, { projectId: projectA.id });
    const itemB = await createWorkItem(stack, admin.token, { projectId: projectB.id });
    const ambiguous = await graphql(stack.routerUrl, ops.byKey, { key: 'DUPE-1' }, { token: admin.token });
    expect(errorOf(ambiguous)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organizationId' });
    const a = dataOf(
      await graphql(stack.routerUrl, ops.byKey, { key: 'DUPE-1', organizationId: orgA.id }, { token: admin.token }),
    );
    const b = dataOf(
      await graphql(stack.routerUrl, ops.byKey, { key: 'DUPE-1', organizationId: orgB.id }, { token: admin.token }),
    );
    expect([a.workItemByKey.id, b.workItemByKey.id]).toEqual([itemA.id, itemB.id]);
  });
});

describe('bulk update', () => {
  let team: ProjectTeam;
  beforeAll(async () => {
    team = await seedProjectTeam(stack);
  });

  it('applies every change to every item, each with a version bump, in the order of ids', async () => {
    const urgent = await label(team.admin.token, team.project.id, 'urgent');
    const states = await workflowStates(stack, team.member.token, team.project.id);
    const todo = states.find((s) => s.name === 'To do')!;
    const items = await Promise.all(
      [1, 2, 3].map((n) =>
        createWorkItem(stack, team.member.token, { projectId: team.project.id, title: `Bulk ${n}` }),
      ),
    );
    const ids = items.map((i) => i.id).reverse();
    const res = await graphql(
      stack.routerUrl,
      ops.bulk,
      {
        input: {
          ids,
          changes: {
            toStateId: todo.id,
            priority: 'URGENT',
            assigneeId: team.member.userId,
            addLabelIds: [urgent],
            dueDate: '2027-03-01',
          },
        },
      },
      { token: team.member.token },
    );
    const updated = dataOf(res).bulkUpdateWorkItems.workItems;
    expect(updated.map((i: { id: string }) => i.id)).toEqual(ids);
    for (const item of updated) {
      expect(item).toMatchObject({
        version: 2,
        priority: 'URGENT',
        assignee: { id: team.member.userId },
        dueDate: '2027-03-01',
        labels: [{ id: urgent }],
        state: { id: todo.id, name: 'To do' },
      });
    }
    const removed = dataOf(
      await graphql(
        stack.routerUrl,
        ops.bulk,
        { input: { ids, changes: { removeLabelIds: [urgent], priority: 'URGENT' } } },
        { token: team.member.token },
      ),
    ).bulkUpdateWorkItems.workItems;
    for (const item of removed) expect(item).toMatchObject({ version: 3, labels: [] });
  });

  it('changes nothing when one item fails (all or nothing)', async () => {
    const good = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Good' });
    const unknownId = Buffer.from('WorkItem:00000000-0000-4000-8000-000000000001').toString('base64url');
    const res = await graphql(
      stack.routerUrl,
      ops.bulk,
      { input: { ids: [good.id, unknownId], changes: { priority: 'HIGH' } } },
      { token: team.member.token },
    );
    expect(errorOf(res).code).toBe('NOT_FOUND');

    // A transition the workflow refuses for one item rolls back the others' changes too.
    const states = await workflowStates(stack, team.admin.token, team.project.id);
    const done = states.find((s) => s.category === 'DONE')!;
    const backlog = states.find((s) => s.name === 'Backlog')!;
    const mover = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Mover' });
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($input: RemoveWorkflowTransitionInput!) {
            removeWorkflowTransition(input: $input) {
              workflow {
                initialState {
                  id
                }
              }
            }
          }
        `,
        { input: { fromStateId: backlog.id, toStateId: done.id } },
        { token: team.admin.token },
      ),
    );
    const refused = await graphql(
      stack.routerUrl,
      ops.bulk,
      { input: { ids: [good.id, mover.id], changes: { priority: 'HIGH', toStateId: done.id } } },
      { token: team.member.token },
    );
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes.toStateId' });
    for (const id of [good.id, mover.id]) {
      const read = dataOf(await graphql(stack.routerUrl, ops.item, { id }, { token: team.member.token }));
      expect(read.workItem).toMatchObject({ priority: 'NONE', version: 1 });
    }
  });
});
