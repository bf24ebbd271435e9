import { badInput, notFound } from '../../../lib/errors';
import { projectScopeOf } from '../effective-role';
import { fromGlobalId, toGlobalId } from '../../../lib/ids';
import { visibleProject, visibleTeam } from '../access';
import { viewerIdOf } from '../context';
import { findProjectByKey, readableProjectIdsOf } from '../data/projects';
import { teamProjectIdsOf } from '../data/teams';
import type { ProjectRole } from '../../../lib/roles';
import type { ProjectAccessResolvers, QueryResolvers } from '../generated/resolvers-types';

const maxReadableProjectIds = 1001;

/** Other services see every role in an archived project as at most VIEWER: its work is read-only there. */
const archivedRole = (role: ProjectRole | null): ProjectRole | null => (role ? 'VIEWER' : null);

export const Query: QueryResolvers = {
  project: async (_parent, { id }, context) =>
    (await visibleProject(context, fromGlobalId(id, 'Project', 'id'))).project,

  projectByKey: async (_parent, { organizationId, key }, context) => {
    const orgId = fromGlobalId(organizationId, 'Organization', 'organizationId');
    const project = await findProjectByKey(context.prisma, orgId, key);
    if (!project) throw notFound('Project');
    context.loaders.projectById.prime(project.id, project);
    const role = await context.loaders.effectiveRole.load({ projectId: project.id, userId: viewerIdOf(context) });
    if (!role) throw notFound('Project');
    return project;
  },

  team: async (_parent, { id }, context) => (await visibleTeam(context, fromGlobalId(id, 'Team', 'id'))).team,

  /** The role is a field of its own (below): callers that only need project keys cost no organization lookup. */
  projectAccess: async (_parent, { keys }, context) => {
    const pairs = keys.map((key, index) => ({
      projectId: fromGlobalId(key.projectId, 'Project', `keys.${index}.projectId`),
      userId: fromGlobalId(key.userId, 'User', `keys.${index}.userId`),
    }));
    const projects = await context.loaders.projectById.loadMany(pairs.map((pair) => pair.projectId));
    return pairs.map(({ userId }, index) => {
      const project = projects[index];
      if (project instanceof Error) throw project;
      return project ? { project, userId } : null;
    });
  },

  readableProjectIds: async (_parent, args, context) => {
    const organizationId = fromGlobalId(args.organizationId, 'Organization', 'organizationId');
    const userId = fromGlobalId(args.userId, 'User', 'userId');
    if (!Number.isInteger(args.first) || args.first < 0 || args.first > maxReadableProjectIds) {
      throw badInput('first', `first must be between 0 and ${maxReadableProjectIds}.`);
    }
    const scope = projectScopeOf(await context.loaders.orgRole.load({ organizationId, userId }));
    const ids = await readableProjectIdsOf(context.prisma, organizationId, userId, scope, args.first);
    return ids.map((id) => toGlobalId('Project', id));
  },

  teamProjectIds: async (_parent, args, context) => {
    const teamId = fromGlobalId(args.teamId, 'Team', 'teamId');
    if (!Number.isInteger(args.first) || args.first < 0 || args.first > maxReadableProjectIds) {
      throw badInput('first', `first must be between 0 and ${maxReadableProjectIds}.`);
    }
    const ids = await teamProjectIdsOf(context.prisma, teamId, args.first);
    return ids.map((id) => toGlobalId('Project', id));
  },
};

export const ProjectAccess: ProjectAccessResolvers = {
  projectKey: ({ project }) => project.key,
  organizationId: ({ project }) => toGlobalId('Organization', project.organizationId),
  role: async ({ project, userId }, _args, context) => {
    const role = await context.loaders.effectiveRole.load({ projectId: project.id, userId });
    return project.archivedAt ? archivedRole(role) : role;
  },
  archived: ({ project }) => project.archivedAt !== null,
};
