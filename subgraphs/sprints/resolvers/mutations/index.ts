import type { Resolvers } from '../../generated/resolvers-types';
import { addWorkItemsToSprintMutation } from './add-work-items-to-sprint';
import { completeSprintMutation } from './complete-sprint';
import { createSprintMutation } from './create-sprint';
import { deleteSprintMutation } from './delete-sprint';
import { removeWorkItemsFromSprintMutation } from './remove-work-items-from-sprint';
import { setSprintCapacityMutation } from './set-sprint-capacity';
import { startSprintMutation } from './start-sprint';
import { updateSprintMutation } from './update-sprint';

/** One file per mutation: each parses its input, calls its data operation (data/) and shapes the payload. */
export const mutationResolvers: Resolvers = {
  Mutation: {
    ...createSprintMutation,
    ...updateSprintMutation,
    ...deleteSprintMutation,
    ...startSprintMutation,
    ...completeSprintMutation,
    ...addWorkItemsToSprintMutation,
    ...removeWorkItemsFromSprintMutation,
    ...setSprintCapacityMutation,
  },
};
