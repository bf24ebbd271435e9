import { Client } from 'pg';
import {
  dataOf,
  errorOf,
  querySql,
  rawId,
  seedProjectTeam,
  untilSprintsCaughtUp,
  useTestStack,
  type ProjectTeam,
} from '../testkit';
import {
  addItemsToSprint,
  archiveItem,
  completeSprint,
  createItems,
  createSprint,
  estimateItem,
  runAs,
  startSprint,
  transitionItem,
} from './support';
import { useSprintsWithWorkItemsPeer, type PeerBehaviour } from './sprints-with-peer';

const stack = useTestStack();

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Runs `action` while the sprints read model's consumer cannot apply any work-item event (the
 * processed-events table is locked against writes, which is the first thing its handler does), then
 * lets it go: every change `action` makes reaches the read model only afterwards.
 */
async function whileReadModelWaits<T>(action: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('LOCK TABLE sprints.processed_events IN SHARE MODE');
    return await action();
  } finally {
    await client.query('COMMIT');
    await client.end();
  }
}

/** The read model's version of an item: proof that its latest event has not been applied yet. */
const readModelVersion = async (globalId: string) =>
  (
    await querySql<{ version: number }>(stack, `SELECT version FROM sprints.work_item WHERE id = $1`, [rawId(globalId)])
  )[0]?.version;

const deleteOp = `mutation ($input: DeleteWorkItemInput!) { deleteWorkItem(input: $input) { deletedWorkItemId } }`;
const deleteItem = async (token: string, id: string) => dataOf(await runAs(stack, token, deleteOp, { input: { id } }));

const figuresQuery = `query ($id: ID!, $projectId: ID!) {
  sprint(id: $id) {
    state committedPoints committedItemCount completedPoints completedItemCount remainingPoints
    workItems { edges { workItemId outcome } }
    scopeChange {
      addedPoints removedPoints reestimatedPoints
      changes { edges { node { kind workItemId points actor { id } } } }
    }
    burndown { date remainingPoints completedPoints }
  }
  project(id: $projectId) { velocity { mean sprints { committedPoints completedPoints } } }
}`;

const figuresOf = async (team: ProjectTeam, sprintId: string) =>
  dataOf(await runAs(stack, team.member.token, figuresQuery, { id: sprintId, projectId: team.project.id }));

/** What the sprints service wrote about the items and the sprint: history, scope changes, events. */
const recordsOf = async (sprintId: string, itemIds: string[]) => ({
  history: await querySql(
    stack,
    `SELECT work_item_id::text, version, deleted, event_id IS NOT NULL AS from_event, actor_id::text
     FROM sprints.work_item_history WHERE work_item_id = ANY($1::uuid[]) ORDER BY work_item_id, version, deleted`,
    [itemIds.map(rawId)],
  ),
  scopeChanges: await querySql(
    stack,
    `SELECT work_item_id::text, kind, reason FROM sprints.scope_change WHERE work_item_id = ANY($1::uuid[])
     ORDER BY work_item_id, seq`,
    [itemIds.map(rawId)],
  ),
  sprintEvents: await querySql(
    stack,
    `SELECT type, envelope->'payload'->'removedWorkItemIds' AS removed FROM sprints.outbox
     WHERE (envelope->>'aggregateId')::uuid = $1 ORDER BY seq`,
    [rawId(sprintId)],
  ),
});

describe('figures of record when the read model has not heard of the latest changes yet', () => {
  it('records the acknowledged estimate and state, and the events arriving afterwards count nothing twice', async () => {
    const team = await seedProjectTeam(stack);
    const { member } = team;
    const [reestimated, finished] = await createItems(stack, member.token, team.project.id, [3, 5]);
    const sprintId = await createSprint(stack, member.token, team.project.id, {
      startDate: isoDay(0),
      endDate: isoDay(9),
    });
    await addItemsToSprint(stack, member.token, sprintId, [reestimated!, finished!]);

    const started = await whileReadModelWaits(async () => {
      await estimateItem(stack, member.token, reestimated!, 8);
      expect(await readModelVersion(reestimated!)).toBe(1);
      return startSprint(stack, member.token, sprintId);
    });
    expect(started).toMatchObject({ committedPoints: 13, committedItemCount: 2 });
    await untilSprintsCaughtUp(stack);

    const completed = await whileReadModelWaits(async () => {
      await transitionItem(stack, member.token, finished!, 'Done');
      expect(await readModelVersion(finished!)).toBe(1);
      await completeSprint(stack, member.token, sprintId);
      return figuresOf(team, sprintId);
    });
    const today = completed.sprint.burndown.find((point: { date: string }) => point.date === isoDay(0));
    expect(completed).toEqual({
      sprint: expect.objectContaining({
        state: 'COMPLETED',
        committedPoints: 13,
        committedItemCount: 2,
        completedPoints: 5,
        completedItemCount: 1,
        remainingPoints: 8,
        workItems: {
          edges: [
            { workItemId: reestimated, outcome: 'CARRIED_OVER' },
            { workItemId: finished, outcome: 'COMPLETED' },
          ],
        },
        // The re-estimate came before the start: it is part of the commitment, not a scope change.
        scopeChange: { addedPoints: 0, removedPoints: 0, reestimatedPoints: 0, changes: { edges: [] } },
      }),
      project: { velocity: { mean: 5, sprints: [{ committedPoints: 13, completedPoints: 5 }] } },
    });
    expect(today).toEqual({ date: isoDay(0), remainingPoints: 8, completedPoints: 5 });

    await untilSprintsCaughtUp(stack);
    expect(await figuresOf(team, sprintId)).toEqual(completed);
    // One history row per version, each now the event's, with the person who made the change.
    const records = await recordsOf(sprintId, [reestimated!, finished!]);
    const byEvent = (id: string, version: number) => ({
      work_item_id: rawId(id),
      version,
      deleted: false,
      from_event: true,
      actor_id: rawId(member.userId),
    });
    expect(records.history).toHaveLength(4);
    expect(records.history).toEqual(
      expect.arrayContaining([
        byEvent(reestimated!, 1),
        byEvent(reestimated!, 2),
        byEvent(finished!, 1),
        byEvent(finished!, 2),
      ]),
    );
  });

  it('leaves out items archived or deleted just before, once, whichever comes first', async () => {
    const team = await seedProjectTeam(stack);
    const { member, admin } = team;
    const [kept, deletedBeforeStart, archivedBeforeEnd] = await createItems(
      stack,
      member.token,
      team.project.id,
      [2, 3, 5],
    );
    const sprintId = await createSprint(stack, member.token, team.project.id, {
      startDate: isoDay(0),
      endDate: isoDay(9),
    });
    await addItemsToSprint(stack, member.token, sprintId, [kept!, deletedBeforeStart!, archivedBeforeEnd!]);

    const started = await whileReadModelWaits(async () => {
      await deleteItem(admin.token, deletedBeforeStart!);
      return startSprint(stack, member.token, sprintId);
    });
    expect(started).toMatchObject({ committedPoints: 7, committedItemCount: 2 });
    await untilSprintsCaughtUp(stack);

    const completion = await whileReadModelWaits(async () => {
      await archiveItem(stack, member.token, archivedBeforeEnd!);
      return completeSprint(stack, member.token, sprintId);
    });
    expect(completion.carriedOverItemCount).toBe(1);
    const figures = await figuresOf(team, sprintId);
    expect(figures.sprint).toMatchObject({
      committedPoints: 7,
      remainingPoints: 2,
      workItems: { edges: [{ workItemId: kept, outcome: 'CARRIED_OVER' }] },
      // Removed during the sprint; the service does not say who archived it, the later event cannot either.
      scopeChange: {
        removedPoints: 5,
        changes: { edges: [{ node: { kind: 'REMOVED', workItemId: archivedBeforeEnd, points: -5, actor: null } }] },
      },
    });
    const records = await recordsOf(sprintId, [deletedBeforeStart!, archivedBeforeEnd!]);

    await untilSprintsCaughtUp(stack);
    expect(await figuresOf(team, sprintId)).toEqual(figures);
    const after = await recordsOf(sprintId, [deletedBeforeStart!, archivedBeforeEnd!]);
    expect(after.scopeChanges).toEqual(records.scopeChanges);
    expect(after.sprintEvents).toEqual(records.sprintEvents);
    // Each item left once, with one scope change and one sprint event.
    expect(after.scopeChanges.filter((change) => (change as { kind: string }).kind === 'REMOVED')).toEqual(
      expect.arrayContaining([
        { work_item_id: rawId(deletedBeforeStart!), kind: 'REMOVED', reason: 'DELETED' },
        { work_item_id: rawId(archivedBeforeEnd!), kind: 'REMOVED', reason: 'ARCHIVED' },
      ]),
    );
    expect(after.scopeChanges.filter((change) => (change as { kind: string }).kind === 'REMOVED')).toHaveLength(2);
    expect(after.sprintEvents.filter((event) => (event as { removed: unknown[] | null }).removed?.length)).toEqual([
      { type: 'sprint.scope_changed', removed: [rawId(deletedBeforeStart!)] },
      { type: 'sprint.scope_changed', removed: [rawId(archivedBeforeEnd!)] },
    ]);
    // The events filled in the rows read from the service instead of adding their own.
    expect(after.history.filter((row) => !(row as { from_event: boolean }).from_event)).toEqual([]);
    expect(after.history).toHaveLength(records.history.length);
  });
});

describe('the read-through of a sprint mutation', () => {
  const sprints = useSprintsWithWorkItemsPeer(stack);
  const startOp = `mutation ($input: StartSprintInput!) { startSprint(input: $input) { sprint { committedPoints committedItemCount } } }`;
  const completeOp = `mutation ($input: CompleteSprintInput!) { completeSprint(input: $input) { sprint { id } } }`;
  const stateOf = async (team: ProjectTeam, id: string) =>
    dataOf(
      await runAs(stack, team.member.token, `query ($id: ID!) { sprint(id: $id) { state committedItemCount } }`, {
        id,
      }),
    ).sprint;

  /** A peer that adds `items[index]` to the sprint (through the router) before answering call `index`. */
  const addingBeforeAnswer =
    (team: ProjectTeam, sprintId: string, items: string[]): PeerBehaviour =>
    async (call, forward) => {
      const item = items[call.index];
      if (item) await addItemsToSprint(stack, team.member.token, sprintId, [item]);
      return { status: 200, body: await forward() };
    };

  it('reads through an item added to the sprint meanwhile, with what was acknowledged for it', async () => {
    const team = await seedProjectTeam(stack);
    const [first, joining] = await createItems(stack, team.member.token, team.project.id, [1, 5]);
    const sprintId = await createSprint(stack, team.member.token, team.project.id);
    await addItemsToSprint(stack, team.member.token, sprintId, [first!]);
    sprints.behave(addingBeforeAnswer(team, sprintId, [joining!]));

    const res = await whileReadModelWaits(async () => {
      await estimateItem(stack, team.member.token, joining!, 8);
      expect(await readModelVersion(joining!)).toBe(1);
      return sprints.run(team.member, startOp, { input: { id: sprintId } });
    });

    expect(dataOf(res).startSprint.sprint).toEqual({ committedPoints: 9, committedItemCount: 2 });
    expect(sprints.calls.slice(-2)).toEqual([[rawId(first!)], [rawId(joining!)]]);
  });

  it('gives up with CONFLICT, recording nothing, while items keep joining', async () => {
    const team = await seedProjectTeam(stack);
    const [first, ...joining] = await createItems(stack, team.member.token, team.project.id, [1, 2, 3, 4]);
    const sprintId = await createSprint(stack, team.member.token, team.project.id);
    await addItemsToSprint(stack, team.member.token, sprintId, [first!]);
    sprints.behave(addingBeforeAnswer(team, sprintId, joining as string[]));

    const res = await sprints.run(team.member, startOp, { input: { id: sprintId } });

    expect(errorOf(res)).toEqual({
      code: 'CONFLICT',
      field: undefined,
      message: "The sprint's items kept changing while its figures were being recorded: try again.",
    });
    expect(await stateOf(team, sprintId)).toEqual({ state: 'PLANNED', committedItemCount: 4 });
  });

  it('fails with SERVICE_UNAVAILABLE, recording nothing, when the work-items service does not answer or answers amiss', async () => {
    const team = await seedProjectTeam(stack);
    const [item] = await createItems(stack, team.member.token, team.project.id, [3]);
    const sprintId = await createSprint(stack, team.member.token, team.project.id);
    await addItemsToSprint(stack, team.member.token, sprintId, [item!]);
    const unavailable = {
      code: 'SERVICE_UNAVAILABLE',
      message: 'The work-items service is unavailable: nothing was changed.',
    };

    sprints.behave(async () => ({ status: 503, body: { errors: [{ message: 'upstream connect error' }] } }));
    expect(errorOf(await sprints.run(team.member, startOp, { input: { id: sprintId } }))).toMatchObject(unavailable);
    expect(await stateOf(team, sprintId)).toEqual({ state: 'PLANNED', committedItemCount: 1 });

    // An answer without the item must not read as its deletion.
    sprints.behave(async () => ({ status: 200, body: { data: { workItemSnapshots: [] } } }));
    expect(errorOf(await sprints.run(team.member, startOp, { input: { id: sprintId } }))).toMatchObject(unavailable);
    expect(await stateOf(team, sprintId)).toEqual({ state: 'PLANNED', committedItemCount: 1 });

    await startSprint(stack, team.member.token, sprintId);
    sprints.behave(async () => 'hang up');
    const res = await sprints.run(team.member, completeOp, { input: { id: sprintId } });
    expect(errorOf(res)).toMatchObject(unavailable);
    expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|upstream|socket/);
    expect(await stateOf(team, sprintId)).toEqual({ state: 'ACTIVE', committedItemCount: 1 });
  });
});
