import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { AnalyticsTx } from '../db';
import type { ItemChange } from '../projection/flow-event';
import { recomputeFlowDates } from './flow-dates';

const StoredFact = z.object({
  version: z.number(),
  projectId: z.string(),
  stateId: z.string(),
  live: z.boolean(),
  deleted: z.boolean(),
  createdAt: z.date(),
});

const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Applies one work item's snapshot to the read model, once per version: the state change it made
 * (keyed by item and version, so a rebuild's history and the stream never count one change twice),
 * the day's cumulative-flow deltas, its facts, its state's name, and its flow dates. An older
 * snapshot than the one held changes nothing; a deletion wins over the same version.
 */
export async function applyItemChange(tx: AnalyticsTx, change: ItemChange): Promise<boolean> {
  const { snapshot, at } = change;
  const [stored] = parseRows(
    'lockItemFact',
    StoredFact,
    await tx.$queryRaw`
      SELECT version, project_id::text AS "projectId", state_id::text AS "stateId", created_at AS "createdAt",
        (archived_at IS NULL AND deleted_at IS NULL) AS live, deleted_at IS NOT NULL AS deleted
      FROM analytics.item_fact WHERE id = ${snapshot.id}::uuid FOR UPDATE`,
  );
  if (stored && (stored.version > snapshot.version || (stored.version === snapshot.version && !change.deleted))) {
    return false;
  }
  if (stored?.deleted) return false;
  const live = !snapshot.archived && !change.deleted;
  const createdAt = stored?.createdAt ?? (snapshot.createdAt ? new Date(snapshot.createdAt) : at);
  // A new item entered its state when it was created; events of concurrent writes may arrive in another order.
  const enteredAt = stored ? at : createdAt;
  await tx.$executeRaw`
    INSERT INTO analytics.project_state (project_id, state_id, name, category, first_seen)
    VALUES (${snapshot.projectId}::uuid, ${snapshot.stateId}::uuid, ${snapshot.stateName ?? snapshot.stateCategory},
      ${snapshot.stateCategory}, ${enteredAt})
    ON CONFLICT (project_id, state_id) DO UPDATE SET name = EXCLUDED.name, category = EXCLUDED.category,
      first_seen = least(project_state.first_seen, EXCLUDED.first_seen)`;
  if (!stored || stored.stateId !== snapshot.stateId) {
    await tx.$executeRaw`
      INSERT INTO analytics.state_change (item_id, version, project_id, at, actor_id, from_state_id, to_state_id,
        from_category, to_category)
      SELECT ${snapshot.id}::uuid, ${snapshot.version}, ${snapshot.projectId}::uuid, ${enteredAt},
        ${change.actorId}::uuid, ${stored?.stateId ?? null}::uuid, ${snapshot.stateId}::uuid,
        (SELECT category FROM analytics.project_state WHERE project_id = ${snapshot.projectId}::uuid
          AND state_id = ${stored?.stateId ?? null}::uuid),
        ${snapshot.stateCategory}
      ON CONFLICT (item_id, version) DO NOTHING`;
  }
  await addDeltas(tx, utcDay(enteredAt), [
    ...(stored?.live ? [{ projectId: stored.projectId, stateId: stored.stateId, delta: -1 }] : []),
    ...(live ? [{ projectId: snapshot.projectId, stateId: snapshot.stateId, delta: 1 }] : []),
  ]);
  await tx.$executeRaw`
    INSERT INTO analytics.item_fact AS f (id, project_id, organization_id, key, title, type, state_id, state_category,
      assignee_id, reporter_id, estimate, parent_id, label_ids, created_at, archived_at, deleted_at, version)
    VALUES (${snapshot.id}::uuid, ${snapshot.projectId}::uuid, ${change.organizationId}::uuid, ${snapshot.key},
      ${snapshot.title}, ${snapshot.type}, ${snapshot.stateId}::uuid, ${snapshot.stateCategory},
      ${snapshot.assigneeId}::uuid, ${snapshot.reporterId}::uuid, ${snapshot.estimate}, ${snapshot.parentId}::uuid,
      ${snapshot.labelIds ?? []}::uuid[], ${createdAt}, ${snapshot.archived ? at : null},
      ${change.deleted ? at : null}, ${snapshot.version})
    ON CONFLICT (id) DO UPDATE SET project_id = EXCLUDED.project_id, key = EXCLUDED.key, title = EXCLUDED.title,
      type = EXCLUDED.type, state_id = EXCLUDED.state_id, state_category = EXCLUDED.state_category,
      assignee_id = EXCLUDED.assignee_id, reporter_id = EXCLUDED.reporter_id, estimate = EXCLUDED.estimate,
      parent_id = EXCLUDED.parent_id, label_ids = EXCLUDED.label_ids, version = EXCLUDED.version,
      archived_at = CASE WHEN EXCLUDED.archived_at IS NULL THEN NULL ELSE coalesce(f.archived_at, EXCLUDED.archived_at) END,
      deleted_at = EXCLUDED.deleted_at`;
  await recomputeFlowDates(tx, [snapshot.id]);
  return true;
}

/** Adds to a day's per-state counts of live items (one statement); a change to the same state cancels out. */
async function addDeltas(
  tx: AnalyticsTx,
  day: string,
  deltas: { projectId: string; stateId: string; delta: number }[],
): Promise<void> {
  const merged = new Map<string, number>();
  for (const { projectId, stateId, delta } of deltas) {
    const key = `${projectId}/${stateId}`;
    merged.set(key, (merged.get(key) ?? 0) + delta);
  }
  const changed = [...merged].filter(([, delta]) => delta !== 0).map(([key, delta]) => [...key.split('/'), delta]);
  if (!changed.length) return;
  await tx.$executeRaw`
    INSERT INTO analytics.state_day_delta (project_id, day, state_id, delta)
    SELECT project_id, ${day}::date, state_id, delta
    FROM unnest(${changed.map((c) => c[0])}::uuid[], ${changed.map((c) => c[1])}::uuid[], ${changed.map((c) => c[2])}::int[])
      AS d(project_id, state_id, delta)
    ON CONFLICT (project_id, day, state_id) DO UPDATE SET delta = state_day_delta.delta + EXCLUDED.delta`;
}
