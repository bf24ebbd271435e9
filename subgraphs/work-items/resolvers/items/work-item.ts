import { userRef } from '../../../../lib/entity-ref';
import { toGlobalId } from '../../../../lib/ids';
import { timeIdConnection } from '../../../../lib/db/batched-pages';
import { customFieldValuesOf, valueTypeOf } from '../../data/custom-field-values';
import { maxMaxDepth } from '../../rules/workflow-rules';
import type { WorkItem } from '../../generated/prisma/client';
import type { Resolvers, WorkItemResolvers } from '../../generated/resolvers-types';
import type { CustomFieldValueMapper } from '../../mappers';
import { priorityName } from '../../priority';
import type { WorkItemsContext } from '../../context';
import { workItemUrl } from '../../../../lib/web-links';

async function keyOf(item: WorkItem, context: WorkItemsContext): Promise<string> {
  const settings = await context.loaders.projectSettings.load(item.projectId);
  return `${settings?.key ?? '?'}-${item.number}`;
}

export const WorkItemFields: WorkItemResolvers = {
  id: (item) => toGlobalId('WorkItem', item.id),
  key: (item, _args, context) => keyOf(item, context),
  url: async (item, _args, context) => workItemUrl(context.publicUrl(), await keyOf(item, context)),
  type: (item) => item.type as never,
  priority: (item) => priorityName(item.priority),
  assignee: (item) => (item.assigneeId ? userRef(item.assigneeId) : null),
  reporter: (item) => userRef(item.reporterId),
  labels: (item, _args, context) => context.loaders.labelsByItem.load(item.id),
  parent: (item, _args, context) => (item.parentId ? context.loaders.workItemById.load(item.parentId) : null),
  children: (item, args, context) =>
    timeIdConnection(item.id, args, { pages: context.loaders.childPage, counts: context.loaders.childCount }),
  ancestors: async (item, _args, context) => {
    // The path is as deep as the hierarchy (checked on every write of it): at most maxMaxDepth.
    const ancestors = await context.loaders.workItemById.loadMany(item.path.slice(-maxMaxDepth));
    return ancestors.filter((a): a is WorkItem => a !== null && !(a instanceof Error));
  },
  progress: (item, _args, context) => context.loaders.progressByItem.load(item.id),
  customFields: async (item, _args, context) =>
    customFieldValuesOf(await context.loaders.customFieldsByProject.load(item.projectId), item.customFields),
  project: (item) => ({ projectId: item.projectId }),
};

const fieldOf = { field: (value: CustomFieldValueMapper) => value.field };

export const customFieldValueResolvers: Resolvers = {
  CustomFieldValue: {
    __resolveType: (value) => valueTypeOf[value.field.type] as never,
  },
  TextFieldValue: { ...fieldOf, text: (value) => String(value.value) },
  NumberFieldValue: { ...fieldOf, number: (value) => Number(value.value) },
  DateFieldValue: { ...fieldOf, date: (value) => new Date(`${String(value.value)}T00:00:00.000Z`) },
  SelectFieldValue: { ...fieldOf, option: (value) => String(value.value) },
  MultiSelectFieldValue: {
    ...fieldOf,
    options: (value) => (Array.isArray(value.value) ? value.value.map(String) : []),
  },
  UserFieldValue: { ...fieldOf, user: (value) => userRef(String(value.value)) },
};
