import { fetchDirection } from '../../../../lib/keyset';
import { parsePage, toConnection, type Page } from '../../../../lib/relay';
import { readableProject } from '../../access';
import { viewerIdOrNull, type WorkItemsContext } from '../../context';
import { columnCursorOf, columnItemCursorOf } from '../../data/board';
import { toItemFilter, validateFilterShape, type ItemFilter } from '../../rules/item-filter';
import {
  decodeItemCursor,
  itemCursorOf,
  itemOrderOf,
  type ItemCursor,
  type ItemOrder,
} from '../../data/work-item-lists';
import type { WorkItemConnectionMapper } from '../../mappers';
import type { Resolvers } from '../../generated/resolvers-types';
import { withBlockerScope } from './blocker-scope';

/** One page of a project's items for a validated filter and order; totalCount is counted only when selected. */
export async function listWorkItems(
  context: WorkItemsContext,
  projectId: string,
  filter: ItemFilter,
  order: ItemOrder,
  page: Page,
  cursor: ItemCursor | null,
): Promise<WorkItemConnectionMapper> {
  const rows = await context.loaders.itemListPage.load({
    projectId,
    filter,
    order,
    cursor,
    take: page.take,
    backward: page.backward,
  });
  for (const row of rows) context.loaders.workItemById.prime(row.id, row);
  return toConnection(rows, page, itemCursorOf(order), () => context.loaders.itemListCount.load({ projectId, filter }));
}

export const workItemListResolvers: Resolvers = {
  Project: {
    workItems: async (project, args, context) => {
      validateFilterShape(args.filter, 'filter');
      const order = itemOrderOf(args.orderBy);
      const page = parsePage(args);
      const cursor = decodeItemCursor(page, order);
      await readableProject(context, project.projectId);
      const fields = await context.loaders.customFieldsByProject.load(project.projectId);
      const filter = await withBlockerScope(
        context,
        toItemFilter(args.filter, 'filter', fields, 'input', viewerIdOrNull(context)),
        project.projectId,
      );
      return listWorkItems(context, project.projectId, filter, order, page, cursor);
    },
    board: async (project, args, context) => {
      validateFilterShape(args.filter, 'filter');
      await readableProject(context, project.projectId);
      const fields = await context.loaders.customFieldsByProject.load(project.projectId);
      return {
        projectId: project.projectId,
        filter: await withBlockerScope(
          context,
          toItemFilter(args.filter, 'filter', fields, 'input', viewerIdOrNull(context)),
          project.projectId,
        ),
      };
    },
  },
  Board: {
    columns: async (board, _args, context) =>
      (await context.loaders.statesByProject.load(board.projectId)).map((state) => ({
        projectId: board.projectId,
        state,
        filter: board.filter,
      })),
  },
  BoardColumn: {
    state: (column) => column.state,
    items: async (column, args, context) => {
      const page = parsePage(args);
      const { afterRank, afterId } = columnCursorOf(page);
      const key = { projectId: column.projectId, stateId: column.state.id, filter: column.filter };
      const rows = await context.loaders.boardColumnPage.load({
        ...key,
        afterRank,
        afterId,
        take: page.take,
        direction: fetchDirection(page),
      });
      for (const row of rows) context.loaders.workItemById.prime(row.id, row);
      return toConnection(rows, page, columnItemCursorOf, () => context.loaders.boardColumnCount.load(key));
    },
  },
};
