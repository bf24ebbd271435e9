import { fromGlobalId } from '../../../../lib/ids';
import { projectWithRole } from '../../access';
import { viewerIdOf } from '../../context';
import { updateProject } from '../../data/update-project';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetConnections } from '../../loaders';
import { maxProjectDescriptionLength, validateDescription, validateName } from '../../validation';

export const updateProjectMutation: MutationResolvers = {
  updateProject: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.id, 'Project', 'input.id');
    const name = input.name == null ? undefined : validateName(input.name);
    const description =
      input.description == null ? undefined : validateDescription(input.description, maxProjectDescriptionLength);
    const { project } = await projectWithRole(context, projectId, 'ADMIN');
    if (name === undefined && description === undefined) return { project };
    const viewerId = viewerIdOf(context);
    const updated = await context.prisma.$transaction((tx) =>
      updateProject(tx, viewerId, projectId, { name, description }),
    );
    // Before answering, so the caller's next request (to any replica) reads the change.
    await context.projectCache?.changed(projectId);
    context.loaders.projectById.clear(projectId).prime(projectId, updated);
    forgetConnections(context.loaders);
    return { project: updated };
  },
};
