import { bumpAccessEpoch } from '../../../../lib/cache/access-epoch-consumer';
import { badInput } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { projectWithRole } from '../../access';
import { viewerIdOf } from '../../context';
import { attachTeam } from '../../data/attach-team';
import { detachTeam } from '../../data/detach-team';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetMemberships } from '../../loaders';

/** The project and the team of a link mutation's input, as raw ids. */
function linkInput(input: { projectId: string; teamId: string }) {
  return {
    projectId: fromGlobalId(input.projectId, 'Project', 'input.projectId'),
    teamId: fromGlobalId(input.teamId, 'Team', 'input.teamId'),
  };
}

export const projectTeamMutations: MutationResolvers = {
  attachTeamToProject: async (_parent, { input }, context) => {
    const { projectId, teamId } = linkInput(input);
    const [{ project }, team] = await Promise.all([
      projectWithRole(context, projectId, 'ADMIN'),
      context.loaders.teamById.load(teamId),
    ]);
    if (!team || team.organizationId !== project.organizationId) {
      throw badInput('input.teamId', "The team is not a team of the project's organization.");
    }
    const viewerId = viewerIdOf(context);
    await context.prisma.$transaction((tx) => attachTeam(tx, viewerId, project, { teamId, role: input.role }));
    forgetMemberships(context.loaders);
    await bumpAccessEpoch(context.accessEpochs, project.organizationId);
    return { project, team, role: input.role };
  },

  detachTeamFromProject: async (_parent, { input }, context) => {
    const { projectId, teamId } = linkInput(input);
    const { project } = await projectWithRole(context, projectId, 'ADMIN');
    const viewerId = viewerIdOf(context);
    await context.prisma.$transaction((tx) => detachTeam(tx, viewerId, project, teamId));
    forgetMemberships(context.loaders);
    await bumpAccessEpoch(context.accessEpochs, project.organizationId);
    return { project, detachedTeamId: toGlobalId('Team', teamId) };
  },
};
