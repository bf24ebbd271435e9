import {
  createProject,
  dataOf,
  errorOf,
  graphql,
  rawId,
  seedProjectTeam,
  useTestStack,
  type ProjectTeam,
} from '../testkit';
import { outboxEventsOf } from '../testkit/outbox';
import { useRecordedClient } from '../testkit/statement-recorder';
import { createWorkItems, type CreateWorkItemInput } from '../../subgraphs/work-items/data/create-work-item';
import { PrismaClient } from '../../subgraphs/work-items/generated/prisma/client';

const stack = useTestStack();

/** This file's own work-items client, whose statements the last test counts. */
const recorded = useRecordedClient(stack, PrismaClient, 'work_items');

const bulkCreate = `mutation ($input: BulkCreateWorkItemsInput!) {
  bulkCreateWorkItems(input: $input) { workItems { id key title assignee { id } labels { name } } }
}`;
const label = `mutation ($input: CreateLabelInput!) { createLabel(input: $input) { label { id } } }`;
const count = `query ($id: ID!) { project(id: $id) { workItems { totalCount } } }`;

const run = (query: string, variables: Record<string, unknown>, token: string) =>
  graphql(stack.routerUrl, query, variables, { token });

const itemsOf = (team: ProjectTeam, titles: string[], extra: Record<string, unknown>[] = []) =>
  titles.map((title, i) => ({ projectId: team.project.id, type: 'TASK', title, ...extra[i] }));

async function newEpic(team: ProjectTeam): Promise<{ id: string }> {
  const items = [{ ...itemsOf(team, ['Epic'])[0], type: 'EPIC' }];
  return dataOf(await run(bulkCreate, { input: { items } }, team.member.token)).bulkCreateWorkItems.workItems[0];
}

async function newLabel(team: ProjectTeam, projectId: string, name = 'ui'): Promise<string> {
  const input = { projectId, name, color: '#123456' };
  return dataOf(await run(label, { input }, team.admin.token)).createLabel.label.id;
}

async function itemCount(team: ProjectTeam): Promise<number> {
  return dataOf(await run(count, { id: team.project.id }, team.admin.token)).project.workItems.totalCount;
}

describe('bulkCreateWorkItems', () => {
  test('creates the items in order, numbered in that order, each with its fields and one created event', async () => {
    const team = await seedProjectTeam(stack);
    const ui = await newLabel(team, team.project.id);
    let created: { id: string; key: string; title: string; assignee: { id: string } | null }[] = [];
    const events = await outboxEventsOf(stack, 'work_items', async () => {
      const input = {
        items: itemsOf(team, ['First', 'Second', 'Third'], [{ assigneeId: team.member.userId }, { labelIds: [ui] }]),
      };
      created = dataOf(await run(bulkCreate, { input }, team.member.token)).bulkCreateWorkItems.workItems;
    });
    const key = team.project.key;
    expect(created).toEqual([
      { id: expect.any(String), key: `${key}-1`, title: 'First', assignee: { id: team.member.userId }, labels: [] },
      { id: expect.any(String), key: `${key}-2`, title: 'Second', assignee: null, labels: [{ name: 'ui' }] },
      { id: expect.any(String), key: `${key}-3`, title: 'Third', assignee: null, labels: [] },
    ]);
    expect(events.map((event) => [event.type, event.aggregateId])).toEqual(
      created.map((item) => ['work_item.created', rawId(item.id)]),
    );
  });

  test('a retry answers the items its clientMutationIds made before and creates only the new ones', async () => {
    const team = await seedProjectTeam(stack);
    const first = { items: itemsOf(team, ['A', 'B'], [{ clientMutationId: 'a' }, { clientMutationId: 'b' }]) };
    const made = dataOf(await run(bulkCreate, { input: first }, team.member.token)).bulkCreateWorkItems.workItems;
    const again = dataOf(await run(bulkCreate, { input: first }, team.member.token)).bulkCreateWorkItems.workItems;
    expect(again.map((item: { id: string }) => item.id)).toEqual(made.map((item: { id: string }) => item.id));
    expect(await itemCount(team)).toBe(2);

    const more = {
      items: itemsOf(team, ['B', 'C'], [{ clientMutationId: 'b' }, { clientMutationId: 'c' }]),
    };
    const mixed = dataOf(await run(bulkCreate, { input: more }, team.member.token)).bulkCreateWorkItems.workItems;
    expect(mixed[0].id).toBe(made[1].id);
    expect(mixed[1]).toMatchObject({ title: 'C', key: `${team.project.key}-3` });
    expect(await itemCount(team)).toBe(3);
  });

  test('each bad item is refused on its own path, and nothing is created', async () => {
    const team = await seedProjectTeam(stack);
    const other = await createProject(stack, team.admin.token, team.organizationId, { key: 'ELSE' });
    const otherLabel = await newLabel(team, other.id, 'x');
    const cases: [Record<string, unknown>[], string][] = [
      [[], 'input.items'],
      [itemsOf(team, ['ok', '  ']), 'input.items.1.title'],
      [
        [...itemsOf(team, ['ok']), { projectId: other.id, type: 'TASK', title: 'elsewhere' }],
        'input.items.1.projectId',
      ],
      [
        itemsOf(team, ['a', 'b', 'c'], [{ clientMutationId: 'x' }, {}, { clientMutationId: 'x' }]),
        'input.items.2.clientMutationId',
      ],
      [itemsOf(team, ['a', 'b'], [{}, { labelIds: [otherLabel] }]), 'input.items.1.labelIds.0'],
      [itemsOf(team, ['a'], [{ assigneeId: team.outsider.userId }]), 'input.items.0.assigneeId'],
      [Array.from({ length: 1001 }, (_, i) => itemsOf(team, [`n${i}`])[0]!), 'input.items'],
    ];
    for (const [items, field] of cases) {
      const result = await run(bulkCreate, { input: { items } }, team.member.token);
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await itemCount(team)).toBe(0);
  });

  test('a VIEWER is FORBIDDEN and an outsider gets NOT_FOUND', async () => {
    const team = await seedProjectTeam(stack);
    const input = { items: itemsOf(team, ['Nope']) };
    expect(errorOf(await run(bulkCreate, { input }, team.viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(bulkCreate, { input }, team.outsider.token)).code).toBe('NOT_FOUND');
    expect(await itemCount(team)).toBe(0);
  });

  test('a thousand items are created in one call, numbered in order, each with its created event', async () => {
    const team = await seedProjectTeam(stack);
    const titles = Array.from({ length: 1000 }, (_, i) => `Item ${i + 1}`);
    let created: { key: string; title: string }[] = [];
    const events = await outboxEventsOf(stack, 'work_items', async () => {
      const input = { items: itemsOf(team, titles) };
      created = dataOf(await run(bulkCreate, { input }, team.member.token)).bulkCreateWorkItems.workItems;
    });
    expect(created.map((item) => [item.key, item.title])).toEqual(
      titles.map((title, i) => [`${team.project.key}-${i + 1}`, title]),
    );
    expect(events.filter((event) => event.type === 'work_item.created')).toHaveLength(1000);
    expect(await itemCount(team)).toBe(1000);
  });

  test('an item under an archived parent is refused on its own path, and nothing is created', async () => {
    const team = await seedProjectTeam(stack);
    const epic = await newEpic(team);
    const archive = `mutation ($input: ArchiveWorkItemInput!) { archiveWorkItem(input: $input) { workItem { id } } }`;
    dataOf(await run(archive, { input: { id: epic.id } }, team.member.token));
    const input = { items: itemsOf(team, ['free', 'under'], [{}, { parentId: epic.id }]) };
    const result = await run(bulkCreate, { input }, team.member.token);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.items.1.parentId' });
    // The archived epic is out of the default list: "free" was not created either.
    expect(await itemCount(team)).toBe(0);
  });

  test('the statements do not grow with the number of items, with labels, parents and clientMutationIds', async () => {
    const team = await seedProjectTeam(stack);
    // The project's workflow, a label and an epic to put the items under come through the API.
    const epic = await newEpic(team);
    const ui = await newLabel(team, team.project.id);
    const actor = { userId: rawId(team.member.userId), at: new Date() };
    const input = (title: string): CreateWorkItemInput => ({
      projectId: rawId(team.project.id),
      type: 'TASK',
      title,
      description: '',
      priority: 'NONE',
      estimate: null,
      timeEstimateMinutes: null,
      assigneeId: null,
      releaseId: null,
      parentId: rawId(epic.id),
      dueDate: null,
      labels: [{ id: rawId(ui) } as CreateWorkItemInput['labels'][number]],
      clientMutationId: `statements ${title}`,
      prechecked: { values: {}, changes: [] },
    });
    const statementsFor = async (n: number) => {
      recorded.statements.length = 0;
      const entries = Array.from({ length: n }, (_, index) => ({ index, input: input(`${n}.${index}`) }));
      const created = await recorded.client.$transaction((tx) =>
        createWorkItems(tx, actor, entries, async (_index, check) => check()),
      );
      expect(created.map((item) => [item.title, item.parentId])).toEqual(
        entries.map(({ input: { title } }) => [title, rawId(epic.id)]),
      );
      return recorded.statements.length;
    };
    const [two, twenty] = [await statementsFor(2), await statementsFor(20)];
    expect(twenty).toBe(two);
  });
});
