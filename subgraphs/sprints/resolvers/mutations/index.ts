import { mergeResolvers } from '../../../../lib/server/merge-resolvers';
import type { Resolvers } from '../../generated/resolvers-types';
import { capacityMutations } from './capacity';
import { lifecycleMutations } from './lifecycle';
import { scopeMutations } from './scope';
import { sprintCrudMutations } from './sprint-crud';

export const mutationResolvers: Resolvers = mergeResolvers<Resolvers>(
  { Mutation: sprintCrudMutations },
  { Mutation: lifecycleMutations },
  { Mutation: scopeMutations },
  { Mutation: capacityMutations },
);
