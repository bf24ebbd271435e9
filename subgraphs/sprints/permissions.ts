import { ruleFor, signedIn, type RootRules } from '../../lib/server/permissions';

/**
 * Who may call each root field; the platform denies any root field not listed. Project roles are
 * checked in the resolvers, which know the project; these rules guarantee a signed-in person.
 */
export const permissions: RootRules = {
  Query: { sprint: signedIn },
  Mutation: ruleFor(
    [
      'createSprint',
      'updateSprint',
      'deleteSprint',
      'startSprint',
      'completeSprint',
      'addWorkItemsToSprint',
      'removeWorkItemsFromSprint',
      'setSprintCapacity',
    ],
    signedIn,
  ),
};
