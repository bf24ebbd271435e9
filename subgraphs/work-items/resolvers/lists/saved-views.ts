import { pageRequestOf } from '../../../../lib/db/batched-pages';
import { userRef } from '../../../../lib/entity-ref';
import { badInput, forbidden, notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { parsePage, toConnection } from '../../../../lib/relay';
import { projectRoleAtLeast, type ProjectRole } from '../../../../lib/roles';
import { timeIdCursorOf } from '../../../../lib/time-id-cursor';
import { canRead, readableProject } from '../../access';
import { viewerIdOf, viewerIdOrNull, type WorkItemsContext } from '../../context';
import { toItemFilter, validateFilterShape, type ItemFilter } from '../../rules/item-filter';
import { filterFromStored, orderFromStored, storedFilterOf, storedOrderOf, viewNameOf } from '../../data/saved-views';
import { decodeItemCursor } from '../../data/work-item-lists';
import { createSavedView, deleteSavedView, updateSavedView } from '../../data/saved-view-mutations';
import type { SavedView } from '../../generated/prisma/client';
import type { Resolvers, WorkItemFilter } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { withBlockerScope } from './blocker-scope';
import { listWorkItems } from './work-items';

/** The view when the viewer sees it (their own or a shared one, in a project they can read), else null. */
export async function viewIfVisible(context: WorkItemsContext, viewId: string): Promise<SavedView | null> {
  const view = await context.loaders.savedViewById.load(viewId);
  const visible = view && (view.ownerId === context.identity.viewer?.userId || view.shared);
  return view && visible && (await canRead(context, view.projectId)) ? view : null;
}

/**
 * The view's stored filter as it applies now, against the project's current custom fields: stored
 * conditions on since-deleted fields match nothing instead of failing.
 */
export async function storedViewFilter(context: WorkItemsContext, view: SavedView): Promise<ItemFilter> {
  const fields = await context.loaders.customFieldsByProject.load(view.projectId);
  const filter = toItemFilter(filterFromStored(view.filter), 'filter', fields, 'stored', viewerIdOrNull(context));
  return withBlockerScope(context, filter, view.projectId);
}

/** A view the viewer sees; NOT_FOUND otherwise. */
async function visibleView(context: WorkItemsContext, viewId: string): Promise<SavedView> {
  const view = await viewIfVisible(context, viewId);
  if (!view) throw notFound('Saved view');
  return view;
}

/** The owner may change their view; a project ADMIN may also change a shared one. */
async function changeableView(
  context: WorkItemsContext,
  viewId: string,
): Promise<{ view: SavedView; role: ProjectRole }> {
  const view = await visibleView(context, viewId);
  const { role } = await readableProject(context, view.projectId);
  const isOwner = view.ownerId === viewerIdOf(context);
  if (!isOwner && !(view.shared && role === 'ADMIN')) {
    throw forbidden('Only its owner, or a project ADMIN for a shared view, may change a saved view.');
  }
  return { view, role };
}

const requireSharer = (role: ProjectRole) => {
  if (!projectRoleAtLeast(role, 'MEMBER')) throw forbidden('Sharing a view requires the MEMBER role in the project.');
};

/** The filter checked against the project's custom fields (BAD_USER_INPUT under `path`). */
async function checkFilter(context: WorkItemsContext, projectId: string, filter: WorkItemFilter | null | undefined) {
  toItemFilter(filter, 'input.filter', await context.loaders.customFieldsByProject.load(projectId));
}

export const savedViewResolvers: Resolvers = {
  Query: {
    savedView: (_parent, args, context) => visibleView(context, fromGlobalId(args.id, 'SavedView', 'id')),
  },
  Mutation: {
    createSavedView: async (_parent, { input }, context) => {
      const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
      const name = viewNameOf(input.name, 'input.name');
      validateFilterShape(input.filter, 'input.filter');
      const { role } = await readableProject(context, projectId);
      if (input.shared) requireSharer(role);
      await checkFilter(context, projectId, input.filter);
      const savedView = await createSavedView(context.prisma, {
        projectId,
        ownerId: viewerIdOf(context),
        name,
        shared: input.shared ?? false,
        filter: storedFilterOf(input.filter),
        orderBy: storedOrderOf(input.orderBy),
      });
      forgetAfterWrite(context.loaders);
      return { savedView };
    },
    updateSavedView: async (_parent, { input }, context) => {
      const viewId = fromGlobalId(input.id, 'SavedView', 'input.id');
      if (input.name === null) throw badInput('input.name', 'name cannot be null; omit it to keep the name.');
      if (input.shared === null) throw badInput('input.shared', 'shared cannot be null; omit it to keep it as it is.');
      const name = input.name === undefined ? undefined : viewNameOf(input.name, 'input.name');
      validateFilterShape(input.filter, 'input.filter');
      const { view, role } = await changeableView(context, viewId);
      if (input.shared && !view.shared) requireSharer(role);
      if (input.filter !== undefined) await checkFilter(context, view.projectId, input.filter);
      const savedView = await updateSavedView(context.prisma, {
        id: viewId,
        name,
        shared: input.shared,
        filter: input.filter === undefined ? undefined : storedFilterOf(input.filter),
        orderBy: input.orderBy === undefined ? undefined : storedOrderOf(input.orderBy),
      });
      forgetAfterWrite(context.loaders);
      return { savedView };
    },
    deleteSavedView: async (_parent, { input }, context) => {
      const viewId = fromGlobalId(input.id, 'SavedView', 'input.id');
      await changeableView(context, viewId);
      await deleteSavedView(context.prisma, { id: viewId });
      forgetAfterWrite(context.loaders);
      return { deletedSavedViewId: toGlobalId('SavedView', viewId) };
    },
  },
  Project: {
    savedViews: async (project, args, context) => {
      const page = parsePage(args);
      const request = pageRequestOf(project.projectId, page);
      await readableProject(context, project.projectId);
      const rows = await context.loaders.visibleSavedViewPage.load(request);
      return toConnection(
        rows,
        page,
        (view) => timeIdCursorOf(view.createdAt, view.id),
        () => context.loaders.visibleSavedViewCount.load(project.projectId),
      );
    },
  },
  SavedView: {
    id: (view) => toGlobalId('SavedView', view.id),
    owner: (view) => userRef(view.ownerId),
    project: (view) => ({ projectId: view.projectId }),
    filter: (view) => filterFromStored(view.filter),
    orderBy: (view) => orderFromStored(view.orderBy),
    workItems: async (view, args, context) => {
      const order = orderFromStored(view.orderBy);
      const page = parsePage(args);
      const cursor = decodeItemCursor(page, order);
      const filter = await storedViewFilter(context, view);
      return listWorkItems(context, view.projectId, filter, order, page, cursor);
    },
  },
  SavedViewConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
