import { AppError, ErrorCode, badInput, conflict } from '../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../lib/ids';
import { isOrganizationMember, organizationRoleAtLeastOrFail, projectWithRole, visibleProject } from '../access';
import { viewerIdOf } from '../context';
import { isUniqueViolation } from '../../../lib/db/errors';
import { changeDirectRole, removeDirectMember } from '../data/members';
import type { MutationResolvers } from '../generated/resolvers-types';
import { forgetConnections, forgetMemberships } from '../loaders';
import { maxProjectDescriptionLength, validateDescription, validateName, validateProjectKey } from '../validation';

const userRef = (userId: string) => ({ id: toGlobalId('User', userId) });

export const projectMutations: MutationResolvers = {
  createProject: async (_parent, { input }, context) => {
    const organizationId = fromGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    const key = validateProjectKey(input.key);
    const name = validateName(input.name);
    const description = validateDescription(input.description ?? '', maxProjectDescriptionLength);
    await organizationRoleAtLeastOrFail(context, organizationId, 'MEMBER');
    const viewerId = viewerIdOf(context);
    try {
      // The nested create makes project and creator membership one transaction.
      const project = await context.prisma.project.create({
        data: { organizationId, key, name, description, members: { create: { userId: viewerId, role: 'ADMIN' } } },
      });
      context.loaders.projectById.prime(project.id, project);
      context.loaders.effectiveRole.prime({ projectId: project.id, userId: viewerId }, 'ADMIN');
      forgetConnections(context.loaders);
      return { project };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict(`The organization already has a project with the key ${key}.`, { field: 'input.key' });
      }
      throw error;
    }
  },

  updateProject: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.id, 'Project', 'input.id');
    const name = input.name == null ? undefined : validateName(input.name);
    const description =
      input.description == null ? undefined : validateDescription(input.description, maxProjectDescriptionLength);
    const { project } = await projectWithRole(context, projectId, 'ADMIN');
    if (name === undefined && description === undefined) return { project };
    const updated = await context.prisma.project.update({ where: { id: projectId }, data: { name, description } });
    context.loaders.projectById.clear(projectId).prime(projectId, updated);
    forgetConnections(context.loaders);
    return { project: updated };
  },

  addProjectMember: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
    const userId = fromGlobalId(input.userId, 'User', 'input.userId');
    const { project } = await projectWithRole(context, projectId, 'ADMIN');
    if (!(await isOrganizationMember(context, project.organizationId, userId))) {
      throw badInput('input.userId', "The user is not a member of the project's organization.");
    }
    try {
      await context.prisma.projectMember.create({ data: { projectId, userId, role: input.role } });
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict('The user is already a direct member of the project.', { field: 'input.userId' });
      throw error;
    }
    forgetMemberships(context.loaders);
    return { project, user: userRef(userId), role: input.role };
  },

  changeProjectMemberRole: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
    const userId = fromGlobalId(input.userId, 'User', 'input.userId');
    const { project } = await projectWithRole(context, projectId, 'ADMIN');
    await changeDirectRole(context.prisma, projectId, userId, input.role);
    forgetMemberships(context.loaders);
    return { project, user: userRef(userId), role: input.role };
  },

  removeProjectMember: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
    const userId = fromGlobalId(input.userId, 'User', 'input.userId');
    const { project } =
      userId === viewerIdOf(context)
        ? await visibleProject(context, projectId)
        : await projectWithRole(context, projectId, 'ADMIN');
    await removeDirectMember(context.prisma, projectId, userId);
    forgetMemberships(context.loaders);
    return { project, removedUserId: toGlobalId('User', userId) };
  },

  attachTeamToProject: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
    const teamId = fromGlobalId(input.teamId, 'Team', 'input.teamId');
    const [{ project }, team] = await Promise.all([
      projectWithRole(context, projectId, 'ADMIN'),
      context.loaders.teamById.load(teamId),
    ]);
    if (!team || team.organizationId !== project.organizationId) {
      throw badInput('input.teamId', "The team is not a team of the project's organization.");
    }
    try {
      await context.prisma.projectTeam.create({ data: { projectId, teamId, role: input.role } });
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict('The team is already attached to the project.', { field: 'input.teamId' });
      throw error;
    }
    forgetMemberships(context.loaders);
    return { project, team, role: input.role };
  },

  detachTeamFromProject: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
    const teamId = fromGlobalId(input.teamId, 'Team', 'input.teamId');
    const { project } = await projectWithRole(context, projectId, 'ADMIN');
    const { count } = await context.prisma.projectTeam.deleteMany({ where: { projectId, teamId } });
    if (count === 0) throw new AppError(ErrorCode.NotFound, 'The team is not attached to the project.');
    forgetMemberships(context.loaders);
    return { project, detachedTeamId: toGlobalId('Team', teamId) };
  },
};
