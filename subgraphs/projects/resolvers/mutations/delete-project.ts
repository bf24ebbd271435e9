import { bumpAccessEpoch } from '../../../../lib/cache/access-epoch-consumer';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { organizationRoleAtLeastOrFail, visibleProject } from '../../access';
import { viewerIdOf } from '../../context';
import { deleteProject } from '../../data/delete-project';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetConnections, forgetMemberships } from '../../loaders';

export const deleteProjectMutation: MutationResolvers = {
  deleteProject: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
    const { project } = await visibleProject(context, projectId);
    await organizationRoleAtLeastOrFail(context, project.organizationId, 'ADMIN');
    const deleted = await context.prisma.$transaction((tx) => deleteProject(tx, viewerIdOf(context), projectId));
    // Before answering, so the next request to any service (and replica) finds no project.
    await context.projectCache?.changed(projectId);
    await bumpAccessEpoch(context.accessEpochs, deleted.organizationId);
    context.loaders.projectById.clear(projectId);
    forgetMemberships(context.loaders);
    forgetConnections(context.loaders);
    return { deletedProjectId: toGlobalId('Project', projectId) };
  },
};
