import { Redis } from 'ioredis';
import type { AnyEventEnvelope } from '../../lib/events/envelope';
import { eventKeys } from '../../lib/events/keys';
import {
  createWorkItem,
  dataOf,
  itWithRedis,
  querySql,
  rawId,
  seedProjectTeam,
  untilSprintsCaughtUp,
  useTestStack,
  useWorkItemEventHandler,
  workItemEvents,
  type ProjectTeam,
} from '../testkit';
import {
  addItemsToSprint,
  archiveItem,
  completeSprint,
  createSprint,
  estimateItem,
  runAs,
  startSprint,
  transitionItem,
} from './support';

const stack = useTestStack();
const handle = useWorkItemEventHandler(stack);

const sprintFigures = `
  committedPoints committedItemCount completedPoints completedItemCount remainingPoints overcommitted state
  scopeChange {
    addedPoints removedPoints reestimatedPoints addedItemCount removedItemCount
    changes(first: 20) { totalCount edges { node { kind points at actor { id } workItem { id } } } }
  }
  burndown { date remainingPoints completedPoints idealRemainingPoints }
  burnup { date scopePoints completedPoints }
  workItems(first: 20) { edges { node { id } } }`;

const sprintQuery = `query ($id: ID!) { sprint(id: $id) { id name ${sprintFigures} } }`;

const projectQuery = `query ($projectId: ID!, $epicId: ID!) {
  project(id: $projectId) {
    sprints(first: 10) { edges { node { id state } } }
    activeSprint { id }
    velocity(lastSprints: 5) { mean median standardDeviation sprints { sprint { id } committedPoints completedPoints } }
    byPoints: forecast(remainingPoints: 20) { remainingPoints sampleSize percentiles { percentile velocity sprints } }
    byEpic: forecast(epicId: $epicId) { remainingPoints sampleSize percentiles { percentile velocity sprints } }
  }
}`;

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Every table the read model and its removals write, in a stable order, as JSON text. */
async function readModelTables(): Promise<Record<string, string>> {
  const tables = {
    workItems: `SELECT * FROM sprints.work_item ORDER BY id`,
    history: `SELECT * FROM sprints.work_item_history ORDER BY id`,
    scopeChanges: `SELECT * FROM sprints.scope_change ORDER BY id`,
    sprintItems: `SELECT * FROM sprints.sprint_item ORDER BY sprint_id, work_item_id`,
    sprints: `SELECT * FROM sprints.sprint ORDER BY id`,
    outbox: `SELECT id, type, envelope FROM sprints.outbox ORDER BY seq`,
  };
  const entries = await Promise.all(
    Object.entries(tables).map(async ([name, sql]) => {
      const [{ rows }] = (await querySql<{ rows: string }>(
        stack,
        `SELECT coalesce(json_agg(t)::text, '[]') AS rows FROM (${sql}) t`,
      )) as [{ rows: string }];
      return [name, rows] as const;
    }),
  );
  return Object.fromEntries(entries);
}

interface Scenario {
  team: ProjectTeam;
  epicId: string;
  sprintIds: string[];
}

/**
 * Ten items under an epic, a sprint started with five of them; during it one is done, one done and
 * reopened, one re-estimated, one archived, one canceled and one added; it completes with carry-over
 * to the next sprint, where another item is then finished.
 */
async function playScenario(): Promise<Scenario> {
  const team = await seedProjectTeam(stack);
  const { admin, member } = team;
  const projectId = team.project.id;
  const epic = await createWorkItem(stack, admin.token, { projectId, type: 'EPIC', title: 'Epic' });
  const estimates = { a: 3, b: 5, c: 2, d: 8, e: 1, f: 5, g: null, h: 13 };
  const ids = {} as Record<keyof typeof estimates, string>;
  for (const [name, estimate] of Object.entries(estimates) as [keyof typeof estimates, number | null][]) {
    ids[name] = (
      await createWorkItem(stack, admin.token, { projectId, type: 'STORY', parentId: epic.id, estimate })
    ).id;
  }
  const { a, b, c, d, e, f, g, h } = ids;

  const first = await createSprint(stack, member.token, projectId, { startDate: isoDay(0), endDate: isoDay(9) });
  await addItemsToSprint(stack, member.token, first, [a, b, c, d, e, g]);
  await startSprint(stack, member.token, first);

  await transitionItem(stack, member.token, a, 'Done');
  await transitionItem(stack, member.token, b, 'Done');
  await transitionItem(stack, admin.token, b, 'In progress');
  await estimateItem(stack, member.token, c, 3);
  await archiveItem(stack, member.token, d);
  await transitionItem(stack, member.token, e, 'Canceled');
  await addItemsToSprint(stack, member.token, first, [f]);
  await untilSprintsCaughtUp(stack);

  const second = await createSprint(stack, member.token, projectId, {
    name: 'Sprint 2',
    startDate: isoDay(10),
    endDate: isoDay(19),
  });
  await addItemsToSprint(stack, member.token, second, [h]);
  await completeSprint(stack, member.token, first, second);
  await transitionItem(stack, member.token, c, 'Done');
  await estimateItem(stack, member.token, h, 8);
  await untilSprintsCaughtUp(stack);
  return { team, epicId: epic.id, sprintIds: [first, second] };
}

const figuresOf = async ({ team, epicId, sprintIds }: Scenario) => ({
  ...dataOf(await runAs(stack, team.member.token, projectQuery, { projectId: team.project.id, epicId })),
  sprints: await Promise.all(
    sprintIds.map(async (id) => dataOf(await runAs(stack, team.member.token, sprintQuery, { id }))),
  ),
});

describe('replaying work-item events', () => {
  it('leaves the read model, the sprints and every figure exactly as they were', async () => {
    const scenario = await playScenario();
    const tables = await readModelTables();
    const figures = await figuresOf(scenario);
    // The scenario really happened: a removal by the read model and a completed sprint with carry-over.
    expect(JSON.parse(tables.scopeChanges!)).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'REMOVED', reason: 'ARCHIVED' })]),
    );
    expect(figures.project.velocity.sprints).toHaveLength(1);
    const events = await workItemEvents(stack);
    expect(events).toHaveLength(17);

    for (const event of events) await handle(event);
    expect(await readModelTables()).toEqual(tables);
    expect(await figuresOf(scenario)).toEqual(figures);

    // Without the processed-events record, the version guard and the unique event ids alone hold.
    await querySql(stack, `DELETE FROM sprints.processed_events WHERE consumer = 'sprints'`);
    for (const event of events) await handle(event);
    expect(await readModelTables()).toEqual(tables);
    expect(await figuresOf(scenario)).toEqual(figures);

    // And in reverse order, as a consumer restarted from the beginning might interleave them.
    await querySql(stack, `DELETE FROM sprints.processed_events WHERE consumer = 'sprints'`);
    for (const event of [...events].reverse()) await handle(event);
    expect(await readModelTables()).toEqual(tables);
    expect(await figuresOf(scenario)).toEqual(figures);
  });
});

describe('an event delivered twice', () => {
  async function archivedInActiveSprint(): Promise<{ team: ProjectTeam; sprintId: string; archive: AnyEventEnvelope }> {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, estimate: 5 });
    const sprintId = await createSprint(stack, team.member.token, team.project.id, {
      name: 'Sprint',
      startDate: isoDay(0),
      endDate: isoDay(9),
    });
    await addItemsToSprint(stack, team.member.token, sprintId, [item.id]);
    await startSprint(stack, team.member.token, sprintId);
    await archiveItem(stack, team.member.token, item.id);
    await untilSprintsCaughtUp(stack);
    const archive = (await workItemEvents(stack, rawId(item.id))).at(-1)!;
    expect(archive.type).toBe('work_item.archived');
    return { team, sprintId: rawId(sprintId), archive };
  }

  const effectsOf = async (sprintId: string, eventId: string) => ({
    history: await querySql(stack, `SELECT version FROM sprints.work_item_history WHERE event_id = $1`, [eventId]),
    processed: await querySql(stack, `SELECT consumer FROM sprints.processed_events WHERE event_id = $1`, [eventId]),
    scopeChanges: await querySql(
      stack,
      `SELECT kind, reason FROM sprints.scope_change WHERE sprint_id = $1 ORDER BY at, kind`,
      [sprintId],
    ),
    sprintEvents: await querySql(
      stack,
      `SELECT type, envelope->'payload'->'removedWorkItemIds' AS removed FROM sprints.outbox
       WHERE (envelope->>'aggregateId')::uuid = $1 ORDER BY seq`,
      [sprintId],
    ),
  });

  const once = {
    history: [{ version: 2 }],
    processed: [{ consumer: 'sprints' }],
    scopeChanges: [
      { kind: 'ADDED', reason: 'PLANNING' },
      { kind: 'REMOVED', reason: 'ARCHIVED' },
    ],
  };

  it('takes effect once when handled twice at the same time', async () => {
    const { sprintId, archive } = await archivedInActiveSprint();
    const before = await effectsOf(sprintId, archive.id);
    expect(before).toMatchObject(once);

    await querySql(stack, `DELETE FROM sprints.processed_events WHERE event_id = $1`, [archive.id]);
    await Promise.all([handle(archive), handle(archive), handle(archive)]);

    expect(await effectsOf(sprintId, archive.id)).toEqual(before);
  });

  itWithRedis('takes effect once when the bus delivers it again to the sprints group', async () => {
    const { sprintId, archive } = await archivedInActiveSprint();
    const before = await effectsOf(sprintId, archive.id);
    expect(before).toMatchObject(once);
    expect(before.sprintEvents).toEqual([
      { type: 'sprint.created', removed: null },
      { type: 'sprint.scope_changed', removed: [] },
      { type: 'sprint.started', removed: null },
      { type: 'sprint.scope_changed', removed: [archive.aggregateId] },
    ]);

    // What a relay that crashed after XADD, with its dedupe key gone, would append again.
    const redis = new Redis(stack.redisUrl!);
    try {
      const stream = eventKeys(stack.redisKeyPrefix).stream('work-items');
      const entryId = (await redis.xadd(stream, '*', 'envelope', JSON.stringify(archive), 'type', archive.type))!;
      await untilGroupAcknowledged(redis, stream, entryId);
    } finally {
      redis.disconnect();
    }

    expect(await effectsOf(sprintId, archive.id)).toEqual(before);
  });
});

/** Waits until the sprints group has read the stream up to `entryId` and acknowledged everything. */
async function untilGroupAcknowledged(redis: Redis, stream: string, entryId: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const groups = (await redis.xinfo('GROUPS', stream)) as unknown[][];
    const group = groups
      .map((fields) =>
        Object.fromEntries(fields.flatMap((value, index) => (index % 2 ? [] : [[value, fields[index + 1]]]))),
      )
      .find((info) => info.name === 'sprints');
    if (group?.['last-delivered-id'] === entryId && group.pending === 0) return;
    if (Date.now() > deadline) throw new Error(`The sprints group did not acknowledge ${entryId} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
