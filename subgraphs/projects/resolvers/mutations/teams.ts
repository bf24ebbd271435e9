import { bumpAccessEpoch } from '../../../../lib/cache/access-epoch-consumer';
import { badInput, forbidden, notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { organizationRoleAtLeast } from '../../../../lib/roles';
import { organizationRoleAtLeastOrFail, visibleTeam } from '../../access';
import { viewerIdOf } from '../../context';
import { addTeamMember } from '../../data/add-team-member';
import { createTeam } from '../../data/create-team';
import { deleteTeam } from '../../data/delete-team';
import { removeTeamMember } from '../../data/remove-team-member';
import { updateTeam } from '../../data/update-team';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetConnections, forgetMemberships } from '../../loaders';
import { maxTeamDescriptionLength, validateDescription, validateName } from '../../validation';

const adminsOnly = () => forbidden('This requires the ADMIN or OWNER role in the organization.');

/** The team and the person of a team member mutation's input, as raw ids. */
function teamMemberInput(input: { teamId: string; userId: string }) {
  return {
    teamId: fromGlobalId(input.teamId, 'Team', 'input.teamId'),
    userId: fromGlobalId(input.userId, 'User', 'input.userId'),
  };
}

export const teamMutations: MutationResolvers = {
  createTeam: async (_parent, { input }, context) => {
    const organizationId = fromGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    const name = validateName(input.name);
    const description = validateDescription(input.description ?? '', maxTeamDescriptionLength);
    await organizationRoleAtLeastOrFail(context, organizationId, 'MEMBER');
    // One INSERT: atomic without a transaction of its own.
    const team = await createTeam(context.prisma, { organizationId, name, description });
    context.loaders.teamById.prime(team.id, team);
    forgetConnections(context.loaders);
    return { team };
  },

  updateTeam: async (_parent, { input }, context) => {
    const teamId = fromGlobalId(input.id, 'Team', 'input.id');
    const name = input.name == null ? undefined : validateName(input.name);
    const description =
      input.description == null ? undefined : validateDescription(input.description, maxTeamDescriptionLength);
    const { team, orgRole } = await visibleTeam(context, teamId);
    if (!organizationRoleAtLeast(orgRole, 'ADMIN')) throw adminsOnly();
    if (name === undefined && description === undefined) return { team };
    // One UPDATE: atomic without a transaction of its own.
    const updated = await updateTeam(context.prisma, teamId, { name, description });
    context.loaders.teamById.clear(teamId).prime(teamId, updated);
    forgetConnections(context.loaders);
    return { team: updated };
  },

  deleteTeam: async (_parent, { input }, context) => {
    const teamId = fromGlobalId(input.id, 'Team', 'input.id');
    const { team, orgRole } = await visibleTeam(context, teamId);
    if (!organizationRoleAtLeast(orgRole, 'ADMIN')) throw adminsOnly();
    const viewerId = viewerIdOf(context);
    const counts = await context.prisma.$transaction((tx) => deleteTeam(tx, viewerId, team));
    context.loaders.teamById.clear(teamId);
    forgetMemberships(context.loaders);
    forgetConnections(context.loaders);
    await bumpAccessEpoch(context.accessEpochs, team.organizationId);
    return { deletedTeamId: toGlobalId('Team', teamId), ...counts };
  },

  addTeamMember: async (_parent, { input }, context) => {
    const { teamId, userId } = teamMemberInput(input);
    const team = await context.loaders.teamById.load(teamId);
    if (!team) throw notFound('Team');
    const viewerId = viewerIdOf(context);
    // Both roles in one call to the users service.
    const [viewerRole, targetRole] = await Promise.all([
      context.loaders.orgRole.load({ organizationId: team.organizationId, userId: viewerId }),
      context.loaders.orgRole.load({ organizationId: team.organizationId, userId }),
    ]);
    if (!viewerRole) throw notFound('Team');
    if (!organizationRoleAtLeast(viewerRole, 'ADMIN')) throw adminsOnly();
    if (!targetRole) throw badInput('input.userId', "The user is not a member of the team's organization.");
    await context.prisma.$transaction((tx) => addTeamMember(tx, viewerId, team, userId));
    forgetMemberships(context.loaders);
    await bumpAccessEpoch(context.accessEpochs, team.organizationId);
    return { team, user: { id: toGlobalId('User', userId) } };
  },

  /** Anyone may leave a team; taking someone else out takes an organization ADMIN or OWNER. */
  removeTeamMember: async (_parent, { input }, context) => {
    const { teamId, userId } = teamMemberInput(input);
    const { team, orgRole } = await visibleTeam(context, teamId);
    const viewerId = viewerIdOf(context);
    if (userId !== viewerId && !organizationRoleAtLeast(orgRole, 'ADMIN')) throw adminsOnly();
    await context.prisma.$transaction((tx) => removeTeamMember(tx, viewerId, team, userId));
    forgetMemberships(context.loaders);
    await bumpAccessEpoch(context.accessEpochs, team.organizationId);
    return { team, removedUserId: toGlobalId('User', userId) };
  },
};
