import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { WorkItemSnapshot } from '../../../lib/events/envelope';
import { readModelFieldsOf, type WorkItemReadModelFields } from '../../../lib/events/work-item-read-model';
import type { SprintsTx } from '../db';

/** A work item as the read model stores it. */
export interface WorkItemState extends WorkItemReadModelFields {
  organizationId: string;
  deleted: boolean;
  /** When the change this state reflects happened. */
  changedAt: Date;
}

export function stateOf(
  snapshot: WorkItemSnapshot,
  organizationId: string,
  deleted: boolean,
  changedAt: Date,
): WorkItemState {
  return { ...readModelFieldsOf(snapshot), organizationId, deleted, changedAt };
}

/** The states as columns for `unnest`, so one statement writes any number of them. */
function columnsOf(states: readonly WorkItemState[]) {
  const column = <K extends keyof WorkItemState>(key: K) => states.map((state) => state[key]);
  return {
    id: column('id'),
    projectId: column('projectId'),
    organizationId: column('organizationId'),
    key: column('key'),
    type: column('type'),
    parentId: column('parentId'),
    estimate: column('estimate'),
    stateCategory: column('stateCategory'),
    archived: column('archived'),
    deleted: column('deleted'),
    version: column('version'),
    changedAt: column('changedAt'),
  };
}

const WrittenRow = z.object({ id: z.string() });

/**
 * Records each state unless the stored one is as new: a higher version wins, and a deletion also
 * wins over the same version (its snapshot is the item's last state). The guard sits in the
 * statement, and the rows are locked in id order (as every writer of several takes them), so
 * concurrent writers neither lose an update nor deadlock. Returns the ids written; one id at most
 * once per call.
 */
export async function upsertAllIfNewer(tx: SprintsTx, states: readonly WorkItemState[]): Promise<Set<string>> {
  if (!states.length) return new Set();
  const c = columnsOf(states);
  const written = parseRows(
    'upsertAllIfNewer',
    WrittenRow,
    await tx.$queryRaw`
      INSERT INTO sprints.work_item AS w (id, project_id, organization_id, key, type, parent_id,
        estimate, state_category, archived, deleted, version, changed_at)
      SELECT * FROM unnest(${c.id}::uuid[], ${c.projectId}::uuid[], ${c.organizationId}::uuid[], ${c.key}::text[],
        ${c.type}::text[], ${c.parentId}::uuid[], ${c.estimate}::double precision[], ${c.stateCategory}::text[],
        ${c.archived}::boolean[], ${c.deleted}::boolean[], ${c.version}::int[], ${c.changedAt}::timestamptz[])
        AS s(id, project_id, organization_id, key, type, parent_id, estimate, state_category, archived, deleted,
          version, changed_at)
      ORDER BY id
      ON CONFLICT (id) DO UPDATE SET project_id = EXCLUDED.project_id,
        organization_id = EXCLUDED.organization_id, key = EXCLUDED.key, type = EXCLUDED.type,
        parent_id = EXCLUDED.parent_id, estimate = EXCLUDED.estimate,
        state_category = EXCLUDED.state_category, archived = EXCLUDED.archived,
        deleted = EXCLUDED.deleted, version = EXCLUDED.version, changed_at = EXCLUDED.changed_at
      WHERE w.version < EXCLUDED.version
        OR (EXCLUDED.deleted AND NOT w.deleted AND w.version = EXCLUDED.version)
      RETURNING w.id::text AS id`,
  );
  return new Set(written.map((row) => row.id));
}

/** One state (an event's): true when it was written. */
export async function upsertIfNewer(tx: SprintsTx, state: WorkItemState): Promise<boolean> {
  return (await upsertAllIfNewer(tx, [state])).size > 0;
}

/**
 * A history row for each state read from the work-items service rather than from an event
 * (`event_id` and actor null), unless the item's history already has that version (a deletion is
 * a version of its own). The event of that version, arriving later, fills in its id and actor
 * instead of adding a row (`insertHistory`). Call it with the rows locked by `upsertAllIfNewer`.
 */
export async function insertFetchedHistory(tx: SprintsTx, states: readonly WorkItemState[]): Promise<void> {
  if (!states.length) return;
  const c = columnsOf(states);
  await tx.$executeRaw`
    INSERT INTO sprints.work_item_history (id, event_id, work_item_id, version, occurred_at,
      actor_id, estimate, state_category, archived, deleted, project_id)
    SELECT gen_random_uuid(), NULL, s.id, s.version, s.changed_at, NULL, s.estimate, s.state_category, s.archived,
      s.deleted, s.project_id
    FROM unnest(${c.id}::uuid[], ${c.version}::int[], ${c.changedAt}::timestamptz[], ${c.estimate}::double precision[],
      ${c.stateCategory}::text[], ${c.archived}::boolean[], ${c.deleted}::boolean[], ${c.projectId}::uuid[])
      AS s(id, version, changed_at, estimate, state_category, archived, deleted, project_id)
    WHERE NOT EXISTS (
      SELECT 1 FROM sprints.work_item_history h
      WHERE h.work_item_id = s.id AND h.version = s.version AND h.deleted = s.deleted)`;
}

/**
 * The event's point of the item's history, at most once per event (replays add nothing). When the
 * same version was already read from the work-items service, that row becomes the event's (its id,
 * actor and time) instead of a second row of the same state.
 */
export async function insertHistory(
  tx: SprintsTx,
  state: WorkItemState,
  origin: { eventId: string; actorId: string | null },
): Promise<void> {
  await tx.$executeRaw`
    WITH fetched AS (
      UPDATE sprints.work_item_history h
      SET event_id = ${origin.eventId}::uuid, actor_id = ${origin.actorId}::uuid,
        occurred_at = ${state.changedAt}::timestamptz
      WHERE h.work_item_id = ${state.id}::uuid AND h.version = ${state.version}::int
        AND h.deleted = ${state.deleted} AND h.event_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM sprints.work_item_history e WHERE e.event_id = ${origin.eventId}::uuid)
      RETURNING h.id
    )
    INSERT INTO sprints.work_item_history (id, event_id, work_item_id, version, occurred_at,
      actor_id, estimate, state_category, archived, deleted, project_id)
    SELECT gen_random_uuid(), ${origin.eventId}::uuid, ${state.id}::uuid, ${state.version}::int,
      ${state.changedAt}::timestamptz, ${origin.actorId}::uuid, ${state.estimate}::double precision,
      ${state.stateCategory}, ${state.archived}, ${state.deleted}, ${state.projectId}::uuid
    WHERE NOT EXISTS (SELECT 1 FROM fetched)
    ON CONFLICT (event_id) DO NOTHING`;
}
