import { ruleFor, serviceOnly, signedIn, type RootRules } from '../../lib/server/permissions';

/**
 * Who may call each root field; the platform denies any root field not listed. Project roles
 * (VIEWER reads, MEMBER writes, ADMIN configures) are checked in the resolvers, which know the
 * project; these rules guarantee a signed-in person.
 */
export const permissions: RootRules = {
  Query: {
    ...ruleFor(['workItem', 'workItemByKey', 'savedView'], signedIn),
    ...ruleFor(['workItemSnapshots', 'workItemFlowHistory'], serviceOnly),
  },
  Mutation: ruleFor(
    [
      'createWorkItem',
      'updateWorkItem',
      'bulkUpdateWorkItems',
      'archiveWorkItem',
      'restoreWorkItem',
      'deleteWorkItem',
      'transitionWorkItem',
      'moveWorkItem',
      'linkWorkItems',
      'unlinkWorkItems',
      'addComment',
      'updateComment',
      'deleteComment',
      'createLabel',
      'updateLabel',
      'deleteLabel',
      'createCustomField',
      'updateCustomField',
      'deleteCustomField',
      'createWorkflowState',
      'updateWorkflowState',
      'deleteWorkflowState',
      'setWorkflowTransition',
      'removeWorkflowTransition',
      'updateHierarchyRules',
      'createSavedView',
      'updateSavedView',
      'deleteSavedView',
    ],
    signedIn,
  ),
};
