import type { WorkItemSnapshot } from '../../../lib/events/envelope';
import { readModelFieldsOf, type WorkItemReadModelFields } from '../../../lib/events/work-item-read-model';
import type { SprintsPrisma, SprintsTx } from '../context';

type SprintsExecutor = Pick<SprintsPrisma, '$executeRaw'>;

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

/**
 * Records the state unless the stored one is as new: a higher version wins, and a deletion also wins
 * over the same version (its snapshot is the item's last state). The guard sits in the statement, so
 * concurrent consumers cannot lose an update. True when the row was written.
 */
export async function upsertIfNewer(tx: SprintsTx, state: WorkItemState): Promise<boolean> {
  const written = await tx.$executeRaw`
    INSERT INTO "sprints"."work_item" AS w ("id", "project_id", "organization_id", "key", "type", "parent_id",
      "estimate", "state_category", "archived", "deleted", "version", "changed_at")
    VALUES (${state.id}::uuid, ${state.projectId}::uuid, ${state.organizationId}::uuid, ${state.key}, ${state.type},
      ${state.parentId}::uuid, ${state.estimate}::double precision, ${state.stateCategory}, ${state.archived},
      ${state.deleted}, ${state.version}::int, ${state.changedAt}::timestamptz)
    ON CONFLICT ("id") DO UPDATE SET "project_id" = EXCLUDED."project_id",
      "organization_id" = EXCLUDED."organization_id", "key" = EXCLUDED."key", "type" = EXCLUDED."type",
      "parent_id" = EXCLUDED."parent_id", "estimate" = EXCLUDED."estimate",
      "state_category" = EXCLUDED."state_category", "archived" = EXCLUDED."archived",
      "deleted" = EXCLUDED."deleted", "version" = EXCLUDED."version", "changed_at" = EXCLUDED."changed_at"
    WHERE w."version" < EXCLUDED."version"
      OR (EXCLUDED."deleted" AND NOT w."deleted" AND w."version" = EXCLUDED."version")`;
  return written > 0;
}

/**
 * Records states fetched from the work-items service for items the read model has no row for yet,
 * each with a history row (no event id); items recorded meanwhile (by an event) are left as they are.
 * One statement for any number.
 */
export async function insertFetched(executor: SprintsExecutor, states: WorkItemState[]): Promise<number> {
  if (!states.length) return 0;
  const column = <K extends keyof WorkItemState>(key: K) => states.map((state) => state[key]);
  return executor.$executeRaw`
    WITH fetched AS (
      SELECT * FROM unnest(${column('id')}::uuid[], ${column('projectId')}::uuid[],
        ${column('organizationId')}::uuid[], ${column('key')}::text[], ${column('type')}::text[],
        ${column('parentId')}::uuid[], ${column('estimate')}::double precision[], ${column('stateCategory')}::text[],
        ${column('archived')}::boolean[], ${column('version')}::int[], ${column('changedAt')}::timestamptz[])
        AS f(id, project_id, organization_id, key, type, parent_id, estimate, state_category, archived, version, changed_at)
    ), inserted AS (
      INSERT INTO "sprints"."work_item" ("id", "project_id", "organization_id", "key", "type", "parent_id",
        "estimate", "state_category", "archived", "deleted", "version", "changed_at")
      SELECT id, project_id, organization_id, key, type, parent_id, estimate, state_category, archived, false,
        version, changed_at
      FROM fetched
      ON CONFLICT ("id") DO NOTHING
      RETURNING "id"
    )
    INSERT INTO "sprints"."work_item_history" ("id", "event_id", "work_item_id", "version", "occurred_at",
      "actor_id", "estimate", "state_category", "archived", "deleted", "project_id")
    SELECT gen_random_uuid(), NULL, f.id, f.version, f.changed_at, NULL, f.estimate, f.state_category, f.archived,
      false, f.project_id
    FROM fetched f JOIN inserted i ON i."id" = f.id`;
}

/**
 * One point of the item's history: from an event (`eventId`, at most once per event, so replays add
 * nothing) or from a snapshot fetched from the work-items service (`eventId` null).
 */
export async function insertHistory(
  tx: SprintsTx,
  state: WorkItemState,
  origin: { eventId: string | null; actorId: string | null },
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "sprints"."work_item_history" ("id", "event_id", "work_item_id", "version", "occurred_at",
      "actor_id", "estimate", "state_category", "archived", "deleted", "project_id")
    VALUES (gen_random_uuid(), ${origin.eventId}::uuid, ${state.id}::uuid, ${state.version}::int,
      ${state.changedAt}::timestamptz, ${origin.actorId}::uuid, ${state.estimate}::double precision,
      ${state.stateCategory}, ${state.archived}, ${state.deleted}, ${state.projectId}::uuid)
    ON CONFLICT ("event_id") DO NOTHING`;
}
