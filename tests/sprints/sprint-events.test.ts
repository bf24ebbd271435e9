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

  test('deleteSprint writes sprint.deleted with the last snapshot and the items it held', async () => {
    const team = await seedProjectTeam(stack);
    const items = await createItems(stack, team.member.token, team.project.id, [1, 2]);
    const id = await createSprint(stack, team.member.token, team.project.id);
    await addItemsToSprint(stack, team.member.token, id, items);
    const events = await sprintEventsOf(stack, async () =>
      dataOf(await runAs(stack, team.member.token, sprintOps.delete, { input: { id } })),
    );
    expect(events).toEqual([
      {
        ...envelope(team, team.member.userId, id, expect.any(String)),
        type: 'sprint.deleted',
        payload: {
          sprint: snapshot(team, id, { name: 'Sprint 1', state: 'PLANNED', dates: march }),
          workItemIds: items.map(rawId),
        },
      },
    ]);
  });

  test('adding and removing items writes sprint.scope_changed with the items that changed only', async () => {
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
    ]);
    const removed = await sprintEventsOf(stack, async () =>
      dataOf(
        await runAs(stack, team.admin.token, sprintOps.remove, {
          input: { sprintId: id, workItemIds: [items[2], items[0]] },
        }),
      ),
    );
    expect(removed).toEqual([
      {
        ...envelope(team, team.admin.userId, id, (await timesOf(team.member.token, id)).updatedAt),
        type: 'sprint.scope_changed',
        payload: { sprint: planned, addedWorkItemIds: [], removedWorkItemIds: [rawId(items[2]!), rawId(items[0]!)] },
      },
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

  test('completeSprint writes sprint.completed, and sprint.scope_changed for the sprint the items went to', async () => {
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
    ]);
  });

  test('completing into the backlog writes sprint.completed alone', async () => {
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
