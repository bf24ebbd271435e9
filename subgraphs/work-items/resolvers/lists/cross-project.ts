import { fromGlobalId } from '../../../../lib/ids';
import { parsePage, toConnection } from '../../../../lib/relay';
import { viewerIdOf, type WorkItemsContext } from '../../context';
import { decodeItemCursor, itemCursorOf, itemOrderOf } from '../../data/work-item-lists';
import type { CustomField } from '../../generated/prisma/client';
import type { Resolvers, WorkItemFilter } from '../../generated/resolvers-types';
import { toItemFilter, validateFilterShape, type ItemFilter, withBlockerProjects } from '../../rules/item-filter';
import { readableProjectsOf } from './organization-projects';

/** The custom field ids a filter tree names, nested filters included. */
function fieldIdsOf(filter: WorkItemFilter | null | undefined, path: string): string[] {
  if (!filter) return [];
  return [
    ...(filter.customFields ?? []).map((c, i) =>
      fromGlobalId(c.fieldId, 'CustomField', `${path}.customFields.${i}.fieldId`),
    ),
    ...(filter.and ?? []).flatMap((sub, i) => fieldIdsOf(sub, `${path}.and.${i}`)),
    ...(filter.or ?? []).flatMap((sub, i) => fieldIdsOf(sub, `${path}.or.${i}`)),
    ...fieldIdsOf(filter.not, `${path}.not`),
  ];
}

/** The definitions of the fields the filter names that belong to the listed projects (others are refused as unknown). */
async function fieldsOf(
  context: WorkItemsContext,
  filter: WorkItemFilter | null | undefined,
  projectIds: ReadonlySet<string>,
): Promise<CustomField[]> {
  const found = await context.loaders.customFieldById.loadMany([...new Set(fieldIdsOf(filter, 'filter'))]);
  return found.filter(
    (field): field is CustomField => !!field && !(field instanceof Error) && projectIds.has(field.projectId),
  );
}

/** Which of the viewer shortcuts a request turned on. */
interface Shortcuts {
  assignedToMe: boolean;
  createdByMe: boolean;
  watching: boolean;
}

/** The shortcuts as conditions on the viewer, added to the filter's own. */
function withShortcuts(filter: ItemFilter, viewerId: string, shortcuts: Shortcuts): ItemFilter {
  const conditions = [...filter.conditions];
  if (shortcuts.assignedToMe) conditions.push({ field: 'assignee', op: 'eq', value: viewerId });
  if (shortcuts.createdByMe) conditions.push({ field: 'reporter', op: 'eq', value: viewerId });
  if (shortcuts.watching) conditions.push({ field: 'watcher', op: 'eq', value: viewerId });
  return { ...filter, conditions };
}

export const crossProjectListResolvers: Resolvers = {
  Query: {
    workItems: async (_parent, args, context) => {
      validateFilterShape(args.filter, 'filter');
      const organizationId = fromGlobalId(args.organizationId, 'Organization', 'organizationId');
      const order = itemOrderOf(args.orderBy);
      const page = parsePage(args);
      const cursor = decodeItemCursor(page, order);
      const viewerId = viewerIdOf(context);
      const projectIds = await readableProjectsOf(context, organizationId);
      const fields = await fieldsOf(context, args.filter, new Set(projectIds));
      const filter = withShortcuts(
        withBlockerProjects(toItemFilter(args.filter, 'filter', fields, 'input', viewerId), projectIds),
        viewerId,
        {
          assignedToMe: args.assignedToMe === true,
          createdByMe: args.createdByMe === true,
          watching: args.watching === true,
        },
      );
      const rows = await context.loaders.crossProjectPage.load({
        projectIds,
        filter,
        order,
        cursor,
        take: page.take,
        backward: page.backward,
      });
      for (const row of rows) context.loaders.workItemById.prime(row.id, row);
      return toConnection(rows, page, itemCursorOf(order), () =>
        context.loaders.crossProjectCount.load({ projectIds, filter }),
      );
    },
  },
};
