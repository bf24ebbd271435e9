import type { Resolvers } from '../../generated/resolvers-types';
import { bulkMutations } from './bulk';
import { itemMutations } from './mutations';
import { itemQueries } from './queries';
import { customFieldValueResolvers, WorkItemFields } from './work-item';

/** Work items themselves: queries, core fields, hierarchy, custom field values and the item mutations. */
export const itemResolvers: Resolvers = {
  Query: itemQueries,
  Mutation: { ...itemMutations, ...bulkMutations },
  WorkItem: WorkItemFields,
  ...customFieldValueResolvers,
};
