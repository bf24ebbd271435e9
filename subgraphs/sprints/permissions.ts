import { allow, deny, rule, shield } from 'graphql-shield';
import { AppError, ErrorCode, unauthenticated } from '../../lib/errors';
import type { SprintsContext } from './context';

const isAuthenticated = rule({ cache: 'contextual' })((_parent, _args, context: SprintsContext) =>
  context.identity.viewer ? true : unauthenticated(),
);

/**
 * Who may call each root field. Project roles are checked in the resolvers, which know the project;
 * shield only guarantees a signed-in person. Unlisted root fields are denied, so a new field cannot
 * ship without a rule.
 */
export const permissions = shield(
  {
    Query: {
      '*': deny,
      sprint: isAuthenticated,
      // Entity resolution: each __resolveReference and field applies the same visibility as the root fields.
      _entities: allow,
      _service: allow,
    },
    Mutation: {
      '*': deny,
      createSprint: isAuthenticated,
      updateSprint: isAuthenticated,
      deleteSprint: isAuthenticated,
      startSprint: isAuthenticated,
      completeSprint: isAuthenticated,
      addWorkItemsToSprint: isAuthenticated,
      removeWorkItemsFromSprint: isAuthenticated,
      setSprintCapacity: isAuthenticated,
    },
  },
  {
    allowExternalErrors: true,
    debug: false,
    fallbackError: new AppError(ErrorCode.Forbidden, 'You are not allowed to do this.'),
  },
);
