import { createPrismaClient } from '../../lib/db/prisma';
import { createEventBus, type EventBus } from '../../lib/events';
import type { AnyEventEnvelope } from '../../lib/events/envelope';
import { createLogger } from '../../lib/logger';
import { createServiceClient, type ServiceClient } from '../../lib/server/service-client';
import { rebuildReadModel } from '../../subgraphs/analytics/data/rebuild-read-model';
import { PrismaClient } from '../../subgraphs/analytics/generated/prisma/client';
import { createFlowEventHandler } from '../../subgraphs/analytics/projection/apply-flow-event';
import { rebuildSource } from '../../subgraphs/analytics/rebuild/rebuild-source';
import { archiveItem, runAs, transitionItem } from '../sprints/support';
import {
  createWorkItem,
  dataOf,
  querySql,
  rawId,
  seedProjectTeam,
  untilAnalyticsCaughtUp,
  useTestStack,
  workItemEvents,
  type ProjectTeam,
} from '../testkit';
import { describeWithRedis } from '../testkit/services';

const stack = useTestStack();
const logger = createLogger('test', 'silent');

/** Everything the read model derives from events, in a fixed order, daily counts summed per key. */
async function readModel() {
  const tables = {
    items: `SELECT id, project_id, key, title, type, state_id, state_category, assignee_id, estimate, parent_id,
        label_ids, created_at, started_at, finished_at, discarded_at, reopened_count, archived_at, deleted_at, version
      FROM analytics.item_fact ORDER BY id`,
    changes: `SELECT item_id, at, actor_id, from_state_id, to_state_id, from_category, to_category
      FROM analytics.state_change ORDER BY item_id, at, version`,
    states: `SELECT project_id, state_id, name, category, first_seen FROM analytics.project_state ORDER BY project_id, state_id`,
    // A row whose changes sum to nothing counts as no row.
    daily: `SELECT project_id, day, state_id, sum(delta)::int AS delta FROM analytics.state_day_delta
      GROUP BY project_id, day, state_id HAVING sum(delta) <> 0 ORDER BY project_id, day, state_id`,
    flowDays: `SELECT project_id, measure, day, days, count FROM analytics.flow_day_stat WHERE count <> 0
      ORDER BY project_id, measure, day, days`,
  };
  const entries = await Promise.all(
    Object.entries(tables).map(async ([name, sql]) => [name, await querySql(stack, sql)] as const),
  );
  return Object.fromEntries(entries);
}

const figuresQuery = `query ($id: ID!, $window: FlowWindowInput) {
  project(id: $id) { flowMetrics(window: $window) {
    wip { date count } throughput { start count } leadTime { count mean p50 p85 p95 } cycleTime { count mean p85 }
    aging { count agingCount thresholdDays } cumulativeFlow { date states { count } } createdVsResolved { created resolved }
    csv(metric: CUMULATIVE_FLOW)
  } }
}`;

describeWithRedis('rebuilding the analytics read model', () => {
  let team: ProjectTeam;
  let prisma: PrismaClient;
  let workItems: ServiceClient;
  let bus: EventBus;

  beforeAll(async () => {
    prisma = createPrismaClient(PrismaClient, { url: stack.databaseUrl, domain: 'analytics', poolSize: 2 });
    workItems = createServiceClient({
      url: stack.subgraphUrls['work-items'],
      signingSecret: stack.signingSecret,
      caller: 'analytics',
    });
    bus = createEventBus({ redisUrl: stack.redisUrl!, keyPrefix: stack.redisKeyPrefix, logger });

    team = await seedProjectTeam(stack);
    const token = team.member.token;
    const item = (title: string) =>
      createWorkItem(stack, token, { projectId: team.project.id, title }).then((i) => i.id);
    const [done, reopened, archived, deleted, open] = await Promise.all(
      ['done', 'reopened', 'archived', 'deleted', 'open'].map(item),
    );
    for (const id of [done, reopened, archived, deleted, open]) await transitionItem(stack, token, id!, 'In progress');
    await transitionItem(stack, token, done!, 'Done');
    await transitionItem(stack, token, reopened!, 'Done');
    await transitionItem(stack, token, reopened!, 'In review');
    await archiveItem(stack, token, archived!);
    dataOf(
      await runAs(
        stack,
        team.admin.token,
        `mutation ($input: DeleteWorkItemInput!) { deleteWorkItem(input: $input) { deletedWorkItemId } }`,
        {
          input: { id: deleted },
        },
      ),
    );
    await untilAnalyticsCaughtUp(stack);
  });

  afterAll(async () => {
    await Promise.all([prisma.$disconnect(), workItems.close(), bus.close()]);
  });

  const figures = async () => {
    const today = new Date().toISOString().slice(0, 10);
    const window = { from: today, to: today };
    return dataOf(await runAs(stack, team.member.token, figuresQuery, { id: team.project.id, window })).project
      .flowMetrics;
  };

  it('replays work-items history and the retained streams into the same model and figures as the live consumer built', async () => {
    const live = await readModel();
    const liveFigures = await figures();
    expect(live.items).toHaveLength(5);

    const report = await rebuildReadModel(
      prisma,
      rebuildSource({ workItems, bus, projectIds: [rawId(team.project.id)] }),
      logger,
    );
    expect(report).toMatchObject({ projects: 1, items: 4 });
    expect(report.replayedEvents).toBeGreaterThan(0);

    expect(await readModel()).toEqual(live);
    expect(await figures()).toEqual(liveFigures);
  });

  it('changes nothing when an event it has applied is delivered again', async () => {
    const before = await readModel();
    const handle = createFlowEventHandler(prisma, logger);
    const events: AnyEventEnvelope[] = await workItemEvents(stack);
    for (const envelope of events) await handle({ envelope });
    expect(await readModel()).toEqual(before);
  });
});
