import { bulkUpdateWorkItems } from '../../subgraphs/work-items/data/bulk-update-work-items';
import { projectSettingsOf } from '../../subgraphs/work-items/data/project-reads';
import { PrismaClient } from '../../subgraphs/work-items/generated/prisma/client';
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
import { useRecordedClient } from '../testkit/statement-recorder';

const stack = useTestStack();

/** This file's own work-items client, whose statements the last test counts. */
const recorded = useRecordedClient(stack, PrismaClient, 'work_items');

const bulk = `mutation ($input: BulkUpdateWorkItemsInput!) {
  bulkUpdateWorkItems(input: $input) {
    workItems { id version estimate priority labels { id } state { name } }
    failures { workItemId index code field message }
  }
}`;
const itemQuery = `query ($id: ID!) {
  workItem(id: $id) { version estimate priority labels { id } state { name } history(first: 20) { nodes { field newValue } } }
}`;
const createLabel = `mutation ($input: CreateLabelInput!) { createLabel(input: $input) { label { id } } }`;
const removeTransition = `mutation ($input: RemoveWorkflowTransitionInput!) {
  removeWorkflowTransition(input: $input) { workflow { initialState { id } } }
}`;

const run = (variables: Record<string, unknown>, token: string) => graphql(stack.routerUrl, bulk, variables, { token });
const unknownItemId = Buffer.from('WorkItem:00000000-0000-4000-8000-00000000b01c').toString('base64url');

async function itemsOf(team: ProjectTeam, count: number) {
  const items = [];
  for (let n = 1; n <= count; n += 1) {
    items.push(await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: `Bulk ${n}` }));
  }
  return items;
}

async function newLabel(team: ProjectTeam, name: string): Promise<string> {
  const input = { projectId: team.project.id, name, color: '#118833' };
  return dataOf(await graphql(stack.routerUrl, createLabel, { input }, { token: team.admin.token })).createLabel.label
    .id;
}

async function read(id: string, token: string) {
  return dataOf(await graphql(stack.routerUrl, itemQuery, { id }, { token })).workItem;
}

async function eventTypesOf(workItemId: string): Promise<string[]> {
  const rows = await querySql<{ type: string }>(
    stack,
    `SELECT envelope->>'type' AS type FROM work_items.outbox WHERE envelope->>'aggregateId' = $1 ORDER BY seq`,
    [rawId(workItemId)],
  );
  return rows.map((row) => row.type);
}

describe('bulkUpdateWorkItems', () => {
  test('sets and clears the estimate of every item, with a history entry each', async () => {
    const team = await seedProjectTeam(stack);
    const items = await itemsOf(team, 2);
    const ids = items.map((item) => item.id);
    const set = dataOf(await run({ input: { ids, changes: { estimate: 3.5 } } }, team.member.token));
    expect(set.bulkUpdateWorkItems).toMatchObject({
      workItems: [
        { id: ids[0], estimate: 3.5, version: 2 },
        { id: ids[1], estimate: 3.5, version: 2 },
      ],
      failures: [],
    });
    dataOf(await run({ input: { ids, changes: { estimate: null } } }, team.member.token));
    const after = await read(ids[0]!, team.viewer.token);
    expect(after.estimate).toBeNull();
    expect(after.history.nodes.filter((entry: { field: string }) => entry.field === 'estimate')).toEqual([
      { field: 'estimate', newValue: '3.5' },
      { field: 'estimate', newValue: null },
    ]);
  });

  test('a stale expected version fails the whole atomic update with CONFLICT on its entry', async () => {
    const team = await seedProjectTeam(stack);
    const [first, second] = await itemsOf(team, 2);
    const expectedVersions = [
      { id: first!.id, version: 1 },
      { id: second!.id, version: 7 },
    ];
    const res = await run(
      { input: { ids: [first!.id, second!.id], changes: { priority: 'HIGH' }, expectedVersions } },
      team.member.token,
    );
    expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', field: 'input.expectedVersions.1' });
    expect(await read(first!.id, team.member.token)).toMatchObject({ priority: 'NONE', version: 1 });

    const fresh = [expectedVersions[0], { id: second!.id, version: 1 }];
    const ok = dataOf(
      await run(
        { input: { ids: [first!.id, second!.id], changes: { priority: 'HIGH' }, expectedVersions: fresh } },
        team.member.token,
      ),
    );
    expect(ok.bulkUpdateWorkItems.workItems.map((item: { version: number }) => item.version)).toEqual([2, 2]);
  });

  test('with atomic: false, the items that can change do, and each other one is reported with its code and field', async () => {
    const team = await seedProjectTeam(stack);
    const states = await workflowStates(stack, team.admin.token, team.project.id);
    const backlog = states.find((state) => state.name === 'Backlog')!;
    const todo = states.find((state) => state.category === 'TODO')!;
    const done = states.find((state) => state.category === 'DONE')!;
    const label = await newLabel(team, 'shipped');
    dataOf(
      await graphql(
        stack.routerUrl,
        removeTransition,
        { input: { fromStateId: backlog.id, toStateId: done.id } },
        { token: team.admin.token },
      ),
    );
    const [ready, stuck, stale] = await itemsOf(team, 3);
    dataOf(await run({ input: { ids: [ready!.id, stale!.id], changes: { toStateId: todo.id } } }, team.member.token));

    const ids = [ready!.id, unknownItemId, stuck!.id, stale!.id];
    const res = dataOf(
      await run(
        {
          input: {
            ids,
            changes: { toStateId: done.id, addLabelIds: [label] },
            expectedVersions: [{ id: stale!.id, version: 1 }],
            atomic: false,
          },
        },
        team.member.token,
      ),
    ).bulkUpdateWorkItems;

    expect(res.workItems).toEqual([
      {
        id: ready!.id,
        version: 3,
        estimate: null,
        priority: 'NONE',
        labels: [{ id: label }],
        state: { name: done.name },
      },
    ]);
    expect(res.failures.map(({ message: _message, ...failure }: { message: string }) => failure)).toEqual([
      { workItemId: unknownItemId, index: 1, code: 'NOT_FOUND', field: null },
      { workItemId: stuck!.id, index: 2, code: 'BAD_USER_INPUT', field: 'input.changes.toStateId' },
      { workItemId: stale!.id, index: 3, code: 'CONFLICT', field: 'input.expectedVersions.0' },
    ]);
    // Nothing of a refused item is written, not even the label that came with its transition.
    expect(await read(stuck!.id, team.member.token)).toMatchObject({
      version: 1,
      labels: [],
      state: { name: 'Backlog' },
    });
    expect(await eventTypesOf(stuck!.id)).toEqual(['work_item.created']);
    expect(await eventTypesOf(ready!.id)).toEqual([
      'work_item.created',
      'work_item.transitioned',
      'work_item.transitioned',
    ]);
  });

  test('a transition that requires labels counts the labels the same call adds or removes', async () => {
    const team = await seedProjectTeam(stack);
    const states = await workflowStates(stack, team.admin.token, team.project.id);
    const [first] = states;
    const doing = states.find((state) => state.category === 'IN_PROGRESS')!;
    const setTransition = `mutation ($input: SetWorkflowTransitionInput!) {
      setWorkflowTransition(input: $input) { transition { id } } }`;
    const input = { fromStateId: first!.id, toStateId: doing.id, requiredFields: ['LABELS'] };
    dataOf(await graphql(stack.routerUrl, setTransition, { input }, { token: team.admin.token }));
    const label = await newLabel(team, 'triaged');
    const [bare, other] = await itemsOf(team, 2);
    const labelled = await createWorkItem(stack, team.member.token, {
      projectId: team.project.id,
      title: 'Labelled',
      labelIds: [label],
    });

    const adding = dataOf(
      await run(
        { input: { ids: [bare!.id, other!.id], changes: { toStateId: doing.id, addLabelIds: [label] } } },
        team.member.token,
      ),
    ).bulkUpdateWorkItems;
    expect(adding.workItems.map((item: { labels: unknown; state: unknown }) => [item.labels, item.state])).toEqual([
      [[{ id: label }], { name: doing.name }],
      [[{ id: label }], { name: doing.name }],
    ]);

    const removing = dataOf(
      await run(
        { input: { ids: [labelled.id], changes: { toStateId: doing.id, removeLabelIds: [label] }, atomic: false } },
        team.member.token,
      ),
    ).bulkUpdateWorkItems;
    expect(removing.workItems).toEqual([]);
    expect(removing.failures).toMatchObject([
      { workItemId: labelled.id, code: 'BAD_USER_INPUT', field: 'input.changes.toStateId' },
    ]);
    expect(await read(labelled.id, team.member.token)).toMatchObject({
      version: 1,
      labels: [{ id: label }],
      state: { name: first!.name },
    });
  });

  test('with atomic: false, items nobody can find are failures rather than an error', async () => {
    const team = await seedProjectTeam(stack);
    const [item] = await itemsOf(team, 1);
    const res = dataOf(
      await run({ input: { ids: [item!.id], changes: { priority: 'LOW' }, atomic: false } }, team.outsider.token),
    ).bulkUpdateWorkItems;
    expect(res).toMatchObject({ workItems: [], failures: [{ workItemId: item!.id, index: 0, code: 'NOT_FOUND' }] });
    expect(await read(item!.id, team.member.token)).toMatchObject({ priority: 'NONE', version: 1 });
  });

  test('a VIEWER is refused whole, atomic or not', async () => {
    const team = await seedProjectTeam(stack);
    const [item] = await itemsOf(team, 1);
    for (const atomic of [true, false]) {
      const res = await run({ input: { ids: [item!.id], changes: { priority: 'LOW' }, atomic } }, team.viewer.token);
      expect(errorOf(res).code).toBe('FORBIDDEN');
    }
  });

  test.each([
    ['an expected version of an item not in ids', 'other', 'input.expectedVersions.0.id'],
    ['two expected versions of one item', 'twice', 'input.expectedVersions.1.id'],
    ['a negative estimate', 'estimate', 'input.changes.estimate'],
  ])('%s is BAD_USER_INPUT on its field', async (_what, mistake, field) => {
    const team = await seedProjectTeam(stack);
    const [item, other] = await itemsOf(team, 2);
    const input = {
      ids: [item!.id],
      changes: { estimate: mistake === 'estimate' ? -1 : 2 },
      expectedVersions:
        mistake === 'other'
          ? [{ id: other!.id, version: 1 }]
          : mistake === 'twice'
            ? [
                { id: item!.id, version: 1 },
                { id: item!.id, version: 1 },
              ]
            : [],
      atomic: false,
    };
    expect(errorOf(await run({ input }, team.member.token))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('changes the type where the hierarchy allows it and the time estimate, each item failing on its own', async () => {
    const team = await seedProjectTeam(stack);
    const create = (input: Record<string, unknown>) =>
      createWorkItem(stack, team.member.token, { projectId: team.project.id, ...input });
    const epic = await create({ type: 'EPIC', title: 'Checkout' });
    const story = await create({ type: 'STORY', title: 'Pay by card', parentId: epic.id });
    const task = await create({ type: 'TASK', title: 'Refunds' });
    await create({ type: 'SUBTASK', title: 'Partial refunds', parentId: task.id });
    const lone = await create({ type: 'TASK', title: 'Receipts' });
    const typed = `mutation ($input: BulkUpdateWorkItemsInput!) {
      bulkUpdateWorkItems(input: $input) { workItems { id type timeEstimateMinutes } failures { index code field } }
    }`;
    const update = (changes: Record<string, unknown>, atomic = true) =>
      graphql(
        stack.routerUrl,
        typed,
        { input: { ids: [story.id, task.id, lone.id], changes, atomic } },
        { token: team.member.token },
      );

    // An epic holds no subtask, and a subtask holds nothing: only the lone task may become one.
    const partly = dataOf(await update({ type: 'SUBTASK', timeEstimateMinutes: 90 }, false)).bulkUpdateWorkItems;
    expect(partly).toEqual({
      workItems: [{ id: lone.id, type: 'SUBTASK', timeEstimateMinutes: 90 }],
      failures: [
        { index: 0, code: 'BAD_USER_INPUT', field: 'input.changes.type' },
        { index: 1, code: 'BAD_USER_INPUT', field: 'input.changes.type' },
      ],
    });
    const all = dataOf(await update({ type: 'BUG', timeEstimateMinutes: null })).bulkUpdateWorkItems;
    expect(all.workItems).toEqual([
      { id: story.id, type: 'BUG', timeEstimateMinutes: null },
      { id: task.id, type: 'BUG', timeEstimateMinutes: null },
      { id: lone.id, type: 'BUG', timeEstimateMinutes: null },
    ]);
    const history = (await read(lone.id, team.member.token)).history.nodes.map(
      (entry: { field: string }) => entry.field,
    );
    // Two changes, each with an entry per field (entries of one change share their time, in no order).
    expect(history.filter((field: string) => field === 'type' || field === 'timeEstimate').sort()).toEqual([
      'timeEstimate',
      'timeEstimate',
      'type',
      'type',
    ]);
    expect(errorOf(await update({ timeEstimateMinutes: -1 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.changes.timeEstimateMinutes',
    });
    expect(errorOf(await update({ type: null }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.changes.type',
    });
  });

  test('moves every item with its subtree under a new parent or to the top, each item failing on its own', async () => {
    const team = await seedProjectTeam(stack);
    const create = (input: Record<string, unknown>) =>
      createWorkItem(stack, team.member.token, { projectId: team.project.id, ...input });
    const epic = await create({ type: 'EPIC', title: 'Checkout' });
    const otherEpic = await create({ type: 'EPIC', title: 'Search' });
    const story = await create({ type: 'STORY', title: 'Pay by card', parentId: epic.id });
    const subtask = await create({ type: 'SUBTASK', title: 'Card form', parentId: story.id });
    const task = await create({ type: 'TASK', title: 'Receipts' });
    const moved = `mutation ($input: BulkUpdateWorkItemsInput!) {
      bulkUpdateWorkItems(input: $input) { workItems { id parent { id } } failures { index code field } }
    }`;
    const move = (ids: string[], parentId: string | null, atomic = true) =>
      graphql(stack.routerUrl, moved, { input: { ids, changes: { parentId }, atomic } }, { token: team.member.token });
    const ancestorsOf = async (id: string) =>
      dataOf(
        await graphql(
          stack.routerUrl,
          `
            query ($id: ID!) {
              workItem(id: $id) {
                ancestors {
                  id
                }
              }
            }
          `,
          { id },
          {
            token: team.member.token,
          },
        ),
      ).workItem.ancestors.map((ancestor: { id: string }) => ancestor.id);

    // An epic holds no epic: only the story (with its subtask) and the task move.
    const partly = dataOf(await move([story.id, task.id, epic.id], otherEpic.id, false)).bulkUpdateWorkItems;
    expect(partly).toEqual({
      workItems: [
        { id: story.id, parent: { id: otherEpic.id } },
        { id: task.id, parent: { id: otherEpic.id } },
      ],
      failures: [{ index: 2, code: 'BAD_USER_INPUT', field: 'input.changes.parentId' }],
    });
    expect(await ancestorsOf(subtask.id)).toEqual([otherEpic.id, story.id]);
    const history = (await read(story.id, team.member.token)).history.nodes.map(
      (entry: { field: string }) => entry.field,
    );
    expect(history).toContain('parent');

    expect(dataOf(await move([story.id], null)).bulkUpdateWorkItems.workItems).toEqual([
      { id: story.id, parent: null },
    ]);
    expect(await ancestorsOf(subtask.id)).toEqual([story.id]);
    expect(errorOf(await move([story.id], subtask.id))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.changes.parentId',
    });
    expect(errorOf(await move([task.id], unknownItemId))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.changes.parentId',
    });
    expect(await ancestorsOf(task.id)).toEqual([otherEpic.id]);
  });

  test('sets custom field values on every item and keeps the fields not listed, refusing a bad value on its field', async () => {
    const team = await seedProjectTeam(stack);
    const field = async (input: Record<string, unknown>) =>
      dataOf(
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
          { input: { projectId: team.project.id, ...input } },
          { token: team.admin.token },
        ),
      ).createCustomField.customField.id as string;
    const size = await field({ name: 'Size', type: 'SELECT', options: ['S', 'M', 'L'] });
    const cost = await field({ name: 'Cost', type: 'NUMBER' });
    const [first, second] = await itemsOf(team, 2);
    const valued = `mutation ($input: BulkUpdateWorkItemsInput!) {
      bulkUpdateWorkItems(input: $input) {
        workItems { customFields { field { name } ... on SelectFieldValue { option } ... on NumberFieldValue { number } } }
      }
    }`;
    const update = (customFields: unknown[]) =>
      graphql(
        stack.routerUrl,
        valued,
        { input: { ids: [first!.id, second!.id], changes: { customFields } } },
        { token: team.member.token },
      );
    dataOf(await update([{ fieldId: cost, number: 120 }]));
    const both = dataOf(await update([{ fieldId: size, option: 'M' }])).bulkUpdateWorkItems.workItems;
    expect(both).toEqual([
      {
        customFields: [
          { field: { name: 'Size' }, option: 'M' },
          { field: { name: 'Cost' }, number: 120 },
        ],
      },
      {
        customFields: [
          { field: { name: 'Size' }, option: 'M' },
          { field: { name: 'Cost' }, number: 120 },
        ],
      },
    ]);
    expect(errorOf(await update([{ fieldId: size, option: 'XL' }]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.changes.customFields.0.option',
    });
    expect(errorOf(await update([{ fieldId: 'nope', option: 'S' }]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.changes.customFields.0.fieldId',
    });
    const history = (await read(first!.id, team.member.token)).history.nodes.map(
      (entry: { field: string }) => entry.field,
    );
    expect(history.filter((name: string) => name.startsWith('customField:')).sort()).toEqual(
      [`customField:${cost}`, `customField:${size}`].sort(),
    );
  });

  it('moves the items into the target column after the cards there, in the order given, each with a rank of its own', async () => {
    const team = await seedProjectTeam(stack);
    const states = await workflowStates(stack, team.admin.token, team.project.id);
    const todo = states.find((state) => state.category === 'TODO')!;
    const [first, ...rest] = await itemsOf(team, 5);
    dataOf(await run({ input: { ids: [first!.id], changes: { toStateId: todo.id } } }, team.member.token));
    const order = [rest[2]!, rest[0]!, rest[3]!, rest[1]!].map((item) => item.id);
    dataOf(await run({ input: { ids: order, changes: { toStateId: todo.id } } }, team.member.token));
    const rows = await querySql<{ id: string; rank: string }>(
      stack,
      'SELECT id::text, rank FROM work_items.work_item WHERE state_id = $1 ORDER BY rank COLLATE "C", id',
      [rawId(todo.id)],
    );
    expect(rows.map((row) => row.id)).toEqual([first!.id, ...order].map(rawId));
    expect(new Set(rows.map((row) => row.rank)).size).toBe(5);
  });

  describe('statements per item are constant in the number of items', () => {
    async function statementsPerItem(change: (round: number, team: ProjectTeam) => Promise<Record<string, unknown>>) {
      const team = await seedProjectTeam(stack);
      const items = await itemsOf(team, 6);
      const actor = { userId: rawId(team.member.userId), at: new Date() };
      const [settings] = await projectSettingsOf(recorded.client, [rawId(team.project.id)]);
      const statementsFor = async (count: number, round: number) => {
        const input = {
          items: items.slice(0, count).map((item, index) => ({ id: rawId(item.id), index })),
          projectId: rawId(team.project.id),
          role: 'MEMBER' as const,
          settings: settings!,
          addLabelIds: [],
          removeLabelIds: [],
          labelById: new Map(),
          expectedVersions: new Map(),
          atomic: false,
          ...(await change(round, team)),
        };
        recorded.statements.length = 0;
        const failures = await recorded.client.$transaction((tx) => bulkUpdateWorkItems(tx, actor, input));
        expect(failures).toEqual([]);
        return recorded.statements.length;
      };
      const two = await statementsFor(2, 1);
      const four = await statementsFor(4, 2);
      const six = await statementsFor(6, 3);
      expect(six - four).toBe(four - two);
      return (four - two) / 2;
    }

    test('a change of fields takes none for each further item: every row and its history are written at once', async () => {
      expect(await statementsPerItem(async (round) => ({ estimate: round }))).toBe(0);
    });

    test('a transition takes none for each further item: the workflow and the column are read once per pair of states', async () => {
      const team = await seedProjectTeam(stack);
      const items = await itemsOf(team, 8);
      const todo = (await workflowStates(stack, team.admin.token, team.project.id)).find((s) => s.category === 'TODO')!;
      const [settings] = await projectSettingsOf(recorded.client, [rawId(team.project.id)]);
      const statementsFor = async (some: typeof items) => {
        const input = {
          items: some.map((item, index) => ({ id: rawId(item.id), index })),
          projectId: rawId(team.project.id),
          role: 'MEMBER' as const,
          settings: settings!,
          toStateId: rawId(todo.id),
          addLabelIds: [],
          removeLabelIds: [],
          labelById: new Map(),
          expectedVersions: new Map(),
          atomic: false,
        };
        recorded.statements.length = 0;
        const actor = { userId: rawId(team.member.userId), at: new Date() };
        expect(await recorded.client.$transaction((tx) => bulkUpdateWorkItems(tx, actor, input))).toEqual([]);
        return recorded.statements.length;
      };
      expect(await statementsFor(items.slice(0, 2))).toBe(await statementsFor(items.slice(2)));
    });

    test('adding a label takes none for each further item: every item’s labels are written at once', async () => {
      const perItem = await statementsPerItem(async (round, team) => {
        const labelId = rawId(await newLabel(team, `round ${round}`));
        return { addLabelIds: [labelId], labelById: new Map([[labelId, { id: labelId, name: `round ${round}` }]]) };
      });
      expect(perItem).toBe(0);
    });

    test('a move takes seven for each further item: the savepoint, its row, its subtree height, the paths, the row, its history and the release', async () => {
      const epics: string[] = [];
      const perItem = await statementsPerItem(async (round, team) => {
        if (!epics.length) {
          for (const title of ['One', 'Two']) {
            const epic = await createWorkItem(stack, team.member.token, {
              projectId: team.project.id,
              type: 'EPIC',
              title,
            });
            epics.push(rawId(epic.id));
          }
        }
        return { parentId: epics[round % 2] };
      });
      expect(perItem).toBe(7);
    });
  });
});
