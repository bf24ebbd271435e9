import { fromGlobalId } from '../../../../lib/ids';
import { badInput } from '../../../../lib/errors';
import { projectWithRole } from '../../access';
import { viewerIdOf } from '../../context';
import { setFlowSettings } from '../../data/flow-settings';
import { workflowStatesOf } from '../../data/workflow-states';
import type { MutationResolvers } from '../../generated/resolvers-types';

const maxStates = 30;

const stateIds = (ids: readonly string[], path: string) => {
  if (ids.length > maxStates) throw badInput(path, `At most ${maxStates} states.`);
  return ids.map((id, i) => fromGlobalId(id, 'WorkflowState', `${path}.${i}`));
};

export const setProjectFlowSettings: MutationResolvers['setProjectFlowSettings'] = async (
  _parent,
  { input },
  context,
) => {
  const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
  const startedStateIds = stateIds(input.startedStateIds, 'input.startedStateIds');
  const doneStateIds = stateIds(input.doneStateIds, 'input.doneStateIds');
  const project = await projectWithRole(context, projectId, 'ADMIN');
  const workflow = await workflowStatesOf(context, projectId);
  const flowSettings = await context.prisma.$transaction((tx) =>
    setFlowSettings(
      tx,
      {
        projectId,
        organizationId: project.organizationId,
        startedStateIds,
        doneStateIds,
        updatedById: viewerIdOf(context),
      },
      workflow,
    ),
  );
  return { flowSettings, project: { projectId } };
};
