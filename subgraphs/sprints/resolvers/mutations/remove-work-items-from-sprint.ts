import { toGlobalId } from '../../../../lib/ids';
import { sprintWithRole } from '../../access';
import { removeWorkItemsFromSprint } from '../../data/remove-work-items-from-sprint';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { parseSprintItemsInput } from '../../validation';
import { writeAsViewer } from './write-as-viewer';

export const removeWorkItemsFromSprintMutation: MutationResolvers = {
  removeWorkItemsFromSprint: async (_parent, { input }, context) => {
    const { sprintId, workItemIds } = parseSprintItemsInput(input);
    await sprintWithRole(context, sprintId);
    const { sprint, removed } = await writeAsViewer(context, (tx, actor) =>
      removeWorkItemsFromSprint(tx, actor, { sprintId, workItemIds }),
    );
    return { sprint, removedWorkItemIds: removed.map((id) => toGlobalId('WorkItem', id)) };
  },
};
