import { userRef } from '../../../../lib/entity-ref';
import { badInput, conflict, forbidden, notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { projectRoleAtLeast } from '../../../../lib/roles';
import { canRead, readableWorkItem, workItemWithRole } from '../../access';
import { viewerIdOf, type WorkItemsContext } from '../../context';
import type { WorkItemsTx } from '../../db';
import { lockWorkItems } from '../../data/items';
import {
  canonicalLink,
  deleteLink,
  insertLink,
  inverseLinkType,
  linkCounts,
  maxRelationsPerItem,
} from '../../data/links';
import { itemLinkChanged, writeItemEvents } from '../../events/work-item-events';
import type { WorkItem } from '../../generated/prisma/client';
import type { Resolvers, WorkItemLinkType } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';

/**
 * One event per side of the link, each in its item's project, with the link as that item sees it
 * (BLOCKS on the source is BLOCKED_BY on the target).
 */
function writeLinkEvents(
  tx: WorkItemsTx,
  type: 'work_item.linked' | 'work_item.unlinked',
  ends: { sourceId: string; targetId: string; type: WorkItemLinkType },
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

function linkEnds(input: { sourceId: string; targetId: string }) {
  const sourceId = fromGlobalId(input.sourceId, 'WorkItem', 'input.sourceId');
  const targetId = fromGlobalId(input.targetId, 'WorkItem', 'input.targetId');
  if (sourceId === targetId) throw badInput('input.targetId', 'An item cannot be linked to itself.');
  return { sourceId, targetId };
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

/** After a link change the items' relations are stale: forget, then keep the two rows the payload returns. */
function forgetAndPrime(context: WorkItemsContext, items: WorkItem[]): void {
  forgetAfterWrite(context.loaders);
  for (const item of items) context.loaders.workItemById.prime(item.id, item);
}

export const linkResolvers: Resolvers = {
  WorkItem: {
    relations: async (item, _args, context) => {
      const rows = await context.loaders.itemRelations.load(item.id);
      const readable = await Promise.all(rows.map((row) => canRead(context, row.otherProjectId)));
      return rows
        .filter((_, i) => readable[i])
        .map(({ type, otherItemId, createdById, createdAt }) => ({ type, otherItemId, createdById, createdAt }));
    },
    // Blockers in projects the viewer cannot read do not count: they would reveal that such items exist.
    isBlocked: async (item, _args, context) => {
      const projects = await context.loaders.itemBlockerProjects.load(item.id);
      if (projects.includes(item.projectId)) return true;
      return (await Promise.all(projects.map((projectId) => canRead(context, projectId)))).some(Boolean);
    },
  },

  WorkItemRelation: {
    type: (relation) => relation.type as WorkItemLinkType,
    workItem: async (relation, _args, context) => {
      const item = await context.loaders.workItemById.load(relation.otherItemId);
      if (!item) throw notFound('Work item');
      return item;
    },
    createdBy: (relation) => userRef(relation.createdById),
    createdAt: (relation) => relation.createdAt,
  },

  Mutation: {
    linkWorkItems: async (_parent, { input }, context) => {
      const { sourceId, targetId } = linkEnds(input);
      // Both checks start together so the items and roles load in one batch; the source's error wins.
      const [source, target] = await Promise.allSettled([
        workItemWithRole(context, sourceId, 'MEMBER'),
        readableWorkItem(context, targetId),
      ]);
      if (source.status === 'rejected') throw source.reason;
      if (target.status === 'rejected') throw target.reason;
      if (source.value.settings.organizationId !== target.value.settings.organizationId) {
        throw badInput('input.targetId', 'Only items of the same organization can be linked.');
      }
      const actorId = viewerIdOf(context);
      await context.prisma.$transaction(async (tx) => {
        await checkRoomForLink(tx, { sourceId, targetId });
        const created = await insertLink(tx, canonicalLink(sourceId, targetId, input.type), actorId);
        if (!created) throw conflict('The two items are already linked this way.', { field: 'input.type' });
        await writeLinkEvents(tx, 'work_item.linked', { sourceId, targetId, type: input.type }, actorId);
      });
      forgetAndPrime(context, [source.value.item, target.value.item]);
      return { source: source.value.item, target: target.value.item, type: input.type };
    },

    unlinkWorkItems: async (_parent, { input }, context) => {
      const { sourceId, targetId } = linkEnds(input);
      const [source, target] = await Promise.all([
        context.loaders.workItemById.load(sourceId),
        context.loaders.workItemById.load(targetId),
      ]);
      if (!source || !target) throw notFound('Work item');
      const userId = viewerIdOf(context);
      const roles = await Promise.all(
        [source, target].map(
          async (item) =>
            (await context.loaders.projectAccess.load({ projectId: item.projectId, userId }))?.role ?? null,
        ),
      );
      // Both items must be readable (the payload returns them, and a link to a hidden item is itself
      // hidden); MEMBER in either project may then remove it.
      if (roles.some((role) => !role)) throw notFound('Work item');
      if (!roles.some((role) => role && projectRoleAtLeast(role, 'MEMBER'))) {
        throw forbidden('This requires the MEMBER role in the project of one of the items.');
      }
      await context.prisma.$transaction(async (tx) => {
        const removed = await deleteLink(tx, canonicalLink(sourceId, targetId, input.type));
        if (!removed) throw notFound('Link');
        await writeLinkEvents(tx, 'work_item.unlinked', { sourceId, targetId, type: input.type }, userId);
      });
      forgetAndPrime(context, [source, target]);
      return { source, target };
    },
  },
};
