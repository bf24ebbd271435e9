import { sprintWithRole } from '../../access';
import { addWorkItemsToSprint } from '../../data/add-work-items-to-sprint';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { parseSprintItemsInput } from '../../validation';
import { writeAsViewer } from './write-as-viewer';

export const addWorkItemsToSprintMutation: MutationResolvers = {
  addWorkItemsToSprint: async (_parent, { input }, context) => {
    const { sprintId, workItemIds } = parseSprintItemsInput(input);
    await sprintWithRole(context, sprintId);
    await context.workItemLookup.ensureKnown(workItemIds);
    const { sprint, added } = await writeAsViewer(context, (tx, actor) =>
      addWorkItemsToSprint(tx, actor, { sprintId, workItemIds }),
    );
    return { sprint, addedWorkItems: added.map((workItemId) => ({ workItemId })) };
  },
};
