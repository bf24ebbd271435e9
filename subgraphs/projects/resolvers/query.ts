import { notFound } from '../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../lib/ids';
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

  projectAccess: async (_parent, { keys }, context) => {
    const pairs = keys.map((key, index) => ({
      projectId: fromGlobalId(key.projectId, 'Project', `keys.${index}.projectId`),
      userId: fromGlobalId(key.userId, 'User', `keys.${index}.userId`),
    }));
    return Promise.all(
      pairs.map(async (pair) => {
        const [project, role] = await Promise.all([
          context.loaders.projectById.load(pair.projectId),
          context.loaders.effectiveRole.load(pair),
        ]);
        return (
          project && {
            projectKey: project.key,
            organizationId: toGlobalId('Organization', project.organizationId),
            role,
          }
        );
      }),
    );
  },
};
