import { notFound } from '../../../lib/errors';
import { fromGlobalId } from '../../../lib/ids';
import { visibleProject, visibleTeam } from '../access';
import { viewerIdOf } from '../context';
import type { QueryResolvers } from '../generated/resolvers-types';

export const Query: QueryResolvers = {
  project: async (_parent, { id }, context) =>
    (await visibleProject(context, fromGlobalId(id, 'Project', 'id'))).project,

  projectByKey: async (_parent, { organizationId, key }, context) => {
    const orgId = fromGlobalId(organizationId, 'Organization', 'organizationId');
    const project = await context.prisma.project.findUnique({
      where: { organizationId_key: { organizationId: orgId, key } },
    });
    if (!project) throw notFound('Project');
    context.loaders.projectById.prime(project.id, project);
    const role = await context.loaders.effectiveRole.load({ projectId: project.id, userId: viewerIdOf(context) });
    if (!role) throw notFound('Project');
    return project;
  },

  team: async (_parent, { id }, context) => (await visibleTeam(context, fromGlobalId(id, 'Team', 'id'))).team,
};
