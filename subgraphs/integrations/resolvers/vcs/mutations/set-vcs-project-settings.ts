import { badInput, forbidden, notFound } from '../../../../../lib/errors';
import { fromGlobalId } from '../../../../../lib/ids';
import { viewerIdOf } from '../../../context';
import type { MutationResolvers } from '../../../generated/resolvers-types';
import { saveProjectSettings } from '../../../vcs/data/project-settings';
import { workflowStateProject } from '../../../vcs/receive/peers';

export const setVcsProjectSettingsMutation: MutationResolvers = {
  setVcsProjectSettings: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
    const mergedStateId = input.mergedStateId
      ? fromGlobalId(input.mergedStateId, 'WorkflowState', 'input.mergedStateId')
      : input.mergedStateId;
    if (input.moveOnMerge === null) throw badInput('input.moveOnMerge', 'Give true or false, or leave it out.');
    const access = await context.loaders.projectAccess.load({ projectId, userId: viewerIdOf(context) });
    if (!access?.role) throw notFound('Project');
    if (access.role !== 'ADMIN') throw forbidden('Only the project’s admins change what merged pull requests do.');
    if (mergedStateId && (await workflowStateProject(context.peers, mergedStateId)) !== projectId) {
      throw badInput('input.mergedStateId', 'Not a state of this project’s workflow.');
    }
    await saveProjectSettings(context.prisma, {
      projectId,
      organizationId: access.organizationId,
      actorId: viewerIdOf(context),
      moveOnMerge: input.moveOnMerge,
      mergedStateId,
    });
    context.vcs.projectSettings.clear(projectId);
    return { settings: await context.vcs.projectSettings.load(projectId) };
  },
};
