import { allow, deny, rule, shield } from 'graphql-shield';
import { AppError, ErrorCode, forbidden, unauthenticated } from '../../lib/errors';
import type { ProjectsContext } from './context';

const isService = rule({ cache: 'contextual' })((_parent, _args, context: ProjectsContext) =>
  context.identity.service ? true : forbidden('Only services may call this.'),
);

const isAuthenticated = rule({ cache: 'contextual' })((_parent, _args, context: ProjectsContext) =>
  context.identity.viewer ? true : unauthenticated(),
);

/**
 * Who may call each root field. Data-dependent checks (project and organization roles) happen in the
 * resolvers, which know the project; shield only guarantees a signed-in person. Unlisted root fields
 * are denied, so a new field cannot ship without a rule.
 */
export const permissions = shield(
  {
    Query: {
      '*': deny,
      project: isAuthenticated,
      projectByKey: isAuthenticated,
      team: isAuthenticated,
      projectAccess: isService,
      // Entity resolution: each __resolveReference applies the same visibility as the root fields.
      _entities: allow,
      _service: allow,
    },
    Mutation: {
      '*': deny,
      createProject: isAuthenticated,
      updateProject: isAuthenticated,
      addProjectMember: isAuthenticated,
      changeProjectMemberRole: isAuthenticated,
      removeProjectMember: isAuthenticated,
      createTeam: isAuthenticated,
      addTeamMember: isAuthenticated,
      removeTeamMember: isAuthenticated,
      attachTeamToProject: isAuthenticated,
      detachTeamFromProject: isAuthenticated,
    },
  },
  {
    allowExternalErrors: true,
    debug: false,
    fallbackError: new AppError(ErrorCode.Forbidden, 'You are not allowed to do this.'),
  },
);
