import { badInput, conflict, forbidden, notFound } from '../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../lib/ids';
import { organizationRoleAtLeastOrFail, visibleTeam } from '../access';
import { viewerIdOf } from '../context';
import { isUniqueViolation } from '../../../lib/db/errors';
import type { MutationResolvers } from '../generated/resolvers-types';
import { teamMemberAdded, teamMemberRemoved, writeProjectEvents } from '../events/project-events';
import { forgetConnections, forgetMemberships } from '../loaders';
import { organizationRoleAtLeast } from '../../../lib/roles';
import { maxTeamDescriptionLength, validateDescription, validateName } from '../validation';

export const teamMutations: MutationResolvers = {
  createTeam: async (_parent, { input }, context) => {
    const organizationId = fromGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    const name = validateName(input.name);
    const description = validateDescription(input.description ?? '', maxTeamDescriptionLength);
    await organizationRoleAtLeastOrFail(context, organizationId, 'MEMBER');
    try {
      const team = await context.prisma.team.create({ data: { organizationId, name, description } });
      context.loaders.teamById.prime(team.id, team);
      forgetConnections(context.loaders);
      return { team };
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict('The organization already has a team with this name.', { field: 'input.name' });
      throw error;
    }
  },

  addTeamMember: async (_parent, { input }, context) => {
    const teamId = fromGlobalId(input.teamId, 'Team', 'input.teamId');
    const userId = fromGlobalId(input.userId, 'User', 'input.userId');
    const team = await context.loaders.teamById.load(teamId);
    if (!team) throw notFound('Team');
    const viewerId = viewerIdOf(context);
    // Both roles in one call to the users service.
    const [viewerRole, targetRole] = await Promise.all([
      context.loaders.orgRole.load({ organizationId: team.organizationId, userId: viewerId }),
      context.loaders.orgRole.load({ organizationId: team.organizationId, userId }),
    ]);
    if (!viewerRole) throw notFound('Team');
    if (!organizationRoleAtLeast(viewerRole, 'ADMIN')) {
      throw forbidden('This requires the ADMIN or OWNER role in the organization.');
    }
    if (!targetRole) throw badInput('input.userId', "The user is not a member of the team's organization.");
    try {
      await context.prisma.$transaction(async (tx) => {
        await tx.teamMember.create({ data: { teamId, userId } });
        await writeProjectEvents(tx, [teamMemberAdded(viewerId, team, userId)]);
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict('The user is already a member of the team.', { field: 'input.userId' });
      throw error;
    }
    forgetMemberships(context.loaders);
    return { team, user: { id: toGlobalId('User', userId) } };
  },

  removeTeamMember: async (_parent, { input }, context) => {
    const teamId = fromGlobalId(input.teamId, 'Team', 'input.teamId');
    const userId = fromGlobalId(input.userId, 'User', 'input.userId');
    const { team, orgRole } = await visibleTeam(context, teamId);
    const viewerId = viewerIdOf(context);
    if (userId !== viewerId && !organizationRoleAtLeast(orgRole, 'ADMIN')) {
      throw forbidden('This requires the ADMIN or OWNER role in the organization.');
    }
    await context.prisma.$transaction(async (tx) => {
      const { count } = await tx.teamMember.deleteMany({ where: { teamId, userId } });
      if (count === 0) throw notFound('Team member');
      await writeProjectEvents(tx, [teamMemberRemoved(viewerId, team, userId)]);
    });
    forgetMemberships(context.loaders);
    return { team, removedUserId: toGlobalId('User', userId) };
  },
};
