import type { AnyEventEnvelope } from '../../../lib/events/envelope';
import type { Logger } from '../../../lib/logger';
import type { AnalyticsPrisma, AnalyticsTx } from '../db';
import { applyFlowEvent } from '../projection/apply-flow-event';
import type { FlowHistoryItem } from '../rebuild/flow-history';
import { recomputeProjectFlowDates } from './flow-dates';
import { ownReadModel } from './read-model-lock';

export interface RebuildSource {
  /** The projects to take from work-items' history; those the read model knows are added. */
  projectIds: readonly string[];
  /** A project's items with their state histories, page by page. */
  history(projectId: string): AsyncIterable<FlowHistoryItem[]>;
  /** The events the streams still retain (work-items, then projects), each applied once more. */
  retained(): AsyncIterable<AnyEventEnvelope>;
}

export interface RebuildReport {
  projects: number;
  items: number;
  stateChanges: number;
  replayedEvents: number;
}

const rebuildTimeoutMs = 30 * 60_000;

/**
 * Replays history into an empty read model in one transaction that owns it (live events wait):
 * wipes what events derive (facts, state changes, states, daily counts, processed events; flow
 * settings, team attachments and dashboards stay), loads every item's history from work-items,
 * derives the daily counts and flow dates set-based, then applies every retained event once, so
 * the model ends as the live consumer would have left it.
 */
export async function rebuildReadModel(
  prisma: AnalyticsPrisma,
  source: RebuildSource,
  logger: Logger,
): Promise<RebuildReport> {
  return prisma.$transaction(
    async (tx) => {
      await ownReadModel(tx);
      const known = await tx.itemFact.findMany({ distinct: ['projectId'], select: { projectId: true } });
      const projectIds = [...new Set([...source.projectIds, ...known.map((row) => row.projectId)])];
      await wipe(tx);
      const report: RebuildReport = { projects: projectIds.length, items: 0, stateChanges: 0, replayedEvents: 0 };
      for (const projectId of projectIds) {
        for await (const items of source.history(projectId)) {
          await insertHistory(tx, items);
          report.items += items.length;
          report.stateChanges += items.reduce((sum, item) => sum + item.stateChanges.length, 0);
        }
      }
      await deriveDailyCounts(tx, projectIds);
      for (const projectId of projectIds) await recomputeProjectFlowDates(tx, projectId);
      for await (const envelope of source.retained()) {
        await applyFlowEvent(tx, envelope, logger);
        report.replayedEvents += 1;
      }
      return report;
    },
    { timeout: rebuildTimeoutMs },
  );
}

async function wipe(tx: AnalyticsTx): Promise<void> {
  await tx.$executeRaw`TRUNCATE analytics.item_fact, analytics.state_change, analytics.state_day_delta, analytics.project_state,
    analytics.flow_day_stat`;
  await tx.processedEvent.deleteMany({ where: { consumer: 'analytics' } });
}

/**
 * A page of items: their facts, states and state changes, three statements. Changes recorded before
 * work-items kept versions in history get negative versions in order: they all precede the versioned ones.
 */
async function insertHistory(tx: AnalyticsTx, items: readonly FlowHistoryItem[]): Promise<void> {
  if (!items.length) return;
  const facts = items.map((item) => item.snapshot);
  const col = <K extends keyof (typeof facts)[number]>(key: K) => facts.map((fact) => fact[key]);
  await tx.$executeRaw`
    INSERT INTO analytics.item_fact (id, project_id, organization_id, key, title, type, state_id, state_category,
      assignee_id, reporter_id, estimate, parent_id, label_ids, created_at, archived_at, version)
    SELECT u.id, u.project_id, u.organization_id, u.key, u.title, u.type, u.state_id, u.state_category, u.assignee_id,
      u.reporter_id, u.estimate, u.parent_id, ARRAY(SELECT jsonb_array_elements_text(u.label_ids))::uuid[],
      u.created_at, CASE WHEN u.archived THEN u.updated_at END, u.version
    FROM unnest(${col('id')}::uuid[], ${col('projectId')}::uuid[], ${col('organizationId')}::uuid[],
      ${col('key')}::text[], ${col('title')}::text[], ${col('type')}::text[], ${col('stateId')}::uuid[],
      ${col('stateCategory')}::text[], ${col('assigneeId')}::uuid[], ${col('reporterId')}::uuid[],
      ${col('estimate')}::float8[], ${col('parentId')}::uuid[], ${facts.map((fact) => JSON.stringify(fact.labelIds))}::jsonb[],
      ${col('createdAt')}::timestamptz[], ${col('archived')}::boolean[], ${col('updatedAt')}::timestamptz[],
      ${col('version')}::int[])
      AS u(id, project_id, organization_id, key, title, type, state_id, state_category, assignee_id, reporter_id,
        estimate, parent_id, label_ids, created_at, archived, updated_at, version)`;
  const changes = items.flatMap((item) => {
    let unversioned = -item.stateChanges.filter((change) => change.version === null).length;
    return item.stateChanges.map((change) => ({
      ...change,
      itemId: item.snapshot.id,
      projectId: item.snapshot.projectId,
      version: change.version ?? unversioned++,
      toCategory:
        change.toCategory ?? (change.toStateId === item.snapshot.stateId ? item.snapshot.stateCategory : 'UNKNOWN'),
    }));
  });
  if (!changes.length) return;
  const c = <K extends keyof (typeof changes)[number]>(key: K) => changes.map((change) => change[key]);
  await tx.$executeRaw`
    INSERT INTO analytics.project_state (project_id, state_id, name, category, first_seen)
    SELECT project_id, state_id, (array_agg(name ORDER BY at DESC))[1], (array_agg(category ORDER BY at DESC))[1], min(at)
    FROM unnest(${c('projectId')}::uuid[], ${c('toStateId')}::uuid[], ${c('toStateName')}::text[],
      ${c('toCategory')}::text[], ${c('at')}::timestamptz[]) AS u(project_id, state_id, name, category, at)
    GROUP BY project_id, state_id
    ON CONFLICT (project_id, state_id) DO UPDATE SET
      first_seen = least(project_state.first_seen, EXCLUDED.first_seen), name = EXCLUDED.name, category = EXCLUDED.category`;
  await tx.$executeRaw`
    INSERT INTO analytics.state_change (item_id, version, project_id, at, actor_id, from_state_id, to_state_id,
      from_category, to_category)
    SELECT item_id, version, project_id, at, actor_id, from_state_id, to_state_id, from_category, to_category
    FROM unnest(${c('itemId')}::uuid[], ${c('version')}::int[], ${c('projectId')}::uuid[], ${c('at')}::timestamptz[],
      ${c('actorId')}::uuid[], ${c('fromStateId')}::uuid[], ${c('toStateId')}::uuid[], ${c('fromCategory')}::text[],
      ${c('toCategory')}::text[])
      AS u(item_id, version, project_id, at, actor_id, from_state_id, to_state_id, from_category, to_category)
    ON CONFLICT (item_id, version) DO NOTHING`;
}

/**
 * The daily per-state counts the live projection keeps, derived from the state changes: +1 into a
 * state and -1 out of the previous one on each change's UTC day, -1 on the day an item was archived.
 */
async function deriveDailyCounts(tx: AnalyticsTx, projectIds: readonly string[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO analytics.state_day_delta (project_id, day, state_id, delta)
    SELECT project_id, day, state_id, sum(delta)::int FROM (
      SELECT project_id, (at AT TIME ZONE 'UTC')::date AS day, to_state_id AS state_id, 1 AS delta
      FROM analytics.state_change WHERE project_id = ANY(${[...projectIds]}::uuid[])
      UNION ALL
      SELECT project_id, (at AT TIME ZONE 'UTC')::date, from_state_id, -1
      FROM analytics.state_change WHERE project_id = ANY(${[...projectIds]}::uuid[]) AND from_state_id IS NOT NULL
      UNION ALL
      SELECT project_id, (archived_at AT TIME ZONE 'UTC')::date, state_id, -1
      FROM analytics.item_fact WHERE project_id = ANY(${[...projectIds]}::uuid[]) AND archived_at IS NOT NULL
    ) d
    GROUP BY project_id, day, state_id
    HAVING sum(delta) <> 0`;
}
