import type { SprintsPrisma } from '../db';
import { openSprintsOfItems } from '../data/sprint-items';
import type { WorkItem } from '../generated/prisma/client';
import { insertFetchedHistory, upsertAllIfNewer, type WorkItemState } from './read-model-writes';
import { removalReason, removeFromOpenSprintIfGone } from './remove-from-sprint';

/** A row the work-items service no longer has: deleted at its last version (as its deletion event says). */
const deletedState = (row: WorkItem, at: Date): WorkItemState => ({
  id: row.id,
  projectId: row.projectId,
  organizationId: row.organizationId,
  key: row.key,
  type: row.type,
  parentId: row.parentId,
  estimate: row.estimate,
  stateCategory: row.stateCategory,
  archived: row.archived,
  version: row.version,
  deleted: true,
  changedAt: at,
});

/**
 * Applies the items' states as read from the work-items service, in one transaction, as their
 * events would be: each row moves only to a newer version, with a history row, and an item now
 * archived, deleted or in another project leaves its open sprint (no actor: the service does not say
 * who). A null state means the item is gone: a row the read model has is recorded as deleted at
 * `now`. The events of the same versions, arriving later, change nothing more. Returns how many
 * states were newer than the read model's.
 */
export function applyFetchedStates(
  prisma: SprintsPrisma,
  states: ReadonlyMap<string, WorkItemState | null>,
  now: Date,
): Promise<number> {
  const found = [...states.values()].filter((state): state is WorkItemState => state !== null);
  const goneIds = [...states].filter(([, state]) => state === null).map(([id]) => id);
  return prisma.$transaction(async (tx) => {
    const gone = goneIds.length ? await tx.workItem.findMany({ where: { id: { in: goneIds }, deleted: false } }) : [];
    const candidates = [...found, ...gone.map((row) => deletedState(row, now))];
    const written = await upsertAllIfNewer(tx, candidates);
    const newer = candidates.filter((state) => written.has(state.id));
    if (!newer.length) return 0;
    await insertFetchedHistory(tx, newer);
    // One read finds the few that have to leave their sprint; the removal checks again under its lock.
    const openSprints = await openSprintsOfItems(
      tx,
      newer.map((state) => state.id),
    );
    for (const state of newer) {
      const sprint = openSprints.get(state.id);
      if (sprint && removalReason(state, sprint.projectId)) {
        await removeFromOpenSprintIfGone(tx, state, { actorId: null, at: state.changedAt });
      }
    }
    return newer.length;
  });
}
