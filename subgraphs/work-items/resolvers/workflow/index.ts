import type { Resolvers } from '../../generated/resolvers-types';
import { itemStateMutations } from './item-mutations';
import { itemStateResolvers } from './item-state';
import { workflowReadResolvers } from './workflow';
import { workflowMutations } from './workflow-mutations';

/** Workflows, transitions, board moves, history and time in states. */
export const workflowResolvers: Resolvers = {
  ...workflowReadResolvers,
  ...itemStateResolvers,
  Mutation: { ...workflowMutations, ...itemStateMutations },
};
