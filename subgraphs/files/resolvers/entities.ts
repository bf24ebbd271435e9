import { pageRequestOf } from '../../../lib/db/batched-pages';
import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import { parsePage, toConnection, type Connection, type PageArgs } from '../../../lib/relay';
import { timeIdCursorOf } from '../../../lib/time-id-cursor';
import { readableProjectIds } from '../access';
import type { FilesContext } from '../context';
import type { File, LinkAttachment } from '../generated/prisma/client';
import type { Resolvers } from '../generated/resolvers-types';
import { tagsOf } from '../rules/file-metadata';
import { effectiveLimits } from '../rules/limits';
import type { FileListVariant } from '../data/file-pages';
import { readableProject } from '../../../lib/server/project-access';

const emptyConnection = <T>(): Connection<T> => ({
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  totalCount: async () => 0,
});

/**
 * One target's page of rows that carry their project: the page's projects are checked in one batch,
 * and a viewer who cannot read them sees an empty list (the target itself was resolved, and its
 * access checked, by the subgraph that owns it).
 */
async function visiblePage<T extends { projectId: string; createdAt: Date; id: string }>(
  context: FilesContext,
  rows: T[],
  page: ReturnType<typeof parsePage>,
  count: () => Promise<number>,
): Promise<Connection<T>> {
  if (!rows.length) return toConnection(rows, page, (row) => timeIdCursorOf(row.createdAt, row.id), count);
  const readable = await readableProjectIds(
    context,
    rows.map((row) => row.projectId),
  );
  if (!rows.every((row) => readable.has(row.projectId))) return emptyConnection();
  return toConnection(rows, page, (row) => timeIdCursorOf(row.createdAt, row.id), count);
}

function filesOf(context: FilesContext, targetId: string, variant: FileListVariant, args: PageArgs) {
  const page = parsePage(args);
  return context.loaders
    .filePages(variant)
    .load(pageRequestOf(targetId, page))
    .then((rows: File[]) => visiblePage(context, rows, page, () => context.loaders.fileCounts(variant).load(targetId)));
}

function linksOf(context: FilesContext, targetKind: string, targetId: string, args: PageArgs) {
  const page = parsePage(args);
  return context.loaders
    .linkPages(targetKind)
    .load(pageRequestOf(targetId, page))
    .then((rows: LinkAttachment[]) =>
      visiblePage(context, rows, page, () => context.loaders.linkCounts(targetKind).load(targetId)),
    );
}

const rawId = (globalId: string, type: string): string | null => {
  const decoded = decodeGlobalId(globalId);
  return decoded?.type === type ? decoded.id : null;
};

export const entityResolvers: Resolvers = {
  WorkItem: {
    __resolveReference: (reference) => reference,
    attachments: (item, args, context) => {
      const id = rawId(item.id, 'WorkItem');
      if (!id) return emptyConnection();
      return filesOf(
        context,
        id,
        { targetKind: 'WORK_ITEM', includeDeleted: args.includeDeleted ?? false, tags: [] },
        args,
      );
    },
    linkAttachments: (item, args, context) => {
      const id = rawId(item.id, 'WorkItem');
      return id ? linksOf(context, 'WORK_ITEM', id, args) : emptyConnection();
    },
  },
  Comment: {
    __resolveReference: (reference) => reference,
    attachments: (comment, args, context) => {
      const id = rawId(comment.id, 'Comment');
      if (!id) return emptyConnection();
      return filesOf(
        context,
        id,
        { targetKind: 'COMMENT', includeDeleted: args.includeDeleted ?? false, tags: [] },
        args,
      );
    },
  },
  Project: {
    __resolveReference: (reference) => {
      const id = rawId(reference.id, 'Project');
      return id ? { projectId: id } : null;
    },
    id: (project) => toGlobalId('Project', project.projectId),
    documents: (project, args, context) =>
      filesOf(
        context,
        project.projectId,
        { targetKind: 'PROJECT', includeDeleted: args.includeDeleted ?? false, tags: tagsOf(args.tags ?? [], 'tags') },
        args,
      ),
    linkAttachments: (project, args, context) => linksOf(context, 'PROJECT', project.projectId, args),
    fileUsage: async (project, _args, context) => {
      const { organizationId } = await readableProject(context, project.projectId);
      return { projectId: project.projectId, organizationId };
    },
  },
  FileUsage: {
    usedBytes: async (usage, _args, context) => Number(await context.loaders.usageOfProject.load(usage.projectId)),
    quotaBytes: async (usage, _args, context) =>
      effectiveLimits(
        await context.loaders.limitsOfOrganization.load(usage.organizationId),
        context.settings.FILES_MAX_FILE_BYTES,
      ).projectQuotaBytes,
  },
};
