import type { Resolvers } from '../../generated/resolvers-types';
import { bulkMutations } from './bulk';
import { bulkCreateMutations } from './bulk-create';
import { bulkLifecycleMutations } from './bulk-lifecycle';
import { createMutations } from './create';
import { lifecycleMutations } from './lifecycle';
import { updateMutations } from './update';
import { itemQueries } from './queries';
import { customFieldValueResolvers, WorkItemFields } from './work-item';

/** Work items themselves: queries, core fields, hierarchy, custom field values and the item mutations. */
export const itemResolvers: Resolvers = {
  Query: itemQueries,
  Mutation: {
    ...createMutations,
    ...bulkCreateMutations,
    ...updateMutations,
    ...lifecycleMutations,
    ...bulkMutations,
    ...bulkLifecycleMutations,
  },
  WorkItem: WorkItemFields,
  ...customFieldValueResolvers,
};
