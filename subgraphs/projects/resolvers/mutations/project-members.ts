import { bumpAccessEpoch } from '../../../../lib/cache/access-epoch-consumer';
import { userRef } from '../../../../lib/entity-ref';
import { badInput } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { isOrganizationMember, projectWithRole, visibleProject } from '../../access';
import { viewerIdOf } from '../../context';
import { addProjectMember } from '../../data/add-project-member';
import { changeProjectMemberRole } from '../../data/change-project-member-role';
import { removeProjectMember } from '../../data/remove-project-member';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetMemberships } from '../../loaders';

/** The project and the person of a member mutation's input, as raw ids. */
function memberInput(input: { projectId: string; userId: string }) {
  return {
    projectId: fromGlobalId(input.projectId, 'Project', 'input.projectId'),
    userId: fromGlobalId(input.userId, 'User', 'input.userId'),
  };
}

export const projectMemberMutations: MutationResolvers = {
  addProjectMember: async (_parent, { input }, context) => {
    const { projectId, userId } = memberInput(input);
    const { project } = await projectWithRole(context, projectId, 'ADMIN');
    if (!(await isOrganizationMember(context, project.organizationId, userId))) {
      throw badInput('input.userId', "The user is not a member of the project's organization.");
    }
    const viewerId = viewerIdOf(context);
    await context.prisma.$transaction((tx) => addProjectMember(tx, viewerId, project, { userId, role: input.role }));
    forgetMemberships(context.loaders);
    await bumpAccessEpoch(context.accessEpochs, project.organizationId);
    return { project, user: userRef(userId), role: input.role };
  },

  changeProjectMemberRole: async (_parent, { input }, context) => {
    const { projectId, userId } = memberInput(input);
    const { project } = await projectWithRole(context, projectId, 'ADMIN');
    const viewerId = viewerIdOf(context);
    await context.prisma.$transaction((tx) =>
      changeProjectMemberRole(tx, viewerId, project, { userId, role: input.role }),
    );
    forgetMemberships(context.loaders);
    await bumpAccessEpoch(context.accessEpochs, project.organizationId);
    return { project, user: userRef(userId), role: input.role };
  },

  /** Anyone may leave a project; removing someone else takes ADMIN. */
  removeProjectMember: async (_parent, { input }, context) => {
    const { projectId, userId } = memberInput(input);
    const viewerId = viewerIdOf(context);
    const { project } =
      userId === viewerId
        ? await visibleProject(context, projectId)
        : await projectWithRole(context, projectId, 'ADMIN');
    await context.prisma.$transaction((tx) => removeProjectMember(tx, viewerId, project, userId));
    forgetMemberships(context.loaders);
    await bumpAccessEpoch(context.accessEpochs, project.organizationId);
    return { project, removedUserId: toGlobalId('User', userId) };
  },
};
