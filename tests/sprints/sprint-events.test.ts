import { dataOf, rawId, seedProjectTeam, useTestStack, type ProjectTeam } from '../testkit';
import {
  addItemsToSprint,
  createItems,
  createSprint,
  runAs,
  setSprintCapacity,
  sprintEventsOf,
  sprintOps,
  startSprint,
  transitionItem,
  untilSprintsCaughtUp,
} from './support';

const stack = useTestStack();

const timesQuery = `query ($id: ID!) { sprint(id: $id) { createdAt updatedAt startedAt completedAt } }`;
const timesOf = async (token: string, id: string) => dataOf(await runAs(stack, token, timesQuery, { id })).sprint;

function envelope(team: ProjectTeam, actor: string, sprintId: string, occurredAt: string) {
  return {
    id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    version: 1,
    occurredAt,
    actorId: rawId(actor),
    organizationId: rawId(team.organizationId),
    projectId: rawId(team.project.id),
    aggregateId: rawId(sprintId),
  };
}

function snapshot(
  team: ProjectTeam,
  sprintId: string,
  fields: { name: string; state: string; dates: [string, string] },
) {
  return {
    id: rawId(sprintId),
    projectId: rawId(team.project.id),
    name: fields.name,
    state: fields.state,
    startDate: fields.dates[0],
    endDate: fields.dates[1],
  };
}

/**
 * The `sprint_placement.changed` events a change writes after its own, one per item it moved in or
 * out of an open sprint, in item uuid order: where each item is now (null: the backlog).
 */
function placements(team: ProjectTeam, actor: string, occurredAt: string, placed: Record<string, string | null>) {
  return Object.entries(placed)
    .map(([item, sprint]) => [rawId(item), sprint && rawId(sprint)] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([workItemId, sprintId]) => ({
      ...envelope(team, actor, workItemId, occurredAt),
      aggregateId: workItemId,
      type: 'sprint_placement.changed',
      payload: { workItemId, sprintId, version: expect.any(Number) },
    }));
}

const march: [string, string] = ['2030-03-04', '2030-03-15'];
const april: [string, string] = ['2030-04-01', '2030-04-12'];

describe('events of planning', () => {
  test('createSprint writes sprint.created with the new sprint', async () => {
    const team = await seedProjectTeam(stack);
    let id = '';
    const events = await sprintEventsOf(stack, async () => {
      id = await createSprint(stack, team.member.token, team.project.id, { name: 'Sprint 1' });
    });
    const { createdAt } = await timesOf(team.member.token, id);
    expect(events).toEqual([
      {
        ...envelope(team, team.member.userId, id, createdAt),
        type: 'sprint.created',
        payload: { sprint: snapshot(team, id, { name: 'Sprint 1', state: 'PLANNED', dates: march }) },
      },
    ]);
  });

  test('updateSprint writes sprint.updated with the changed fields in schema order, and nothing when nothing changes', async () => {
    const team = await seedProjectTeam(stack);
    const id = await createSprint(stack, team.member.token, team.project.id, { name: 'Sprint 1', goal: 'Ship' });
    const update = (input: Record<string, unknown>) =>
      sprintEventsOf(stack, async () =>
        dataOf(await runAs(stack, team.admin.token, sprintOps.update, { input: { id, ...input } })),
      );
    const events = await update({ endDate: '2030-03-14', goal: 'Ship it', name: 'Sprint 1', startDate: '2030-03-03' });
    const { updatedAt } = await timesOf(team.member.token, id);
    expect(events).toEqual([
      {
        ...envelope(team, team.admin.userId, id, updatedAt),
        type: 'sprint.updated',
        payload: {
          sprint: snapshot(team, id, { name: 'Sprint 1', state: 'PLANNED', dates: ['2030-03-03', '2030-03-14'] }),
          changedFields: ['goal', 'startDate', 'endDate'],
        },
      },
    ]);
    expect(await update({ name: ' Sprint 1 ', goal: 'Ship it', startDate: '2030-03-03' })).toEqual([]);
    expect((await timesOf(team.member.token, id)).updatedAt).toBe(updatedAt);
  });

  test('deleteSprint writes sprint.deleted with the last snapshot and the items it held, each placed in the backlog', async () => {
    const team = await seedProjectTeam(stack);
    const items = await createItems(stack, team.member.token, team.project.id, [1, 2]);
    const id = await createSprint(stack, team.member.token, team.project.id);
    await addItemsToSprint(stack, team.member.token, id, items);
    const events = await sprintEventsOf(stack, async () =>
      dataOf(await runAs(stack, team.member.token, sprintOps.delete, { input: { id } })),
    );
    const occurredAt = events[0]!.occurredAt;
    expect(events).toEqual([
      {
        ...envelope(team, team.member.userId, id, occurredAt),
        type: 'sprint.deleted',
        payload: {
          sprint: snapshot(team, id, { name: 'Sprint 1', state: 'PLANNED', dates: march }),
          workItemIds: items.map(rawId),
        },
      },
      ...placements(team, team.member.userId, occurredAt, { [items[0]!]: null, [items[1]!]: null }),
    ]);
  });

  test('adding and removing items writes sprint.scope_changed with the items that changed only, and where each is now', async () => {
    const team = await seedProjectTeam(stack);
    const items = await createItems(stack, team.member.token, team.project.id, [1, 2, 3]);
    const id = await createSprint(stack, team.member.token, team.project.id);
    await addItemsToSprint(stack, team.member.token, id, [items[0]!]);
    const added = await sprintEventsOf(stack, () => addItemsToSprint(stack, team.member.token, id, items));
    const afterAdd = await timesOf(team.member.token, id);
    const planned = snapshot(team, id, { name: 'Sprint 1', state: 'PLANNED', dates: march });
    expect(added).toEqual([
      {
        ...envelope(team, team.member.userId, id, afterAdd.updatedAt),
        type: 'sprint.scope_changed',
        payload: { sprint: planned, addedWorkItemIds: [rawId(items[1]!), rawId(items[2]!)], removedWorkItemIds: [] },
      },
      ...placements(team, team.member.userId, afterAdd.updatedAt, { [items[1]!]: id, [items[2]!]: id }),
    ]);
    const removed = await sprintEventsOf(stack, async () =>
      dataOf(
        await runAs(stack, team.admin.token, sprintOps.remove, {
          input: { sprintId: id, workItemIds: [items[2], items[0]] },
        }),
      ),
    );
    const afterRemove = (await timesOf(team.member.token, id)).updatedAt;
    expect(removed).toEqual([
      {
        ...envelope(team, team.admin.userId, id, afterRemove),
        type: 'sprint.scope_changed',
        payload: { sprint: planned, addedWorkItemIds: [], removedWorkItemIds: [rawId(items[2]!), rawId(items[0]!)] },
      },
      ...placements(team, team.admin.userId, afterRemove, { [items[2]!]: null, [items[0]!]: null }),
    ]);
    expect(await sprintEventsOf(stack, () => addItemsToSprint(stack, team.member.token, id, [items[1]!]))).toEqual([]);
    expect(
      await sprintEventsOf(stack, async () =>
        dataOf(
          await runAs(stack, team.member.token, sprintOps.remove, { input: { sprintId: id, workItemIds: [items[0]] } }),
        ),
      ),
    ).toEqual([]);
  });

  test('setSprintCapacity writes sprint.capacity_changed, and nothing when the entries are the same', async () => {
    const team = await seedProjectTeam(stack);
    const id = await createSprint(stack, team.member.token, team.project.id);
    const members = [{ userId: team.member.userId, pointsPerDay: 2, focusFactor: 0.8, daysOff: ['2030-03-05'] }];
    const events = await sprintEventsOf(stack, () => setSprintCapacity(stack, team.member.token, id, members));
    expect(events).toEqual([
      {
        ...envelope(team, team.member.userId, id, (await timesOf(team.member.token, id)).updatedAt),
        type: 'sprint.capacity_changed',
        payload: { sprint: snapshot(team, id, { name: 'Sprint 1', state: 'PLANNED', dates: march }) },
      },
    ]);
    expect(await sprintEventsOf(stack, () => setSprintCapacity(stack, team.member.token, id, members))).toEqual([]);
    expect(
      await sprintEventsOf(stack, () =>
        setSprintCapacity(stack, team.member.token, id, [{ ...members[0]!, focusFactor: 0.7 }]),
      ),
    ).toHaveLength(1);
  });
});

describe('events of a running sprint', () => {
  test('startSprint writes sprint.started with the committed items and points', async () => {
    const team = await seedProjectTeam(stack);
    const items = await createItems(stack, team.member.token, team.project.id, [3, null, 5, 8]);
    await transitionItem(stack, team.member.token, items[3]!, 'Canceled');
    await untilSprintsCaughtUp(stack);
    const id = await createSprint(stack, team.member.token, team.project.id);
    await addItemsToSprint(stack, team.member.token, id, [items[2]!]);
    await addItemsToSprint(stack, team.member.token, id, [items[0]!, items[1]!, items[3]!]);
    const events = await sprintEventsOf(stack, () => startSprint(stack, team.member.token, id));
    const { startedAt } = await timesOf(team.member.token, id);
    expect(events).toEqual([
      {
        ...envelope(team, team.member.userId, id, startedAt),
        type: 'sprint.started',
        payload: {
          sprint: snapshot(team, id, { name: 'Sprint 1', state: 'ACTIVE', dates: march }),
          workItemIds: [items[2]!, items[0]!, items[1]!, items[3]!].map(rawId),
          committedPoints: 8,
        },
      },
    ]);
  });

  test('completeSprint writes sprint.completed, sprint.scope_changed for the sprint the items went to, and where every item it held is now', async () => {
    const team = await seedProjectTeam(stack);
    const items = await createItems(stack, team.member.token, team.project.id, [3, 5, 2, 1]);
    const id = await createSprint(stack, team.member.token, team.project.id);
    for (const item of items) await addItemsToSprint(stack, team.member.token, id, [item]);
    await startSprint(stack, team.member.token, id);
    await transitionItem(stack, team.member.token, items[0]!, 'Done');
    await transitionItem(stack, team.member.token, items[3]!, 'Canceled');
    await transitionItem(stack, team.member.token, items[2]!, 'In progress');
    await untilSprintsCaughtUp(stack);
    const next = await createSprint(stack, team.member.token, team.project.id, {
      name: 'Sprint 2',
      startDate: april[0],
      endDate: april[1],
    });

    const events = await sprintEventsOf(stack, async () =>
      dataOf(await runAs(stack, team.admin.token, sprintOps.complete, { input: { id, carryOverTo: next } })),
    );
    const { completedAt } = await timesOf(team.member.token, id);
    const carried = [rawId(items[1]!), rawId(items[2]!)];
    expect(events).toEqual([
      {
        ...envelope(team, team.admin.userId, id, completedAt),
        type: 'sprint.completed',
        payload: {
          sprint: snapshot(team, id, { name: 'Sprint 1', state: 'COMPLETED', dates: march }),
          completedWorkItemIds: [rawId(items[0]!)],
          carriedOverWorkItemIds: carried,
          carriedOverToSprintId: rawId(next),
          completedPoints: 3,
        },
      },
      {
        ...envelope(team, team.admin.userId, next, completedAt),
        type: 'sprint.scope_changed',
        payload: {
          sprint: snapshot(team, next, { name: 'Sprint 2', state: 'PLANNED', dates: april }),
          addedWorkItemIds: carried,
          removedWorkItemIds: [],
        },
      },
      // Every item the sprint held: the canceled one too, which sprint.completed does not name.
      ...placements(team, team.admin.userId, completedAt, {
        [items[0]!]: null,
        [items[1]!]: next,
        [items[2]!]: next,
        [items[3]!]: null,
      }),
    ]);
  });

  test('completing into the backlog writes sprint.completed and places its items in the backlog', async () => {
    const team = await seedProjectTeam(stack);
    const items = await createItems(stack, team.member.token, team.project.id, [2]);
    const id = await createSprint(stack, team.member.token, team.project.id);
    await addItemsToSprint(stack, team.member.token, id, items);
    await startSprint(stack, team.member.token, id);
    const events = await sprintEventsOf(stack, async () =>
      dataOf(await runAs(stack, team.member.token, sprintOps.complete, { input: { id } })),
    );
    expect(events.map((event) => [event.type, event.payload])).toEqual([
      [
        'sprint.completed',
        {
          sprint: snapshot(team, id, { name: 'Sprint 1', state: 'COMPLETED', dates: march }),
          completedWorkItemIds: [],
          carriedOverWorkItemIds: [rawId(items[0]!)],
          carriedOverToSprintId: null,
          completedPoints: 0,
        },
      ],
      ['sprint_placement.changed', { workItemId: rawId(items[0]!), sprintId: null, version: expect.any(Number) }],
    ]);
  });

  test('a refused change writes no event', async () => {
    const team = await seedProjectTeam(stack);
    const id = await createSprint(stack, team.member.token, team.project.id);
    const events = await sprintEventsOf(stack, async () => {
      const res = await runAs(stack, team.member.token, sprintOps.complete, { input: { id } });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const viewer = await runAs(stack, team.viewer.token, sprintOps.start, { input: { id } });
      expect(viewer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
    expect(events).toEqual([]);
  });
});
