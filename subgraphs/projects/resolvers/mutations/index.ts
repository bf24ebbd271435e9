import type { MutationResolvers } from '../../generated/resolvers-types';
import { archiveProjectMutations } from './archive-project';
import { createProjectMutation } from './create-project';
import { deleteProjectMutation } from './delete-project';
import { projectMemberMutations } from './project-members';
import { projectTeamMutations } from './project-teams';
import { teamMutations } from './teams';
import { updateProjectMutation } from './update-project';

/** Each mutation parses its input, checks access through the loaders and runs one named operation of `data/`. */
export const Mutation: MutationResolvers = {
  ...createProjectMutation,
  ...updateProjectMutation,
  ...archiveProjectMutations,
  ...deleteProjectMutation,
  ...projectMemberMutations,
  ...projectTeamMutations,
  ...teamMutations,
};
