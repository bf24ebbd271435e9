import { dataOf, errorOf, querySql, rawId, seedProjectTeam, useTestStack, type ProjectTeam } from '../testkit';
import {
  addItemsToSprint,
  completeSprint,
  createItems,
  createSprint,
  removeItemsFromSprint,
  runAs,
  setSprintCapacity,
  sprintOps,
  startSprint,
  transitionItem,
  untilSprintsCaughtUp,
} from './support';

const stack = useTestStack();

const sprintQuery = `query ($id: ID!) {
  sprint(id: $id) {
    id name goal startDate endDate state startedAt completedAt createdAt updatedAt
    project { id }
    startedBy { id }
    completedBy { id }
    carriedOverTo { id }
    workItems { totalCount edges { node { id } outcome addedAt } }
  }
}`;

const sprintOf = async (token: string, id: string) => dataOf(await runAs(stack, token, sprintQuery, { id })).sprint;

const sprintOfItem = async (token: string, id: string) =>
  dataOf(await runAs(stack, token, `query ($id: ID!) { workItem(id: $id) { sprint { id } } }`, { id })).workItem
    .sprint as { id: string } | null;

/** Items added in one call share their addedAt, so they are listed by id. */
const byRawId = (ids: string[]) => [...ids].sort((a, b) => rawId(a).localeCompare(rawId(b)));

interface SprintRow {
  state: string;
  committed_points: number | null;
  committed_item_count: number | null;
  completed_points: number | null;
  completed_item_count: number | null;
  carried_over_points: number | null;
  carried_over_item_count: number | null;
  carried_over_to_id: string | null;
  started_at: Date | null;
  completed_at: Date | null;
}

async function sprintRow(id: string): Promise<SprintRow> {
  const [row] = await querySql<SprintRow>(stack, 'SELECT * FROM sprints.sprint WHERE id = $1', [rawId(id)]);
  return row!;
}

async function scopeLog(sprintId: string) {
  return querySql<{ work_item_id: string; kind: string; reason: string; actor_id: string; at: Date }>(
    stack,
    `SELECT work_item_id::text, kind, reason, actor_id::text, at FROM sprints.scope_change
      WHERE sprint_id = $1 ORDER BY at, kind, work_item_id`,
    [rawId(sprintId)],
  );
}

const projectSprints = `query ($id: ID!, $filter: SprintFilter, $first: Int, $after: String) {
  node: project(id: $id) {
    activeSprint { id }
    sprints(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { node { id state } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

async function seedSprintWithItems(team: ProjectTeam, estimates: (number | null)[]) {
  const items = await createItems(stack, team.member.token, team.project.id, estimates);
  const sprintId = await createSprint(stack, team.member.token, team.project.id);
  await addItemsToSprint(stack, team.member.token, sprintId, items);
  return { items, sprintId };
}

describe('a sprint from planning to completion', () => {
  test('a planned sprint is created, renamed, filled, started, changed mid-sprint and completed into the next sprint', async () => {
    const team = await seedProjectTeam(stack);
    const { member, admin } = team;
    const items = await createItems(stack, member.token, team.project.id, [3, 5, 2, null, 8]);

    const created = dataOf(
      await runAs(stack, member.token, sprintOps.create, {
        input: { projectId: team.project.id, name: '  Sprint 1  ', startDate: '2030-03-04', endDate: '2030-03-15' },
      }),
    ).createSprint.sprint;
    const sprintId = created.id as string;
    expect(await sprintOf(admin.token, sprintId)).toMatchObject({
      id: sprintId,
      name: 'Sprint 1',
      goal: '',
      startDate: '2030-03-04',
      endDate: '2030-03-15',
      state: 'PLANNED',
      startedAt: null,
      startedBy: null,
      completedAt: null,
      carriedOverTo: null,
      project: { id: team.project.id },
      workItems: { totalCount: 0, edges: [] },
    });

    const updated = dataOf(
      await runAs(stack, member.token, sprintOps.update, {
        input: { id: sprintId, name: 'Checkout', goal: 'Ship **checkout**', endDate: '2030-03-14' },
      }),
    ).updateSprint.sprint;
    expect(updated).toEqual({
      id: sprintId,
      name: 'Checkout',
      goal: 'Ship **checkout**',
      startDate: '2030-03-04',
      endDate: '2030-03-14',
      state: 'PLANNED',
    });

    expect(await addItemsToSprint(stack, member.token, sprintId, items.slice(0, 4))).toEqual(items.slice(0, 4));
    expect(await addItemsToSprint(stack, member.token, sprintId, [items[0]!])).toEqual([]);
    expect(await sprintOfItem(member.token, items[1]!)).toEqual({ id: sprintId });
    await transitionItem(stack, member.token, items[2]!, 'Canceled');
    await untilSprintsCaughtUp(stack);

    const started = await startSprint(stack, member.token, sprintId);
    expect(started).toEqual({ id: sprintId, state: 'ACTIVE', committedPoints: 8, committedItemCount: 4 });
    const active = await sprintOf(member.token, sprintId);
    expect(active.startedBy).toEqual({ id: member.userId });
    expect((await sprintRow(sprintId)).started_at!.toISOString()).toBe(active.startedAt);
    expect(dataOf(await runAs(stack, member.token, projectSprints, { id: team.project.id })).node.activeSprint).toEqual(
      {
        id: sprintId,
      },
    );

    expect(await addItemsToSprint(stack, member.token, sprintId, [items[4]!])).toEqual([items[4]]);
    expect(await removeItemsFromSprint(stack, member.token, sprintId, [items[3]!, items[4]!, items[3]!])).toEqual([
      items[3],
      items[4],
    ]);
    expect(await addItemsToSprint(stack, admin.token, sprintId, [items[4]!])).toEqual([items[4]]);
    expect(await removeItemsFromSprint(stack, member.token, sprintId, [items[3]!])).toEqual([]);
    expect(await sprintOfItem(member.token, items[3]!)).toBeNull();
    await transitionItem(stack, member.token, items[0]!, 'Done');
    await untilSprintsCaughtUp(stack);

    const nextId = await createSprint(stack, member.token, team.project.id, {
      name: 'Sprint 2',
      startDate: '2030-03-15',
      endDate: '2030-03-28',
    });
    const completed = dataOf(
      await runAs(stack, admin.token, sprintOps.complete, { input: { id: sprintId, carryOverTo: nextId } }),
    ).completeSprint;
    expect(completed).toEqual({
      sprint: { id: sprintId, state: 'COMPLETED' },
      carriedOverTo: { id: nextId },
      carriedOverItemCount: 2,
    });

    expect(await sprintRow(sprintId)).toMatchObject({
      state: 'COMPLETED',
      committed_points: 8,
      committed_item_count: 4,
      completed_points: 3,
      completed_item_count: 1,
      carried_over_points: 13,
      carried_over_item_count: 2,
      carried_over_to_id: rawId(nextId),
    });
    const done = await sprintOf(member.token, sprintId);
    expect(done).toMatchObject({ completedBy: { id: admin.userId }, carriedOverTo: { id: nextId } });
    const outcomes = Object.fromEntries(
      (done.workItems.edges as { node: { id: string }; outcome: string }[]).map((edge) => [edge.node.id, edge.outcome]),
    );
    expect(outcomes).toEqual({
      [items[0]!]: 'COMPLETED',
      [items[1]!]: 'CARRIED_OVER',
      [items[2]!]: 'CANCELED',
      [items[4]!]: 'CARRIED_OVER',
    });
    expect(done.workItems.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([
      ...items.slice(0, 3),
      items[4],
    ]);

    const next = await sprintOf(member.token, nextId);
    expect(next.state).toBe('PLANNED');
    expect(next.workItems.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([items[1], items[4]]);
    expect(next.workItems.edges.map((edge: { addedAt: string }) => edge.addedAt)).toEqual([
      done.completedAt,
      done.completedAt,
    ]);
    expect(await sprintOfItem(member.token, items[1]!)).toEqual({ id: nextId });
    expect(await sprintOfItem(member.token, items[0]!)).toBeNull();
    expect(await sprintOfItem(member.token, items[2]!)).toBeNull();

    const memberId = rawId(member.userId);
    const adminId = rawId(admin.userId);
    const log = await scopeLog(sprintId);
    expect(log.map((row) => [row.kind, row.reason, row.work_item_id, row.actor_id])).toEqual([
      ...byRawId(items.slice(0, 4)).map((id) => ['ADDED', 'PLANNING', rawId(id), memberId]),
      ['ADDED', 'PLANNING', rawId(items[4]!), memberId],
      ...byRawId([items[3]!, items[4]!]).map((id) => ['REMOVED', 'PLANNING', rawId(id), memberId]),
      ['ADDED', 'PLANNING', rawId(items[4]!), adminId],
    ]);
    expect(
      (await scopeLog(nextId)).map((row) => [row.kind, row.reason, row.work_item_id, row.at.toISOString()]),
    ).toEqual(byRawId([items[1]!, items[4]!]).map((id) => ['ADDED', 'CARRIED_OVER', rawId(id), done.completedAt]));
  });

  test('completing without carryOverTo sends unfinished items back to the backlog, where they can be planned again', async () => {
    const team = await seedProjectTeam(stack);
    const { member } = team;
    const { items, sprintId } = await seedSprintWithItems(team, [3, 5]);
    await startSprint(stack, member.token, sprintId);
    await transitionItem(stack, member.token, items[0]!, 'Done');
    await untilSprintsCaughtUp(stack);

    expect(await completeSprint(stack, member.token, sprintId)).toMatchObject({
      carriedOverTo: null,
      carriedOverItemCount: 1,
    });
    expect(await sprintRow(sprintId)).toMatchObject({
      completed_points: 3,
      completed_item_count: 1,
      carried_over_points: 5,
      carried_over_item_count: 1,
      carried_over_to_id: null,
    });
    expect(await sprintOfItem(member.token, items[1]!)).toBeNull();
    expect((await sprintOf(member.token, sprintId)).carriedOverTo).toBeNull();

    const laterId = await createSprint(stack, member.token, team.project.id, { name: 'Sprint 2' });
    expect(await addItemsToSprint(stack, member.token, laterId, [items[1]!])).toEqual([items[1]]);
    expect(await sprintOfItem(member.token, items[1]!)).toEqual({ id: laterId });
    expect((await sprintOf(member.token, sprintId)).workItems.totalCount).toBe(2);
  });

  test('an empty sprint starts with nothing committed and completes with nothing carried over', async () => {
    const team = await seedProjectTeam(stack);
    const sprintId = await createSprint(stack, team.member.token, team.project.id);
    expect(await startSprint(stack, team.member.token, sprintId)).toMatchObject({
      committedPoints: 0,
      committedItemCount: 0,
    });
    const laterId = await createSprint(stack, team.member.token, team.project.id, {
      startDate: '2030-04-01',
      endDate: '2030-04-12',
    });
    expect(await completeSprint(stack, team.member.token, sprintId, laterId)).toEqual({
      carriedOverTo: { id: laterId },
      carriedOverItemCount: 0,
      sprint: { id: sprintId, state: 'COMPLETED' },
    });
    expect(await sprintRow(sprintId)).toMatchObject({ completed_points: 0, carried_over_points: 0 });
  });

  test('deleting a planned sprint returns its items to the backlog and removes everything it held', async () => {
    const team = await seedProjectTeam(stack);
    const { member } = team;
    const { items, sprintId } = await seedSprintWithItems(team, [1, 2]);
    await setSprintCapacity(stack, member.token, sprintId, [{ userId: member.userId, pointsPerDay: 1 }]);

    const res = dataOf(await runAs(stack, member.token, sprintOps.delete, { input: { id: sprintId } }));
    expect(res.deleteSprint).toEqual({ deletedSprintId: sprintId, project: { id: team.project.id } });
    expect(errorOf(await runAs(stack, member.token, sprintQuery, { id: sprintId }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await sprintOfItem(member.token, items[0]!)).toBeNull();
    for (const table of ['sprint_item', 'scope_change', 'member_capacity']) {
      const [{ count }] = (await querySql<{ count: number }>(
        stack,
        `SELECT count(*)::int AS count FROM sprints.${table} WHERE sprint_id = $1`,
        [rawId(sprintId)],
      )) as [{ count: number }];
      expect({ table, count }).toEqual({ table, count: 0 });
    }
    const otherId = await createSprint(stack, member.token, team.project.id);
    expect(await addItemsToSprint(stack, member.token, otherId, items)).toEqual(items);
  });

  test('an item given twice in one call joins the sprint once', async () => {
    const team = await seedProjectTeam(stack);
    const items = await createItems(stack, team.member.token, team.project.id, [1]);
    const sprintId = await createSprint(stack, team.member.token, team.project.id);
    expect(await addItemsToSprint(stack, team.member.token, sprintId, [items[0]!, items[0]!])).toEqual(items);
    const [{ count }] = (await querySql<{ count: number }>(
      stack,
      'SELECT count(*)::int AS count FROM sprints.scope_change WHERE sprint_id = $1',
      [rawId(sprintId)],
    )) as [{ count: number }];
    expect(count).toBe(1);
  });

  test('an added item and its scope change share one time', async () => {
    const team = await seedProjectTeam(stack);
    const { items, sprintId } = await seedSprintWithItems(team, [2]);
    const [row] = await querySql<{ added_at: Date; at: Date }>(
      stack,
      `SELECT si.added_at, sc.at FROM sprints.sprint_item si
         JOIN sprints.scope_change sc ON sc.sprint_id = si.sprint_id AND sc.work_item_id = si.work_item_id
        WHERE si.sprint_id = $1 AND si.work_item_id = $2`,
      [rawId(sprintId), rawId(items[0]!)],
    );
    expect(row!.added_at.getTime()).toBe(row!.at.getTime());
  });
});

describe('dates and names', () => {
  test('the active sprint may move its dates and a completed sprint may be renamed', async () => {
    const team = await seedProjectTeam(stack);
    const sprintId = await createSprint(stack, team.member.token, team.project.id);
    await startSprint(stack, team.member.token, sprintId);
    const moved = dataOf(
      await runAs(stack, team.member.token, sprintOps.update, { input: { id: sprintId, endDate: '2030-03-20' } }),
    ).updateSprint.sprint;
    expect(moved).toMatchObject({ state: 'ACTIVE', startDate: '2030-03-04', endDate: '2030-03-20' });
    await completeSprint(stack, team.member.token, sprintId);
    const renamed = dataOf(
      await runAs(stack, team.member.token, sprintOps.update, {
        input: { id: sprintId, name: 'Sprint 1 (done)', goal: null, startDate: '2030-03-04' },
      }),
    ).updateSprint.sprint;
    expect(renamed).toMatchObject({ name: 'Sprint 1 (done)', goal: '', state: 'COMPLETED' });
  });

  test('a planned sprint may end the day before the active sprint starts or start the day after it ends', async () => {
    const team = await seedProjectTeam(stack);
    const activeId = await createSprint(stack, team.member.token, team.project.id, {
      startDate: '2030-03-04',
      endDate: '2030-03-15',
    });
    await startSprint(stack, team.member.token, activeId);
    await createSprint(stack, team.member.token, team.project.id, { startDate: '2030-02-18', endDate: '2030-03-03' });
    const laterId = await createSprint(stack, team.member.token, team.project.id, {
      startDate: '2030-03-16',
      endDate: '2031-03-16',
    });
    expect(
      dataOf(
        await runAs(stack, team.member.token, sprintOps.update, {
          input: { id: laterId, startDate: '2030-03-17' },
        }),
      ).updateSprint.sprint,
    ).toMatchObject({ startDate: '2030-03-17', endDate: '2031-03-16' });
  });
});

describe('sprints of a project', () => {
  test('Project.sprints lists sprints by start date, filters by state and pages with cursors', async () => {
    const team = await seedProjectTeam(stack);
    const token = team.member.token;
    const third = await createSprint(stack, token, team.project.id, {
      name: 'C',
      startDate: '2030-05-01',
      endDate: '2030-05-14',
    });
    const first = await createSprint(stack, token, team.project.id, {
      name: 'A',
      startDate: '2030-01-01',
      endDate: '2030-01-14',
    });
    const second = await createSprint(stack, token, team.project.id, {
      name: 'B',
      startDate: '2030-03-01',
      endDate: '2030-03-14',
    });
    await startSprint(stack, token, first);
    await completeSprint(stack, token, first);
    await startSprint(stack, token, second);

    const page1 = dataOf(await runAs(stack, token, projectSprints, { id: team.project.id, first: 2 })).node;
    expect(page1.activeSprint).toEqual({ id: second });
    expect(page1.sprints).toMatchObject({
      totalCount: 3,
      edges: [{ node: { id: first, state: 'COMPLETED' } }, { node: { id: second, state: 'ACTIVE' } }],
      pageInfo: { hasNextPage: true },
    });
    const page2 = dataOf(
      await runAs(stack, token, projectSprints, {
        id: team.project.id,
        first: 2,
        after: page1.sprints.pageInfo.endCursor,
      }),
    ).node.sprints;
    expect(page2).toMatchObject({
      edges: [{ node: { id: third, state: 'PLANNED' } }],
      pageInfo: { hasNextPage: false },
    });

    const open = dataOf(
      await runAs(stack, token, projectSprints, { id: team.project.id, filter: { states: ['PLANNED', 'ACTIVE'] } }),
    ).node.sprints;
    expect(open).toMatchObject({ totalCount: 2, edges: [{ node: { id: second } }, { node: { id: third } }] });
  });
});

describe('capacity', () => {
  test('setSprintCapacity replaces the entries in the order given, with days off sorted and once each', async () => {
    const team = await seedProjectTeam(stack);
    const sprintId = await createSprint(stack, team.member.token, team.project.id);
    await setSprintCapacity(stack, team.member.token, sprintId, [
      { userId: team.admin.userId, pointsPerDay: 1 },
      { userId: team.member.userId, pointsPerDay: 2 },
    ]);
    await setSprintCapacity(stack, team.member.token, sprintId, [
      {
        userId: team.viewer.userId,
        pointsPerDay: 1.5,
        focusFactor: 0.5,
        daysOff: ['2030-03-06', '2030-03-05', '2030-03-06', '2031-01-01'],
      },
      { userId: team.member.userId, pointsPerDay: 0 },
    ]);
    const rows = await querySql<{
      user_id: string;
      position: number;
      days_off: string;
      focus_factor: number;
      points_per_day: number;
    }>(
      stack,
      `SELECT user_id::text, position, days_off::text, focus_factor, points_per_day
         FROM sprints.member_capacity WHERE sprint_id = $1 ORDER BY position`,
      [rawId(sprintId)],
    );
    expect(rows).toEqual([
      {
        user_id: rawId(team.viewer.userId),
        position: 0,
        days_off: '{2030-03-05,2030-03-06,2031-01-01}',
        focus_factor: 0.5,
        points_per_day: 1.5,
      },
      { user_id: rawId(team.member.userId), position: 1, days_off: '{}', focus_factor: 1, points_per_day: 0 },
    ]);
    await setSprintCapacity(stack, team.member.token, sprintId, []);
    expect(
      await querySql(stack, 'SELECT 1 FROM sprints.member_capacity WHERE sprint_id = $1', [rawId(sprintId)]),
    ).toEqual([]);
  });
});
