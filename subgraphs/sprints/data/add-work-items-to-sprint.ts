import { badInput, conflict, notFound } from '../../../lib/errors';
import { toGlobalId } from '../../../lib/ids';
import type { SprintsTx } from '../db';
import type { Sprint } from '../generated/prisma/client';
import { recordScopeChange } from './record-scope-change';
import { itemInOtherSprint } from './sprint-conflicts';
import {
  addMembers,
  ensureRoomInSprint,
  lockReadModelItems,
  openSprintsOfItems,
  type ReadModelItemRow,
} from './sprint-items';
import { lockSprint, requireState, type Actor } from './sprint-writes';
import { violatesIndex } from './unique-indexes';

const field = 'input.workItemIds';

export interface AddedWorkItems {
  sprint: Sprint;
  /** The items that joined: those already in the sprint are left out. */
  added: string[];
}

/** BAD_USER_INPUT unless every item is a live, unarchived item of the sprint's project. */
function requireAddable(sprint: Sprint, ids: readonly string[], items: Map<string, ReadModelItemRow>): void {
  for (const id of ids) {
    const item = items.get(id);
    const details = { workItemId: toGlobalId('WorkItem', id) };
    if (!item || item.deleted || item.projectId !== sprint.projectId) {
      throw badInput(field, "The work item is not an item of the sprint's project.", details);
    }
    if (item.archived) throw badInput(field, 'An archived work item cannot be added to a sprint.', details);
  }
}

/** The items not yet in this sprint; CONFLICT when one is in another open sprint. */
async function itemsToAdd(tx: SprintsTx, sprintId: string, ids: readonly string[]): Promise<string[]> {
  const openSprints = await openSprintsOfItems(tx, ids);
  const added = ids.filter((id) => openSprints.get(id)?.id !== sprintId);
  for (const id of added) {
    const other = openSprints.get(id);
    if (other) throw itemInOtherSprint(id, other);
  }
  return added;
}

/**
 * Adds the items (raw ids, known to the read model: see `ensureKnown`) to a planned or active sprint,
 * in the order given, as PLANNING additions; adding an item already in the sprint changes nothing.
 */
export async function addWorkItemsToSprint(
  tx: SprintsTx,
  actor: Actor,
  input: { sprintId: string; workItemIds: readonly string[] },
): Promise<AddedWorkItems> {
  const { sprintId, workItemIds: ids } = input;
  // Items before the sprint, in the order the read model's consumer takes them: no deadlock.
  const items = new Map((await lockReadModelItems(tx, ids)).map((item) => [item.id, item]));
  const sprint = await lockSprint(tx, sprintId);
  if (!sprint) throw notFound('Sprint');
  requireState(sprint, ['PLANNED', 'ACTIVE'], 'items can only be added to a planned or active sprint');
  requireAddable(sprint, ids, items);
  const added = await itemsToAdd(tx, sprintId, ids);
  if (!added.length) return { sprint, added };
  await ensureRoomInSprint(tx, sprint, added.length, field);
  await addMembers(tx, { sprintId, workItemIds: added, ...actor }, 'PLANNING').catch((error: unknown) => {
    // The item joined another sprint between our check and our write.
    throw violatesIndex(error, 'sprint_item_one_open_sprint')
      ? conflict('A work item was added to another open sprint at the same time: remove it there first.')
      : error;
  });
  const updated = await recordScopeChange(tx, sprintId, actor, { addedWorkItemIds: added, removedWorkItemIds: [] });
  return { sprint: updated, added };
}
