import { bumpAccessEpoch } from '../../../../lib/cache/access-epoch-consumer';
import { fromGlobalId } from '../../../../lib/ids';
import { projectWithRole } from '../../access';
import { viewerIdOf, type ProjectsContext } from '../../context';
import { setProjectArchived } from '../../data/archive-project';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetConnections } from '../../loaders';

async function setArchived(context: ProjectsContext, projectIdInput: string, archived: boolean) {
  const projectId = fromGlobalId(projectIdInput, 'Project', 'input.projectId');
  await projectWithRole(context, projectId, 'ADMIN');
  const { project, changed } = await context.prisma.$transaction((tx) =>
    setProjectArchived(tx, viewerIdOf(context), projectId, archived),
  );
  if (changed) {
    // Before answering, so the next request to any service (and replica) sees the project's new state.
    await context.projectCache?.changed(projectId);
    await bumpAccessEpoch(context.accessEpochs, project.organizationId);
  }
  context.loaders.projectById.clear(projectId).prime(projectId, project);
  forgetConnections(context.loaders);
  return { project };
}

export const archiveProjectMutations: MutationResolvers = {
  archiveProject: (_parent, { input }, context) => setArchived(context, input.projectId, true),
  restoreProject: (_parent, { input }, context) => setArchived(context, input.projectId, false),
};
