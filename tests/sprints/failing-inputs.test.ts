import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../lib/ids';
import {
  createOrganization,
  createProject,
  querySql,
  rawId,
  seedProjectTeam,
  useTestStack,
  type GraphQLResponse,
  type ProjectTeam,
} from '../testkit';
import {
  addItemsToSprint,
  archiveItem,
  completeSprint,
  createItems,
  createSprint,
  runAs,
  sprintOps,
  startSprint,
  untilSprintsCaughtUp,
} from './support';

const stack = useTestStack();

type Op = keyof typeof sprintOps;

/** Row counts of every table a sprint mutation writes, so a failure can be shown to have written nothing. */
async function writtenRows(): Promise<Record<string, number>> {
  const [row] = await querySql<Record<string, number>>(
    stack,
    `SELECT (SELECT count(*)::int FROM sprints.sprint) AS sprint,
            (SELECT count(*)::int FROM sprints.sprint_item) AS sprint_item,
            (SELECT count(*)::int FROM sprints.scope_change) AS scope_change,
            (SELECT count(*)::int FROM sprints.member_capacity) AS member_capacity,
            (SELECT count(*)::int FROM sprints.outbox) AS outbox,
            (SELECT coalesce(max(updated_at), 'epoch')::text FROM sprints.sprint) AS last_update`,
  );
  return row!;
}

/** Runs the mutation, expects exactly this error, and that nothing at all was written. */
async function expectRefused(
  token: string,
  op: Op,
  input: Record<string, unknown>,
  expected: { code: string; field?: string; message?: RegExp; details?: Record<string, unknown> },
): Promise<void> {
  const before = await writtenRows();
  const res = await runAs(stack, token, sprintOps[op], { input });
  const error = res.body.errors?.[0];
  expect(res.body.data ?? null).toBeNull();
  expect(error?.extensions).toMatchObject({ code: expected.code, ...expected.details });
  expect(error?.extensions?.field).toBe(expected.field);
  if (expected.message) expect(error?.message).toMatch(expected.message);
  expect(await writtenRows()).toEqual(before);
}

async function otherProjectOf(team: ProjectTeam) {
  const org = await createOrganization(stack, team.member.token);
  return createProject(stack, team.member.token, org.id);
}

const sprintId = () => toGlobalId('Sprint', randomUUID());

async function startAndComplete(token: string, id: string): Promise<void> {
  await startSprint(stack, token, id);
  await completeSprint(stack, token, id);
}

/** A sprint of the team's project, started and completed. */
async function completedSprintOf(team: ProjectTeam): Promise<string> {
  const id = await createSprint(stack, team.member.token, team.project.id);
  await startAndComplete(team.member.token, id);
  return id;
}

/** The error code of each response (OK without error), sorted. */
const codesOf = (results: GraphQLResponse<unknown>[]) =>
  results.map((res) => res.body.errors?.[0]?.extensions?.code ?? 'OK').sort();

describe('createSprint', () => {
  test('refuses a bad project ID, name, goal or dates, naming the field', async () => {
    const team = await seedProjectTeam(stack);
    const valid = { projectId: team.project.id, name: 'Sprint 1', startDate: '2030-03-04', endDate: '2030-03-15' };
    const token = team.member.token;
    const bad = 'BAD_USER_INPUT';
    await expectRefused(token, 'create', { ...valid, projectId: sprintId() }, { code: bad, field: 'input.projectId' });
    await expectRefused(token, 'create', { ...valid, name: '   ' }, { code: bad, field: 'input.name' });
    await expectRefused(token, 'create', { ...valid, name: 'x'.repeat(101) }, { code: bad, field: 'input.name' });
    await expectRefused(token, 'create', { ...valid, goal: 'x'.repeat(2001) }, { code: bad, field: 'input.goal' });
    await expectRefused(token, 'create', { ...valid, endDate: '2030-03-03' }, { code: bad, field: 'input.endDate' });
    await expectRefused(token, 'create', { ...valid, endDate: '2030-03-04' }, { code: bad, field: 'input.endDate' });
    await expectRefused(
      token,
      'create',
      { ...valid, endDate: '2031-03-06' },
      { code: bad, field: 'input.endDate', message: /366 days/ },
    );
  });

  test('accepts a sprint of exactly 366 days and names of exactly 100 characters', async () => {
    const team = await seedProjectTeam(stack);
    const id = await createSprint(stack, team.member.token, team.project.id, {
      name: 'x'.repeat(100),
      goal: 'g'.repeat(2000),
      startDate: '2030-03-04',
      endDate: '2031-03-05',
    });
    const rows = await querySql(
      stack,
      `SELECT length(name) AS name, length(goal) AS goal, (end_date - start_date) AS days FROM sprints.sprint WHERE id = $1`,
      [rawId(id)],
    );
    expect(rows).toEqual([{ name: 100, goal: 2000, days: 366 }]);
  });

  test('refuses dates overlapping the active sprint, by a single day at either end, naming it', async () => {
    const team = await seedProjectTeam(stack);
    const activeId = await createSprint(stack, team.member.token, team.project.id, { name: 'Running' });
    await startSprint(stack, team.member.token, activeId);
    for (const [startDate, endDate] of [
      ['2030-02-20', '2030-03-04'],
      ['2030-03-15', '2030-03-29'],
      ['2030-03-06', '2030-03-08'],
      ['2030-02-01', '2030-04-01'],
    ]) {
      await expectRefused(
        team.member.token,
        'create',
        { projectId: team.project.id, name: 'Overlapping', startDate, endDate },
        {
          code: 'BAD_USER_INPUT',
          field: 'input.startDate',
          message: /active sprint Running/,
          details: { activeSprintId: activeId },
        },
      );
    }
  });
});

describe('updateSprint', () => {
  test('refuses null names, bad dates and overlaps with the active sprint', async () => {
    const team = await seedProjectTeam(stack);
    const token = team.member.token;
    const activeId = await createSprint(stack, token, team.project.id, { name: 'Running' });
    await startSprint(stack, token, activeId);
    const id = await createSprint(stack, token, team.project.id, { startDate: '2030-04-01', endDate: '2030-04-12' });
    const bad = 'BAD_USER_INPUT';
    await expectRefused(token, 'update', { id: team.project.id }, { code: bad, field: 'input.id' });
    await expectRefused(token, 'update', { id, name: null }, { code: bad, field: 'input.name' });
    await expectRefused(token, 'update', { id, name: '' }, { code: bad, field: 'input.name' });
    await expectRefused(token, 'update', { id, startDate: null }, { code: bad, field: 'input.startDate' });
    await expectRefused(token, 'update', { id, startDate: '2030-04-12' }, { code: bad, field: 'input.startDate' });
    await expectRefused(token, 'update', { id, endDate: '2030-03-30' }, { code: bad, field: 'input.endDate' });
    await expectRefused(
      token,
      'update',
      { id, startDate: '2030-03-15' },
      { code: bad, field: 'input.startDate', message: /active sprint Running/ },
    );
  });

  test('refuses to change the dates of a completed sprint', async () => {
    const team = await seedProjectTeam(stack);
    const id = await completedSprintOf(team);
    await expectRefused(
      team.member.token,
      'update',
      { id, name: 'Renamed', endDate: '2030-03-16' },
      { code: 'CONFLICT', message: /completed/ },
    );
  });
});

describe('deleteSprint', () => {
  test('refuses to delete an active or a completed sprint, and an unknown one', async () => {
    const team = await seedProjectTeam(stack);
    const id = await createSprint(stack, team.member.token, team.project.id);
    await startSprint(stack, team.member.token, id);
    await expectRefused(team.member.token, 'delete', { id }, { code: 'CONFLICT', message: /active/ });
    await completeSprint(stack, team.member.token, id);
    await expectRefused(team.member.token, 'delete', { id }, { code: 'CONFLICT', message: /completed/ });
    await expectRefused(team.member.token, 'delete', { id: sprintId() }, { code: 'NOT_FOUND' });
    await expectRefused(
      team.member.token,
      'delete',
      { id: 'not-an-id' },
      { code: 'BAD_USER_INPUT', field: 'input.id' },
    );
  });
});

describe('startSprint', () => {
  test('refuses a second active sprint in the project, naming the active one', async () => {
    const team = await seedProjectTeam(stack);
    const activeId = await createSprint(stack, team.member.token, team.project.id, { name: 'Running' });
    await startSprint(stack, team.member.token, activeId);
    const id = await createSprint(stack, team.member.token, team.project.id, {
      startDate: '2030-04-01',
      endDate: '2030-04-12',
    });
    await expectRefused(
      team.member.token,
      'start',
      { id },
      { code: 'CONFLICT', message: /active sprint: Running/, details: { sprintId: activeId, sprintName: 'Running' } },
    );
    await expectRefused(team.member.token, 'start', { id: activeId }, { code: 'CONFLICT', message: /active/ });
  });

  test('of sprints started at the same moment, exactly one becomes active', async () => {
    const team = await seedProjectTeam(stack);
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) ids.push(await createSprint(stack, team.member.token, team.project.id));
    const results = await Promise.all(
      ids.map((id) => runAs(stack, team.member.token, sprintOps.start, { input: { id } })),
    );
    expect(codesOf(results)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    const [{ count }] = (await querySql<{ count: number }>(
      stack,
      `SELECT count(*)::int AS count FROM sprints.sprint WHERE state = 'ACTIVE' AND id = ANY($1::uuid[])`,
      [ids.map(rawId)],
    )) as [{ count: number }];
    expect(count).toBe(1);
  });

  test('refuses to start a completed sprint', async () => {
    const team = await seedProjectTeam(stack);
    const id = await completedSprintOf(team);
    await expectRefused(team.member.token, 'start', { id }, { code: 'CONFLICT', message: /The sprint is completed/ });
  });
});

describe('completeSprint', () => {
  test('refuses to complete a planned or completed sprint', async () => {
    const team = await seedProjectTeam(stack);
    const id = await createSprint(stack, team.member.token, team.project.id);
    await expectRefused(team.member.token, 'complete', { id }, { code: 'CONFLICT', message: /The sprint is planned/ });
    await startAndComplete(team.member.token, id);
    await expectRefused(
      team.member.token,
      'complete',
      { id },
      { code: 'CONFLICT', message: /The sprint is completed/ },
    );
  });

  test('refuses carryOverTo unless it is another planned sprint of the same project', async () => {
    const team = await seedProjectTeam(stack);
    const token = team.member.token;
    const other = await otherProjectOf(team);
    const foreignPlanned = await createSprint(stack, token, other.id);
    const done = await createSprint(stack, token, team.project.id, { startDate: '2030-01-01', endDate: '2030-01-14' });
    await startAndComplete(token, done);
    const id = await createSprint(stack, token, team.project.id);
    await startSprint(stack, token, id);
    const field = 'input.carryOverTo';
    const bad = 'BAD_USER_INPUT';
    for (const carryOverTo of [done, foreignPlanned, id, sprintId(), team.project.id]) {
      await expectRefused(token, 'complete', { id, carryOverTo }, { code: bad, field });
    }
  });
});

describe('addWorkItemsToSprint', () => {
  test('refuses items of another project, unknown and archived items, naming the item', async () => {
    const team = await seedProjectTeam(stack);
    const token = team.member.token;
    const other = await otherProjectOf(team);
    const [foreign] = await createItems(stack, token, other.id, [1]);
    const [mine, archived] = await createItems(stack, token, team.project.id, [1, 2]);
    await archiveItem(stack, token, archived!);
    await untilSprintsCaughtUp(stack);
    const id = await createSprint(stack, token, team.project.id);
    const unknown = toGlobalId('WorkItem', randomUUID());
    const field = 'input.workItemIds';
    for (const item of [foreign!, unknown, archived!]) {
      await expectRefused(
        token,
        'add',
        { sprintId: id, workItemIds: [mine, item] },
        { code: 'BAD_USER_INPUT', field, details: { workItemId: item } },
      );
    }
  });

  test('refuses an item in another open sprint, naming that sprint', async () => {
    const team = await seedProjectTeam(stack);
    const token = team.member.token;
    const [item] = await createItems(stack, token, team.project.id, [1]);
    const first = await createSprint(stack, token, team.project.id, { name: 'First' });
    await addItemsToSprint(stack, token, first, [item!]);
    const second = await createSprint(stack, token, team.project.id, { name: 'Second' });
    await expectRefused(
      token,
      'add',
      { sprintId: second, workItemIds: [item] },
      { code: 'CONFLICT', message: /sprint First/, details: { workItemId: item, sprintId: first } },
    );
  });

  test('of one item added to several sprints at the same moment, exactly one add succeeds', async () => {
    const team = await seedProjectTeam(stack);
    const token = team.member.token;
    const [item] = await createItems(stack, token, team.project.id, [1]);
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) ids.push(await createSprint(stack, token, team.project.id));
    const results = await Promise.all(
      ids.map((id) => runAs(stack, token, sprintOps.add, { input: { sprintId: id, workItemIds: [item] } })),
    );
    expect(codesOf(results)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
  });

  test('refuses bad, missing or too many IDs and a completed sprint', async () => {
    const team = await seedProjectTeam(stack);
    const token = team.member.token;
    const [item] = await createItems(stack, token, team.project.id, [1]);
    const id = await createSprint(stack, token, team.project.id);
    const bad = 'BAD_USER_INPUT';
    const many = Array.from({ length: 101 }, () => toGlobalId('WorkItem', randomUUID()));
    await expectRefused(token, 'add', { sprintId: id, workItemIds: [] }, { code: bad, field: 'input.workItemIds' });
    await expectRefused(token, 'add', { sprintId: id, workItemIds: many }, { code: bad, field: 'input.workItemIds' });
    await expectRefused(
      token,
      'add',
      { sprintId: id, workItemIds: [item, id] },
      { code: bad, field: 'input.workItemIds.1' },
    );
    await expectRefused(token, 'add', { sprintId: item, workItemIds: [item] }, { code: bad, field: 'input.sprintId' });
    await expectRefused(token, 'add', { sprintId: sprintId(), workItemIds: [item] }, { code: 'NOT_FOUND' });
    await startAndComplete(token, id);
    await expectRefused(
      token,
      'add',
      { sprintId: id, workItemIds: [item] },
      { code: 'CONFLICT', message: /completed/ },
    );
  });
});

/** Fills a sprint to `count` items with memberships of items the read model never heard of. */
async function fillSprint(id: string, count: number): Promise<void> {
  await querySql(
    stack,
    `INSERT INTO sprints.sprint_item (sprint_id, work_item_id, added_at)
     SELECT $1::uuid, gen_random_uuid(), now() FROM generate_series(1, $2::int)`,
    [rawId(id), count],
  );
}

describe('the size of a sprint', () => {
  test('a sprint holds at most 1000 items: adding past that is a CONFLICT that adds nothing', async () => {
    const team = await seedProjectTeam(stack);
    const token = team.member.token;
    const [first, second] = await createItems(stack, token, team.project.id, [1, 2]);
    const id = await createSprint(stack, token, team.project.id);
    await fillSprint(id, 999);
    const full = {
      code: 'CONFLICT',
      field: 'input.workItemIds',
      message: /holds 999 work items; 2 more would pass 1000/,
    };
    await expectRefused(token, 'add', { sprintId: id, workItemIds: [first, second] }, full);
    expect(await addItemsToSprint(stack, token, id, [first!])).toEqual([first]);
    await expectRefused(
      token,
      'add',
      { sprintId: id, workItemIds: [second] },
      { code: 'CONFLICT', field: 'input.workItemIds', details: { sprintId: id } },
    );
  });

  test('completing a sprint refuses to carry its items over into a sprint they would overfill', async () => {
    const team = await seedProjectTeam(stack);
    const token = team.member.token;
    const [unfinished] = await createItems(stack, token, team.project.id, [3]);
    const active = await createSprint(stack, token, team.project.id);
    await addItemsToSprint(stack, token, active, [unfinished!]);
    await startSprint(stack, token, active);
    const next = await createSprint(stack, token, team.project.id, {
      name: 'Sprint 2',
      startDate: '2030-03-18',
      endDate: '2030-03-29',
    });
    await fillSprint(next, 1000);
    await expectRefused(
      token,
      'complete',
      { id: active, carryOverTo: next },
      { code: 'CONFLICT', field: 'input.carryOverTo', message: /holds 1000 work items; 1 more would pass 1000/ },
    );
    expect((await completeSprint(stack, token, active)).carriedOverItemCount).toBe(1);
  });
});

describe('removeWorkItemsFromSprint', () => {
  test('refuses bad or too many IDs and a completed sprint', async () => {
    const team = await seedProjectTeam(stack);
    const token = team.member.token;
    const [item] = await createItems(stack, token, team.project.id, [1]);
    const id = await createSprint(stack, token, team.project.id);
    await addItemsToSprint(stack, token, id, [item!]);
    const bad = 'BAD_USER_INPUT';
    const many = Array.from({ length: 101 }, () => toGlobalId('WorkItem', randomUUID()));
    await expectRefused(token, 'remove', { sprintId: id, workItemIds: [] }, { code: bad, field: 'input.workItemIds' });
    await expectRefused(
      token,
      'remove',
      { sprintId: id, workItemIds: many },
      { code: bad, field: 'input.workItemIds' },
    );
    await expectRefused(
      token,
      'remove',
      { sprintId: id, workItemIds: ['x'] },
      { code: bad, field: 'input.workItemIds.0' },
    );
    await startAndComplete(token, id);
    await expectRefused(
      token,
      'remove',
      { sprintId: id, workItemIds: [item] },
      { code: 'CONFLICT', message: /completed/ },
    );
  });
});

describe('setSprintCapacity', () => {
  test('refuses non-members, repeated members and out-of-range figures, naming the entry', async () => {
    const team = await seedProjectTeam(stack);
    const token = team.member.token;
    const id = await createSprint(stack, token, team.project.id);
    const bad = 'BAD_USER_INPUT';
    const ok = { userId: team.member.userId, pointsPerDay: 2 };
    const refuse = (members: unknown[], field: string) =>
      expectRefused(token, 'capacity', { sprintId: id, members }, { code: bad, field });
    await refuse([ok, { userId: team.outsider.userId, pointsPerDay: 1 }], 'input.members.1.userId');
    await refuse([ok, { userId: team.project.id, pointsPerDay: 1 }], 'input.members.1.userId');
    await refuse([ok, { ...ok, pointsPerDay: 1 }], 'input.members.1.userId');
    await refuse([{ ...ok, focusFactor: 0 }], 'input.members.0.focusFactor');
    await refuse([{ ...ok, focusFactor: 1.01 }], 'input.members.0.focusFactor');
    await refuse([{ ...ok, focusFactor: -0.5 }], 'input.members.0.focusFactor');
    await refuse([{ ...ok, pointsPerDay: 100.5 }], 'input.members.0.pointsPerDay');
    await refuse([{ ...ok, pointsPerDay: -1 }], 'input.members.0.pointsPerDay');
    await refuse(
      Array.from({ length: 101 }, () => ok),
      'input.members',
    );
  });

  test('refuses a completed sprint', async () => {
    const team = await seedProjectTeam(stack);
    const id = await completedSprintOf(team);
    await expectRefused(
      team.member.token,
      'capacity',
      { sprintId: id, members: [{ userId: team.member.userId, pointsPerDay: 1 }] },
      { code: 'CONFLICT', message: /completed/ },
    );
  });
});
