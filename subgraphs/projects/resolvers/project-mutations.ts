import { userRef } from '../../../lib/entity-ref';
import { AppError, ErrorCode, badInput, conflict } from '../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../lib/ids';
import { isOrganizationMember, organizationRoleAtLeastOrFail, projectWithRole, visibleProject } from '../access';
import { viewerIdOf } from '../context';
import { isUniqueViolation } from '../../../lib/db/errors';
import { changeDirectRole, removeDirectMember } from '../data/members';
import { lockedProject } from '../data/projects';
import {
  projectCreated,
  projectMemberAdded,
  projectMemberRemoved,
  projectMemberRoleChanged,
  projectTeamAttached,
  projectTeamDetached,
  projectUpdated,
  writeProjectEvents,
} from '../events/project-events';
import type { MutationResolvers } from '../generated/resolvers-types';
import { forgetConnections, forgetMemberships } from '../loaders';
import { maxProjectDescriptionLength, validateDescription, validateName, validateProjectKey } from '../validation';

export const projectMutations: MutationResolvers = {
  createProject: async (_parent, { input }, context) => {
    const organizationId = fromGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    const key = validateProjectKey(input.key);
    const name = validateName(input.name);
    const description = validateDescription(input.description ?? '', maxProjectDescriptionLength);
    await organizationRoleAtLeastOrFail(context, organizationId, 'MEMBER');
    const viewerId = viewerIdOf(context);
    try {
      const project = await context.prisma.$transaction(async (tx) => {
        const created = await tx.project.create({
          data: { organizationId, key, name, description, members: { create: { userId: viewerId, role: 'ADMIN' } } },
        });
        await writeProjectEvents(tx, [
          projectCreated(viewerId, created),
          projectMemberAdded(viewerId, created, viewerId, 'ADMIN'),
        ]);
        return created;
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
    const viewerId = viewerIdOf(context);
    const updated = await context.prisma.$transaction(async (tx) => {
      const current = await lockedProject(tx, projectId);
      const changes = {
        ...(name !== undefined && name !== current.name ? { name } : {}),
        ...(description !== undefined && description !== current.description ? { description } : {}),
      };
      const changedFields = Object.keys(changes);
      if (!changedFields.length) return current;
      const saved = await tx.project.update({ where: { id: projectId }, data: changes });
      await writeProjectEvents(tx, [projectUpdated(viewerId, saved, changedFields)]);
      return saved;
    });
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
    const viewerId = viewerIdOf(context);
    try {
      await context.prisma.$transaction(async (tx) => {
        await tx.projectMember.create({ data: { projectId, userId, role: input.role } });
        await writeProjectEvents(tx, [projectMemberAdded(viewerId, project, userId, input.role)]);
      });
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
    const viewerId = viewerIdOf(context);
    await changeDirectRole(context.prisma, projectId, userId, input.role, (tx, previousRole) =>
      writeProjectEvents(tx, [projectMemberRoleChanged(viewerId, project, { userId, role: input.role, previousRole })]),
    );
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
    const viewerId = viewerIdOf(context);
    await removeDirectMember(context.prisma, projectId, userId, (tx, previousRole) =>
      writeProjectEvents(tx, [projectMemberRemoved(viewerId, project, userId, previousRole)]),
    );
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
    const viewerId = viewerIdOf(context);
    try {
      await context.prisma.$transaction(async (tx) => {
        await tx.projectTeam.create({ data: { projectId, teamId, role: input.role } });
        await writeProjectEvents(tx, [projectTeamAttached(viewerId, project, teamId, input.role)]);
      });
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
    const viewerId = viewerIdOf(context);
    await context.prisma.$transaction(async (tx) => {
      const { count } = await tx.projectTeam.deleteMany({ where: { projectId, teamId } });
      if (count === 0) throw new AppError(ErrorCode.NotFound, 'The team is not attached to the project.');
      await writeProjectEvents(tx, [projectTeamDetached(viewerId, project, teamId)]);
    });
    forgetMemberships(context.loaders);
    return { project, detachedTeamId: toGlobalId('Team', teamId) };
  },
};
