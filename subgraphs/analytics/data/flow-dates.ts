import { Prisma } from '../generated/prisma/client';
import type { AnalyticsTx } from '../db';

/**
 * The class of every state of the projects in `projects` (a subquery of project ids), by the rule of
 * `metrics/flow-dates.ts` `classifierFromSettings`: a listed state takes its list's class (done wins);
 * an unlisted state its category's, except that a non-empty list alone decides its class (an
 * unlisted DONE state is then started, an unlisted IN_PROGRESS state not started).
 */
export const stateClassesSql = (projects: Prisma.Sql) => Prisma.sql`
  SELECT ps.project_id, ps.state_id,
    CASE
      WHEN ps.state_id = ANY(coalesce(fs.done_state_ids, '{}')) THEN 'done'
      WHEN ps.state_id = ANY(coalesce(fs.started_state_ids, '{}')) THEN 'started'
      WHEN ps.category = 'DONE' THEN
        CASE WHEN cardinality(coalesce(fs.done_state_ids, '{}')) > 0 THEN 'started' ELSE 'done' END
      WHEN ps.category = 'IN_PROGRESS' THEN
        CASE WHEN cardinality(coalesce(fs.started_state_ids, '{}')) > 0 THEN 'before' ELSE 'started' END
      WHEN ps.category = 'CANCELED' THEN 'discarded'
      ELSE 'before'
    END AS class
  FROM analytics.project_state ps
  LEFT JOIN analytics.project_flow_settings fs ON fs.project_id = ps.project_id
  WHERE ps.project_id IN (${projects})`;

/**
 * Derives the flow dates of the items `items` (a subquery of item ids) from their state changes, in
 * one statement: started at the first entry into a started or done state; finished at the last entry
 * into done while still done; discarded likewise; reopened each time it left done for another class.
 */
async function recompute(tx: AnalyticsTx, items: Prisma.Sql): Promise<number> {
  return tx.$executeRaw`
    WITH facts AS (SELECT id, project_id FROM analytics.item_fact WHERE id IN (${items})),
    classes AS (${stateClassesSql(Prisma.sql`SELECT DISTINCT project_id FROM facts`)}),
    changes AS (
      SELECT sc.item_id, sc.version, sc.at, coalesce(c.class, 'before') AS class,
        lag(coalesce(c.class, 'before')) OVER (PARTITION BY sc.item_id ORDER BY sc.version) AS previous
      FROM analytics.state_change sc
      JOIN facts f ON f.id = sc.item_id
      LEFT JOIN classes c ON c.project_id = f.project_id AND c.state_id = sc.to_state_id
    ),
    derived AS (
      SELECT item_id,
        min(at) FILTER (WHERE class IN ('started', 'done')) AS started_at,
        (array_agg(class ORDER BY version DESC))[1] AS last_class,
        max(at) FILTER (WHERE class = 'done' AND previous IS DISTINCT FROM 'done') AS done_entry,
        max(at) FILTER (WHERE class = 'discarded' AND previous IS DISTINCT FROM 'discarded') AS discard_entry,
        count(*) FILTER (WHERE previous = 'done' AND class <> 'done')::int AS reopened
      FROM changes GROUP BY item_id
    )
    UPDATE analytics.item_fact f SET
      started_at = d.started_at,
      finished_at = CASE WHEN d.last_class = 'done' THEN d.done_entry END,
      discarded_at = CASE WHEN d.last_class = 'discarded' THEN d.discard_entry END,
      reopened_count = d.reopened
    FROM derived d
    WHERE f.id = d.item_id
      AND (f.started_at, f.finished_at, f.discarded_at, f.reopened_count) IS DISTINCT FROM
        (d.started_at, CASE WHEN d.last_class = 'done' THEN d.done_entry END,
         CASE WHEN d.last_class = 'discarded' THEN d.discard_entry END, d.reopened)`;
}

export function recomputeFlowDates(tx: AnalyticsTx, itemIds: readonly string[]): Promise<number> {
  return recompute(tx, Prisma.sql`SELECT unnest(${[...itemIds]}::uuid[])`);
}

/** After a project's flow settings change: every item of the project, set-based. */
export function recomputeProjectFlowDates(tx: AnalyticsTx, projectId: string): Promise<number> {
  return recompute(tx, Prisma.sql`SELECT id FROM analytics.item_fact WHERE project_id = ${projectId}::uuid`);
}
