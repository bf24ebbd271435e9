import { randomUUID } from 'node:crypto';
import type { AnyEventEnvelope } from '../../lib/events/envelope';
import { createLogger } from '../../lib/logger';
import { createServiceClient } from '../../lib/server/service-client';
import { serviceCaller } from '../../lib/viewer';
import { createPrismaClient } from '../../lib/db/prisma';
import { PrismaClient } from '../../subgraphs/sprints/generated/prisma/client';
import { createWorkItemLookup } from '../../subgraphs/sprints/projection/work-item-lookup';
import {
  createWorkItem,
  dataOf,
  errorOf,
  querySql,
  rawId,
  seedProjectTeam,
  untilSprintsCaughtUp,
  useTestStack,
  useWorkItemEventHandler,
  workItemEvents,
  type ProjectTeam,
} from '../testkit';
import { archiveItem, estimateItem, runAs, transitionItem } from './support';
import { callSubgraph } from '../testkit/subgraph-call';

const stack = useTestStack();
const handle = useWorkItemEventHandler(stack);

const ops = {
  delete: `mutation ($input: DeleteWorkItemInput!) { deleteWorkItem(input: $input) { deletedWorkItemId } }`,
  comment: `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`,
};

const snapshotsQuery = `query ($ids: [ID!]!) { workItemSnapshots(ids: $ids) { id version } }`;

const readModelRow = async (id: string) =>
  (
    await querySql(
      stack,
      `SELECT id::text, project_id::text, organization_id::text, key, type, parent_id::text, estimate, state_category,
         archived, deleted, version, changed_at FROM sprints.work_item WHERE id = $1`,
      [id],
    )
  )[0];

interface HistoryRow {
  event_id: string | null;
  version: number;
  occurred_at: Date;
  actor_id: string | null;
  estimate: number | null;
  state_category: string;
  archived: boolean;
  deleted: boolean;
  project_id: string;
}

const historyOf = (id: string) =>
  querySql<HistoryRow>(
    stack,
    `SELECT event_id::text, version, occurred_at, actor_id::text, estimate, state_category, archived, deleted,
       project_id::text FROM sprints.work_item_history WHERE work_item_id = $1
     ORDER BY version, occurred_at, event_id NULLS LAST`,
    [id],
  );

/** A sprint of the team's project holding the items, written directly (the sprint mutations are not under test here). */
async function sprintWith(team: ProjectTeam, state: 'PLANNED' | 'ACTIVE', workItemIds: string[]): Promise<string> {
  const id = randomUUID();
  await querySql(
    stack,
    `INSERT INTO sprints.sprint (id, project_id, organization_id, name, start_date, end_date, state, created_by_id, updated_at)
     VALUES ($1, $2, $3, 'Sprint', '2026-11-23', '2026-12-04', $4, $5, now())`,
    [id, rawId(team.project.id), rawId(team.organizationId), state, rawId(team.admin.userId)],
  );
  await querySql(
    stack,
    `INSERT INTO sprints.sprint_item (sprint_id, work_item_id, added_at, added_by_id)
     SELECT $1, unnest($2::uuid[]), now(), $3`,
    [id, workItemIds, rawId(team.admin.userId)],
  );
  return id;
}

const sprintItemsOf = async (sprintId: string) =>
  (
    await querySql<{ id: string }>(
      stack,
      `SELECT work_item_id::text AS id FROM sprints.sprint_item WHERE sprint_id = $1 ORDER BY added_at, work_item_id`,
      [sprintId],
    )
  ).map((row) => row.id);

const scopeChangesOf = (sprintId: string) =>
  querySql(
    stack,
    `SELECT work_item_id::text, kind, reason, actor_id::text, at FROM sprints.scope_change WHERE sprint_id = $1 ORDER BY at`,
    [sprintId],
  );

const sprintEventsOf = async (sprintId: string) =>
  (
    await querySql<{ envelope: AnyEventEnvelope }>(
      stack,
      `SELECT envelope FROM sprints.outbox WHERE (envelope->>'aggregateId')::uuid = $1 ORDER BY seq`,
      [sprintId],
    )
  ).map((row) => row.envelope);

/** The item's newest event, changed: a crafted event the work-items service could have sent. */
async function craftedEvent(
  workItemId: string,
  change: { type?: AnyEventEnvelope['type']; version: number; occurredAt: string } & Record<string, unknown>,
): Promise<AnyEventEnvelope> {
  const events = await workItemEvents(stack, workItemId);
  const latest = events[events.length - 1]!;
  const { type, version, occurredAt, ...snapshotChanges } = change;
  return {
    ...latest,
    id: randomUUID(),
    type: type ?? 'work_item.updated',
    occurredAt,
    payload: {
      changedFields: [],
      workItem: { ...(latest.payload as { workItem: object }).workItem, ...snapshotChanges, version },
    },
  } as unknown as AnyEventEnvelope;
}

describe('the sprints read model of work items', () => {
  it('records every version of an item from its events, with one history row per change', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, estimate: 3 });
    await estimateItem(stack, team.member.token, item.id, 5);
    await transitionItem(stack, team.member.token, item.id, 'In progress');
    await transitionItem(stack, team.admin.token, item.id, 'Done');
    dataOf(await runAs(stack, team.member.token, ops.comment, { input: { workItemId: item.id, body: 'Shipped.' } }));
    await untilSprintsCaughtUp(stack);

    const id = rawId(item.id);
    const events = await workItemEvents(stack, id);
    expect(events.map((event) => event.type)).toEqual([
      'work_item.created',
      'work_item.updated',
      'work_item.transitioned',
      'work_item.transitioned',
      'work_item.commented',
    ]);
    const at = (index: number) => new Date(events[index]!.occurredAt);
    const projectId = rawId(team.project.id);
    expect(await readModelRow(id)).toEqual({
      id,
      project_id: projectId,
      organization_id: rawId(team.organizationId),
      key: item.key,
      type: 'TASK',
      parent_id: null,
      estimate: 5,
      state_category: 'DONE',
      archived: false,
      deleted: false,
      version: 4,
      changed_at: at(3),
    });
    const common = { archived: false, deleted: false, project_id: projectId };
    const [admin, member] = [rawId(team.admin.userId), rawId(team.member.userId)];
    expect(await historyOf(id)).toEqual([
      {
        ...common,
        event_id: events[0]!.id,
        version: 1,
        occurred_at: at(0),
        actor_id: admin,
        estimate: 3,
        state_category: 'BACKLOG',
      },
      {
        ...common,
        event_id: events[1]!.id,
        version: 2,
        occurred_at: at(1),
        actor_id: member,
        estimate: 5,
        state_category: 'BACKLOG',
      },
      {
        ...common,
        event_id: events[2]!.id,
        version: 3,
        occurred_at: at(2),
        actor_id: member,
        estimate: 5,
        state_category: 'IN_PROGRESS',
      },
      {
        ...common,
        event_id: events[3]!.id,
        version: 4,
        occurred_at: at(3),
        actor_id: admin,
        estimate: 5,
        state_category: 'DONE',
      },
    ]);
  });

  it('keeps the newer version when an older snapshot arrives late, adding only its history row', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, estimate: 2 });
    await estimateItem(stack, team.member.token, item.id, 8);
    await untilSprintsCaughtUp(stack);
    const id = rawId(item.id);
    const sprintId = await sprintWith(team, 'ACTIVE', [id]);
    const before = await readModelRow(id);

    const late = await craftedEvent(id, {
      type: 'work_item.archived',
      version: 1,
      archived: true,
      estimate: 13,
      occurredAt: '2000-01-01T00:00:00.000Z',
    });
    await handle(late);

    expect(await readModelRow(id)).toEqual(before);
    expect(before).toMatchObject({ version: 2, estimate: 8, archived: false });
    expect((await historyOf(id)).map((row) => [row.event_id, row.version, row.estimate, row.archived])).toEqual([
      [late.id, 1, 13, true],
      [(await workItemEvents(stack, id))[0]!.id, 1, 2, false],
      [(await workItemEvents(stack, id))[1]!.id, 2, 8, false],
    ]);
    expect(await sprintItemsOf(sprintId)).toEqual([id]);
    expect(await scopeChangesOf(sprintId)).toEqual([]);
  });

  it('takes an archived item out of its active sprint with a REMOVED scope change by the archiver and a sprint event', async () => {
    const team = await seedProjectTeam(stack);
    const [kept, archived] = await Promise.all([
      createWorkItem(stack, team.admin.token, { projectId: team.project.id, estimate: 1 }),
      createWorkItem(stack, team.admin.token, { projectId: team.project.id, estimate: 5 }),
    ]);
    await untilSprintsCaughtUp(stack);
    const [keptId, archivedId] = [rawId(kept.id), rawId(archived.id)];
    const sprintId = await sprintWith(team, 'ACTIVE', [keptId, archivedId]);

    await archiveItem(stack, team.member.token, archived.id);
    await untilSprintsCaughtUp(stack);

    const archiveEvent = (await workItemEvents(stack, archivedId)).at(-1)!;
    expect(archiveEvent.type).toBe('work_item.archived');
    const at = new Date(archiveEvent.occurredAt);
    const member = rawId(team.member.userId);
    expect(await sprintItemsOf(sprintId)).toEqual([keptId]);
    expect(await scopeChangesOf(sprintId)).toEqual([
      { work_item_id: archivedId, kind: 'REMOVED', reason: 'ARCHIVED', actor_id: member, at },
    ]);
    const events = await sprintEventsOf(sprintId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'sprint.scope_changed',
      actorId: member,
      occurredAt: archiveEvent.occurredAt,
      organizationId: rawId(team.organizationId),
      projectId: rawId(team.project.id),
      aggregateId: sprintId,
      payload: {
        sprint: {
          id: sprintId,
          projectId: rawId(team.project.id),
          state: 'ACTIVE',
          startDate: '2026-11-23',
          endDate: '2026-12-04',
        },
        addedWorkItemIds: [],
        removedWorkItemIds: [archivedId],
      },
    });
    expect(await readModelRow(archivedId)).toMatchObject({ archived: true, deleted: false, version: 2 });
  });

  it('takes a deleted item out of its planned sprint with a REMOVED scope change by the admin who deleted it', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, estimate: 3 });
    await untilSprintsCaughtUp(stack);
    const id = rawId(item.id);
    const sprintId = await sprintWith(team, 'PLANNED', [id]);

    dataOf(await runAs(stack, team.admin.token, ops.delete, { input: { id: item.id } }));
    await untilSprintsCaughtUp(stack);

    const deleteEvent = (await workItemEvents(stack, id)).at(-1)!;
    expect(deleteEvent.type).toBe('work_item.deleted');
    expect(await sprintItemsOf(sprintId)).toEqual([]);
    expect(await scopeChangesOf(sprintId)).toEqual([
      {
        work_item_id: id,
        kind: 'REMOVED',
        reason: 'DELETED',
        actor_id: rawId(team.admin.userId),
        at: new Date(deleteEvent.occurredAt),
      },
    ]);
    expect((await sprintEventsOf(sprintId)).map((event) => [event.type, event.payload])).toEqual([
      ['sprint.scope_changed', expect.objectContaining({ addedWorkItemIds: [], removedWorkItemIds: [id] })],
    ]);
    expect(await readModelRow(id)).toMatchObject({ deleted: true, version: 1 });
    expect((await historyOf(id)).map((row) => [row.version, row.deleted])).toEqual([
      [1, false],
      [1, true],
    ]);
  });

  it('takes an item that left for another project out of its open sprint with reason MOVED', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, estimate: 3 });
    await untilSprintsCaughtUp(stack);
    const id = rawId(item.id);
    const sprintId = await sprintWith(team, 'ACTIVE', [id]);
    const otherProjectId = randomUUID();

    const moved = await craftedEvent(id, {
      version: 2,
      projectId: otherProjectId,
      occurredAt: new Date().toISOString(),
    });
    await handle(moved);

    expect(await sprintItemsOf(sprintId)).toEqual([]);
    expect(await scopeChangesOf(sprintId)).toEqual([
      {
        work_item_id: id,
        kind: 'REMOVED',
        reason: 'MOVED',
        actor_id: moved.actorId,
        at: new Date(moved.occurredAt),
      },
    ]);
    expect(await readModelRow(id)).toMatchObject({ project_id: otherProjectId, version: 2 });
  });

  it('leaves a changed item that still belongs in its sprint where it is', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, estimate: 3 });
    await untilSprintsCaughtUp(stack);
    const id = rawId(item.id);
    const sprintId = await sprintWith(team, 'ACTIVE', [id]);

    await estimateItem(stack, team.member.token, item.id, 1);
    await untilSprintsCaughtUp(stack);

    expect(await readModelRow(id)).toMatchObject({ estimate: 1, version: 2 });
    expect(await sprintItemsOf(sprintId)).toEqual([id]);
    expect(await scopeChangesOf(sprintId)).toEqual([]);
    expect(await sprintEventsOf(sprintId)).toEqual([]);
  });
});

describe('the lookup of items the read model has not heard of', () => {
  let prisma: PrismaClient;
  let close: () => Promise<void>;
  let lookup: ReturnType<typeof createWorkItemLookup>;
  beforeAll(() => {
    prisma = createPrismaClient(PrismaClient, { url: stack.databaseUrl, domain: 'sprints', poolSize: 2 });
    const client = createServiceClient({
      url: stack.subgraphUrls['work-items'],
      signingSecret: stack.signingSecret,
      caller: 'sprints',
    });
    lookup = createWorkItemLookup(prisma, client, createLogger('test', 'silent'));
    close = async () => {
      await client.close();
      await prisma.$disconnect();
    };
  });
  afterAll(() => close());

  it('fetches an unknown item from the work-items service and records it with a history row at its last change', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, estimate: 5 });
    await transitionItem(stack, team.member.token, item.id, 'To do');
    await untilSprintsCaughtUp(stack);
    const id = rawId(item.id);
    // As if its events had not arrived yet.
    await querySql(stack, `DELETE FROM sprints.work_item WHERE id = $1`, [id]);
    await querySql(stack, `DELETE FROM sprints.work_item_history WHERE work_item_id = $1`, [id]);
    const missing = randomUUID();

    await lookup.ensureKnown([id, missing]);

    const [{ updated_at: updatedAt }] = (await querySql<{ updated_at: Date }>(
      stack,
      `SELECT updated_at FROM work_items.work_item WHERE id = $1`,
      [id],
    )) as [{ updated_at: Date }];
    expect(await readModelRow(id)).toEqual({
      id,
      project_id: rawId(team.project.id),
      organization_id: rawId(team.organizationId),
      key: item.key,
      type: 'TASK',
      parent_id: null,
      estimate: 5,
      state_category: 'TODO',
      archived: false,
      deleted: false,
      version: 2,
      changed_at: updatedAt,
    });
    expect(await historyOf(id)).toEqual([
      {
        event_id: null,
        version: 2,
        occurred_at: updatedAt,
        actor_id: null,
        estimate: 5,
        state_category: 'TODO',
        archived: false,
        deleted: false,
        project_id: rawId(team.project.id),
      },
    ]);
    expect(await readModelRow(missing)).toBeUndefined();
  });

  it('leaves items the read model already knows as they are', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, estimate: 5 });
    await untilSprintsCaughtUp(stack);
    const id = rawId(item.id);
    await querySql(stack, `UPDATE sprints.work_item SET estimate = 21 WHERE id = $1`, [id]);

    await lookup.ensureKnown([id]);

    expect(await readModelRow(id)).toMatchObject({ estimate: 21, version: 1 });
    expect(await historyOf(id)).toHaveLength(1);
  });

  it('adds the history of events that arrive after the lookup without moving the item back or repeating its version', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, estimate: 5 });
    await estimateItem(stack, team.member.token, item.id, 8);
    await untilSprintsCaughtUp(stack);
    const id = rawId(item.id);
    const events = await workItemEvents(stack, id);
    await querySql(stack, `DELETE FROM sprints.work_item WHERE id = $1`, [id]);
    await querySql(stack, `DELETE FROM sprints.work_item_history WHERE work_item_id = $1`, [id]);
    await querySql(stack, `DELETE FROM sprints.processed_events WHERE event_id = ANY($1::uuid[])`, [
      events.map((event) => event.id),
    ]);

    await lookup.ensureKnown([id]);
    for (const event of events) await handle(event);

    expect(await readModelRow(id)).toMatchObject({ estimate: 8, version: 2 });
    // The fetched version 2 became its event's: one row per version, with the event's actor.
    expect((await historyOf(id)).map((row) => [row.event_id, row.version, row.estimate, row.actor_id])).toEqual([
      [events[0]!.id, 1, 5, rawId(team.admin.userId)],
      [events[1]!.id, 2, 8, rawId(team.member.userId)],
    ]);
  });
});

describe('the workItemSnapshots service query', () => {
  async function callWorkItems(ids: string[], caller: string) {
    return callSubgraph<{ workItemSnapshots: unknown[] }>(stack, 'work-items', snapshotsQuery, { ids }, caller);
  }

  it('answers a service with one entry per id, null for items that do not exist', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id });
    const res = await callWorkItems([randomUUID(), rawId(item.id)], serviceCaller('sprints'));
    expect(res.errors).toBeUndefined();
    expect(res.data?.workItemSnapshots).toEqual([null, { id: rawId(item.id), version: 1 }]);
  });

  it('rejects an id that is not a uuid, naming it', async () => {
    const res = await callWorkItems([randomUUID(), 'WEB-1'], serviceCaller('sprints'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids.1' });
  });

  it('refuses people, even with a signed request, with FORBIDDEN', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id });
    const res = await callWorkItems([rawId(item.id)], rawId(team.admin.userId));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.workItemSnapshots).toBeUndefined();
  });

  it('is not part of the public API served by the router', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id });
    const res = await runAs(stack, team.admin.token, snapshotsQuery, { ids: [rawId(item.id)] });
    expect(errorOf(res)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
