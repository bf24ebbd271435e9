import { notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { parsePage, toConnection } from '../../../../lib/relay';
import type { ProjectRole } from '../../../../lib/roles';
import { projectWithRole, readableProject } from '../../access';
import { viewerIdOrNull, type WorkItemsContext } from '../../context';
import {
  createRelease,
  deleteRelease,
  releaseCursorOf,
  releasePageRequestOf,
  updateRelease,
} from '../../data/releases';
import { decodeItemCursor, itemOrderOf } from '../../data/work-item-lists';
import type { Release } from '../../generated/prisma/client';
import type { Resolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { toItemFilter, validateFilterShape } from '../../rules/item-filter';
import {
  checkReleaseDates,
  isOverdue,
  percentDone,
  validateReleaseDescription,
  validateReleaseName,
} from '../../rules/releases';
import { notNull } from '../../validation';
import { actorOf } from '../input';
import { withBlockerScope } from '../lists/blocker-scope';
import { listWorkItems } from '../lists/work-items';
import { roleInProjectOf } from './shared';

/** A release of a project where the viewer has `required`: NOT_FOUND when unknown or unreadable, FORBIDDEN below. */
async function releaseOfRole(context: WorkItemsContext, globalId: string, required: ProjectRole): Promise<Release> {
  const release = await context.loaders.releaseById.load(fromGlobalId(globalId, 'Release', 'input.id'));
  if (!release) throw notFound('Release');
  await roleInProjectOf(context, release.projectId, required, 'Release');
  return release;
}

export const releaseResolvers: Resolvers = {
  Project: {
    releases: async (project, args, context) => {
      const page = parsePage(args);
      const released = args.released ?? null;
      const request = releasePageRequestOf(project.projectId, released, page);
      await readableProject(context, project.projectId);
      const rows = await context.loaders.projectReleasePage.load(request);
      for (const row of rows) context.loaders.releaseById.prime(row.id, row);
      return toConnection(rows, page, releaseCursorOf, () =>
        context.loaders.projectReleaseCount.load({ projectId: project.projectId, released }),
      );
    },
  },

  ReleaseConnection: {
    totalCount: (connection) => connection.totalCount(),
  },

  WorkItem: {
    release: async (item, _args, context) => {
      if (!item.releaseId) return null;
      return context.loaders.releaseById.load(item.releaseId);
    },
  },

  Release: {
    id: (release) => toGlobalId('Release', release.id),
    project: (release) => ({ projectId: release.projectId }),
    released: (release) => release.releasedAt !== null,
    overdue: (release) => isOverdue(release, new Date()),
    progress: (release, _args, context) => context.loaders.releaseProgress.load(release.id),
    workItems: async (release, args, context) => {
      validateFilterShape(args.filter, 'filter');
      const order = itemOrderOf(args.orderBy);
      const page = parsePage(args);
      const cursor = decodeItemCursor(page, order);
      const fields = await context.loaders.customFieldsByProject.load(release.projectId);
      const filter = toItemFilter(args.filter, 'filter', fields, 'input', viewerIdOrNull(context));
      const inRelease = {
        ...filter,
        conditions: [...filter.conditions, { field: 'release' as const, op: 'eq' as const, value: release.id }],
      };
      const scoped = await withBlockerScope(context, inRelease, release.projectId);
      return listWorkItems(context, release.projectId, scoped, order, page, cursor);
    },
  },

  ReleaseProgress: {
    percentDone: (progress) => percentDone(progress),
  },

  Mutation: {
    createRelease: async (_parent, { input }, context) => {
      const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
      const name = validateReleaseName(input.name);
      const description = validateReleaseDescription(input.description ?? '');
      const startDate = input.startDate ?? null;
      const releaseDate = input.releaseDate ?? null;
      checkReleaseDates(startDate, releaseDate);
      await projectWithRole(context, projectId, 'MEMBER');
      const release = await context.prisma.$transaction((tx) =>
        createRelease(tx, { projectId, name, description, startDate, releaseDate }),
      );
      forgetAfterWrite(context.loaders);
      return { release };
    },

    updateRelease: async (_parent, { input }, context) => {
      fromGlobalId(input.id, 'Release', 'input.id');
      const name = input.name === undefined ? undefined : validateReleaseName(notNull(input.name, 'input.name')!);
      const description =
        input.description === undefined ? undefined : validateReleaseDescription(input.description ?? '');
      const released = notNull(input.released, 'input.released');
      const release = await releaseOfRole(context, input.id, 'MEMBER');
      const startDate = input.startDate === undefined ? release.startDate : input.startDate;
      const releaseDate = input.releaseDate === undefined ? release.releaseDate : input.releaseDate;
      checkReleaseDates(startDate, releaseDate);
      const sameDay = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
      const changes = {
        ...(name !== undefined && name !== release.name ? { name } : {}),
        ...(description !== undefined && description !== release.description ? { description } : {}),
        ...(!sameDay(startDate, release.startDate) ? { startDate } : {}),
        ...(!sameDay(releaseDate, release.releaseDate) ? { releaseDate } : {}),
        ...(released !== undefined && released !== (release.releasedAt !== null)
          ? { releasedAt: released ? new Date() : null }
          : {}),
      };
      const updated = await updateRelease(context.prisma, release, changes);
      forgetAfterWrite(context.loaders);
      return { release: updated };
    },

    deleteRelease: async (_parent, { input }, context) => {
      const release = await releaseOfRole(context, input.id, 'ADMIN');
      const actor = actorOf(context);
      const unplannedItemCount = await context.prisma.$transaction((tx) => deleteRelease(tx, actor, release.id));
      forgetAfterWrite(context.loaders);
      return { deletedReleaseId: toGlobalId('Release', release.id), unplannedItemCount };
    },
  },
};
