import { conflict, notFound } from '../../../lib/errors';
import type { WorkItemsTx } from '../db';
import { itemLinkChanged, writeItemEvents } from '../events/work-item-events';
import type { WorkItemLinkType } from '../generated/resolvers-types';
import { lockWorkItems } from './items';
import { canonicalLink, deleteLink, insertLink, inverseLinkType, linkCounts, maxRelationsPerItem } from './links';

/** A link as the caller gave it: from the source's side. */
export interface LinkInput {
  sourceId: string;
  targetId: string;
  type: WorkItemLinkType;
}

/**
 * One event per side of the link, each in its item's project, with the link as that item sees it
 * (BLOCKS on the source is BLOCKED_BY on the target).
 */
function writeLinkEvents(
  tx: WorkItemsTx,
  type: 'work_item.linked' | 'work_item.unlinked',
  ends: LinkInput,
  actorId: string,
): Promise<void> {
  const origin = { actorId, at: new Date() };
  return writeItemEvents(tx, [ends.sourceId, ends.targetId], (subject) =>
    subject.snapshot.id === ends.sourceId
      ? itemLinkChanged(type, origin, subject, { linkType: ends.type, otherWorkItemId: ends.targetId })
      : itemLinkChanged(type, origin, subject, {
          linkType: inverseLinkType(ends.type),
          otherWorkItemId: ends.sourceId,
        }),
  );
}

/**
 * CONFLICT on the end that already has `maxRelationsPerItem` links. Locks both items first, so two
 * links made at once cannot both take an item's last place.
 */
async function checkRoomForLink(tx: WorkItemsTx, ends: { sourceId: string; targetId: string }): Promise<void> {
  await lockWorkItems(tx, [ends.sourceId, ends.targetId]);
  const counts = await linkCounts(tx, [ends.sourceId, ends.targetId]);
  for (const [id, field] of [
    [ends.sourceId, 'input.sourceId'],
    [ends.targetId, 'input.targetId'],
  ] as const) {
    if ((counts.get(id) ?? 0) >= maxRelationsPerItem) {
      const end = field === 'input.sourceId' ? 'source' : 'target';
      throw conflict(
        `The ${end} item already has ${maxRelationsPerItem} relations, the most an item may have: unlink one first.`,
        { field },
      );
    }
  }
}

/**
 * Links two items, stored once in the canonical direction. Locks both items' rows and counts their
 * links (CONFLICT on a full end, or when already linked this way); `work_item.linked` for each side.
 */
export async function linkWorkItems(tx: WorkItemsTx, actor: { userId: string }, input: LinkInput): Promise<void> {
  const { sourceId, targetId, type } = input;
  await checkRoomForLink(tx, { sourceId, targetId });
  const created = await insertLink(tx, canonicalLink(sourceId, targetId, type), actor.userId);
  if (!created) throw conflict('The two items are already linked this way.', { field: 'input.type' });
  await writeLinkEvents(tx, 'work_item.linked', input, actor.userId);
}

/** Removes a link given from either side (NOT_FOUND when there is none); `work_item.unlinked` for each side. */
export async function unlinkWorkItems(tx: WorkItemsTx, actor: { userId: string }, input: LinkInput): Promise<void> {
  const removed = await deleteLink(tx, canonicalLink(input.sourceId, input.targetId, input.type));
  if (!removed) throw notFound('Link');
  await writeLinkEvents(tx, 'work_item.unlinked', input, actor.userId);
}
