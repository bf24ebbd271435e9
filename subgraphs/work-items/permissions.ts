import { ruleFor, serviceOnly, signedIn, type RootRules } from '../../lib/server/permissions';

/**
 * Who may call each root field; the platform denies any root field not listed. Project roles
 * (VIEWER reads, MEMBER writes, ADMIN configures) are checked in the resolvers, which know the
 * project; these rules guarantee a signed-in person.
 */
export const permissions: RootRules = {
  Query: {
    ...ruleFor(['workItem', 'workItemByKey', 'savedView', 'workItems', 'search', 'worklogs', 'timesheet'], signedIn),
    // A service asks it as the person it serves (`queryAsViewer`, signed for that person exactly as
    // the router signs their requests), so it needs a viewer, not a service: it answers what the
    // person may see. `@inaccessible` keeps it out of the router's API, so people cannot ask it.
    savedViewItemIds: signedIn,
    ...ruleFor(
      ['workItemSnapshots', 'workItemFlowHistory', 'commentTargets', 'workItemRefsByKeys', 'workflowStateRefs'],
      serviceOnly,
    ),
  },
  Mutation: {
    closeMergedWorkItems: serviceOnly,
    ...ruleFor(
      [
        'createWorkItem',
        'bulkCreateWorkItems',
        'updateWorkItem',
        'bulkUpdateWorkItems',
        'bulkArchiveWorkItems',
        'bulkRestoreWorkItems',
        'bulkDeleteWorkItems',
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
        'addReaction',
        'removeReaction',
        'logWork',
        'updateWorklog',
        'deleteWorklog',
        'createRelease',
        'updateRelease',
        'deleteRelease',
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
  },
};
