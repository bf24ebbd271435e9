import { fromGlobalId } from '../../../../lib/ids';
import { organizationRoleAtLeastOrFail } from '../../access';
import { viewerIdOf } from '../../context';
import { createProject } from '../../data/create-project';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetConnections } from '../../loaders';
import { maxProjectDescriptionLength, validateDescription, validateName, validateProjectKey } from '../../validation';

export const createProjectMutation: MutationResolvers = {
  createProject: async (_parent, { input }, context) => {
    const organizationId = fromGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    const key = validateProjectKey(input.key);
    const name = validateName(input.name);
    const description = validateDescription(input.description ?? '', maxProjectDescriptionLength);
    await organizationRoleAtLeastOrFail(context, organizationId, 'MEMBER');
    const viewerId = viewerIdOf(context);
    const project = await context.prisma.$transaction((tx) =>
      createProject(tx, viewerId, { organizationId, key, name, description }),
    );
    context.loaders.projectById.prime(project.id, project);
    context.loaders.effectiveRole.prime({ projectId: project.id, userId: viewerId }, 'ADMIN');
    forgetConnections(context.loaders);
    return { project };
  },
};
