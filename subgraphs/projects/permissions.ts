import { ruleFor, serviceOnly, signedIn, type RootRules } from '../../lib/server/permissions';

/**
 * Who may call each root field; the platform denies any root field not listed. Data-dependent
 * checks (project and organization roles) happen in the resolvers, which know the project; these
 * rules guarantee a signed-in person.
 */
export const permissions: RootRules = {
  Query: {
    ...ruleFor(['project', 'projectByKey', 'team'], signedIn),
    ...ruleFor(['projectAccess', 'readableProjectIds', 'teamProjectIds'], serviceOnly),
  },
  Mutation: ruleFor(
    [
      'createProject',
      'updateProject',
      'archiveProject',
      'restoreProject',
      'deleteProject',
      'addProjectMember',
      'changeProjectMemberRole',
      'removeProjectMember',
      'createTeam',
      'updateTeam',
      'deleteTeam',
      'addTeamMember',
      'removeTeamMember',
      'attachTeamToProject',
      'detachTeamFromProject',
    ],
    signedIn,
  ),
};
