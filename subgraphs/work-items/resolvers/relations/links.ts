import { userRef } from '../../../../lib/entity-ref';
import { badInput, forbidden, notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { projectRoleAtLeast } from '../../../../lib/roles';
import { canRead, readableWorkItem, workItemWithRole } from '../../access';
import { viewerIdOf, type WorkItemsContext } from '../../context';
import { linkWorkItems, unlinkWorkItems } from '../../data/link-mutations';
import type { WorkItem } from '../../generated/prisma/client';
import type { Resolvers, WorkItemLinkType } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';

/** The two items' raw ids: BAD_USER_INPUT when an item would be linked to itself. */
function linkEnds(input: { sourceId: string; targetId: string }) {
  const sourceId = fromGlobalId(input.sourceId, 'WorkItem', 'input.sourceId');
  const targetId = fromGlobalId(input.targetId, 'WorkItem', 'input.targetId');
  if (sourceId === targetId) throw badInput('input.targetId', 'An item cannot be linked to itself.');
  return { sourceId, targetId };
}

/** After a link change the items' relations are stale: forget, then keep the two rows the payload returns. */
function forgetAndPrime(context: WorkItemsContext, items: WorkItem[]): void {
  forgetAfterWrite(context.loaders);
  for (const item of items) context.loaders.workItemById.prime(item.id, item);
}

/**
 * Both items must be readable (the payload returns them, and a link to a hidden item is itself
 * hidden): NOT_FOUND otherwise; MEMBER in either project may then remove it: FORBIDDEN otherwise.
 */
async function checkUnlinkAccess(context: WorkItemsContext, userId: string, items: WorkItem[]): Promise<void> {
  const roles = await Promise.all(
    items.map(
      async (item) => (await context.loaders.projectAccess.load({ projectId: item.projectId, userId }))?.role ?? null,
    ),
  );
  if (roles.some((role) => !role)) throw notFound('Work item');
  if (!roles.some((role) => role && projectRoleAtLeast(role, 'MEMBER'))) {
    throw forbidden('This requires the MEMBER role in the project of one of the items.');
  }
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
      const actor = { userId: viewerIdOf(context) };
      await context.prisma.$transaction((tx) => linkWorkItems(tx, actor, { sourceId, targetId, type: input.type }));
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
      await checkUnlinkAccess(context, userId, [source, target]);
      const link = { sourceId, targetId, type: input.type };
      await context.prisma.$transaction((tx) => unlinkWorkItems(tx, { userId }, link));
      forgetAndPrime(context, [source, target]);
      return { source, target };
    },
  },
};
