import { bulkSetArchived } from '../../subgraphs/work-items/data/bulk-lifecycle';
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
  type ProjectTeam,
} from '../testkit';
import { useRecordedClient } from '../testkit/statement-recorder';

const stack = useTestStack();

/** This file's own work-items client, whose statements the last test counts. */
const recorded = useRecordedClient(stack, PrismaClient, 'work_items');

const failureFields = 'failures { workItemId index code field }';
const ops = {
  archive: `mutation ($input: BulkArchiveWorkItemsInput!) {
    bulkArchiveWorkItems(input: $input) { archivedWorkItemIds ${failureFields} } }`,
  restore: `mutation ($input: BulkRestoreWorkItemsInput!) {
    bulkRestoreWorkItems(input: $input) { restoredWorkItemIds ${failureFields} } }`,
  remove: `mutation ($input: BulkDeleteWorkItemsInput!) {
    bulkDeleteWorkItems(input: $input) { deletedWorkItemIds ${failureFields} } }`,
};
const itemQuery = `query ($id: ID!) { workItem(id: $id) { version archivedAt history(first: 10) { nodes { field newValue } } } }`;
const listQuery = `query ($id: ID!) { project(id: $id) { workItems(first: 50) { nodes { id } } } }`;

const run = (op: keyof typeof ops, input: Record<string, unknown>, token: string) =>
  graphql(stack.routerUrl, ops[op], { input }, { token });

async function itemsOf(team: ProjectTeam, count: number, fields: Record<string, unknown> = {}) {
  const items = [];
  for (let n = 1; n <= count; n += 1) {
    items.push(await createWorkItem(stack, team.member.token, { projectId: team.project.id, ...fields }));
  }
  return items.map((item) => item.id);
}

async function eventTypesOf(workItemId: string): Promise<string[]> {
  const rows = await querySql<{ type: string }>(
    stack,
    `SELECT envelope->>'type' AS type FROM work_items.outbox WHERE envelope->>'aggregateId' = $1 ORDER BY seq`,
    [rawId(workItemId)],
  );
  return rows.map((row) => row.type);
}

async function listedIds(team: ProjectTeam): Promise<string[]> {
  const res = dataOf(await graphql(stack.routerUrl, listQuery, { id: team.project.id }, { token: team.member.token }));
  return res.project.workItems.nodes.map((node: { id: string }) => node.id);
}

const existing = async (ids: string[]) =>
  (
    await querySql<{ id: string }>(
      stack,
      `SELECT id::text AS id FROM work_items.work_item WHERE id = ANY($1::uuid[])`,
      [ids.map(rawId)],
    )
  ).length;

describe('bulkArchiveWorkItems and bulkRestoreWorkItems', () => {
  test('archive and restore many items, each with its history entry, version bump and event', async () => {
    const team = await seedProjectTeam(stack);
    const ids = await itemsOf(team, 3);
    const archived = dataOf(await run('archive', { ids }, team.member.token)).bulkArchiveWorkItems;
    expect(archived).toEqual({ archivedWorkItemIds: ids, failures: [] });
    expect(await listedIds(team)).toEqual([]);
    const item = dataOf(await graphql(stack.routerUrl, itemQuery, { id: ids[0] }, { token: team.viewer.token }));
    expect(item.workItem).toMatchObject({ version: 2, archivedAt: expect.any(String) });
    expect(item.workItem.history.nodes).toContainEqual({ field: 'archived', newValue: 'true' });

    const restored = dataOf(await run('restore', { ids: [ids[2], ids[0]] }, team.member.token)).bulkRestoreWorkItems;
    expect(restored).toEqual({ restoredWorkItemIds: [ids[2], ids[0]], failures: [] });
    expect((await listedIds(team)).sort()).toEqual([ids[0], ids[2]].sort());
    expect(await eventTypesOf(ids[0]!)).toEqual(['work_item.created', 'work_item.archived', 'work_item.restored']);
    expect(await eventTypesOf(ids[1]!)).toEqual(['work_item.created', 'work_item.archived']);
  });

  test('an item already archived fails an atomic archive with CONFLICT and nothing is archived', async () => {
    const team = await seedProjectTeam(stack);
    const ids = await itemsOf(team, 2);
    dataOf(await run('archive', { ids: [ids[1]] }, team.member.token));
    expect(errorOf(await run('archive', { ids }, team.member.token)).code).toBe('CONFLICT');
    expect(await listedIds(team)).toEqual([ids[0]]);
  });

  test('with atomic: false the others are archived and each item left alone is reported in input order', async () => {
    const team = await seedProjectTeam(stack);
    const ids = await itemsOf(team, 3);
    dataOf(await run('archive', { ids: [ids[2]] }, team.member.token));
    const unknown = Buffer.from('WorkItem:00000000-0000-4000-8000-0000000b1c00').toString('base64url');
    const res = dataOf(
      await run('archive', { ids: [ids[2], ids[0], unknown, ids[1]], atomic: false }, team.member.token),
    ).bulkArchiveWorkItems;
    expect(res).toEqual({
      archivedWorkItemIds: [ids[0], ids[1]],
      failures: [
        { workItemId: ids[2], index: 0, code: 'CONFLICT', field: null },
        { workItemId: unknown, index: 2, code: 'NOT_FOUND', field: null },
      ],
    });
  });

  test('a VIEWER may not archive and an outsider does not find the items', async () => {
    const team = await seedProjectTeam(stack);
    const ids = await itemsOf(team, 1);
    expect(errorOf(await run('archive', { ids }, team.viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run('restore', { ids }, team.viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run('archive', { ids }, team.outsider.token)).code).toBe('NOT_FOUND');
  });

  test.each([
    ['no IDs', () => [], 'input.ids'],
    ['1,001 IDs', (id: string) => Array.from({ length: 1001 }, () => id), 'input.ids'],
    ['an ID twice', (id: string) => [id, id], 'input.ids.1'],
  ])('%s is BAD_USER_INPUT on its field', async (_what, idsOf, field) => {
    const team = await seedProjectTeam(stack);
    const [id] = await itemsOf(team, 1);
    const res = await run('archive', { ids: idsOf(id!) }, team.member.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('archiving takes seven statements for 2 items as for 6: begin, lock, update, history, snapshots, outbox, commit', async () => {
    const team = await seedProjectTeam(stack);
    const ids = (await itemsOf(team, 8)).map(rawId);
    const actor = { userId: rawId(team.member.userId), at: new Date() };
    const statementsFor = async (slice: string[]) => {
      recorded.statements.length = 0;
      const items = slice.map((id, index) => ({ id, index }));
      const result = await recorded.client.$transaction((tx) =>
        bulkSetArchived(tx, actor, { items, atomic: true, archived: true }),
      );
      expect(result.changed).toHaveLength(slice.length);
      return recorded.statements.length;
    };
    expect(await statementsFor(ids.slice(0, 2))).toBe(7);
    expect(await statementsFor(ids.slice(2, 8))).toBe(7);
  });
});

describe('bulkDeleteWorkItems', () => {
  test('a project ADMIN deletes items with their children, deepest first, with an event each', async () => {
    const team = await seedProjectTeam(stack);
    const [epic] = await itemsOf(team, 1, { type: 'EPIC' });
    const [story] = await itemsOf(team, 1, { type: 'STORY', parentId: epic });
    const [subtask] = await itemsOf(team, 1, { type: 'SUBTASK', parentId: story });
    const [loose] = await itemsOf(team, 1);
    const ids = [epic!, story!, subtask!, loose!];
    const res = dataOf(await run('remove', { ids }, team.admin.token)).bulkDeleteWorkItems;
    expect(res).toEqual({ deletedWorkItemIds: ids, failures: [] });
    expect(await existing(ids)).toBe(0);
    expect(await eventTypesOf(subtask!)).toEqual(['work_item.created', 'work_item.deleted']);
  });

  test('an item whose child is not deleted with it is CONFLICT, and with atomic: false so is its parent', async () => {
    const team = await seedProjectTeam(stack);
    const [epic] = await itemsOf(team, 1, { type: 'EPIC' });
    const [story] = await itemsOf(team, 1, { type: 'STORY', parentId: epic });
    const [subtask, kept] = await itemsOf(team, 2, { type: 'SUBTASK', parentId: story });
    const [loose] = await itemsOf(team, 1);
    expect(errorOf(await run('remove', { ids: [epic, story, subtask] }, team.admin.token)).code).toBe('CONFLICT');
    expect(await existing([epic!, story!, subtask!])).toBe(3);

    const res = dataOf(
      await run('remove', { ids: [epic, story, subtask, loose], atomic: false }, team.admin.token),
    ).bulkDeleteWorkItems;
    expect(res).toEqual({
      deletedWorkItemIds: [subtask, loose],
      failures: [
        { workItemId: epic, index: 0, code: 'CONFLICT', field: null },
        { workItemId: story, index: 1, code: 'CONFLICT', field: null },
      ],
    });
    expect(await existing([epic!, story!, kept!])).toBe(3);
  });

  test('deleting needs project ADMIN: a MEMBER is FORBIDDEN and nothing goes', async () => {
    const team = await seedProjectTeam(stack);
    const ids = await itemsOf(team, 2);
    for (const atomic of [true, false]) {
      expect(errorOf(await run('remove', { ids, atomic }, team.member.token)).code).toBe('FORBIDDEN');
    }
    expect(await existing(ids)).toBe(2);
  });
});
