import { allow, deny, rule, shield } from 'graphql-shield';
import { AppError, ErrorCode, forbidden, unauthenticated } from '../../lib/errors';
import type { WorkItemsContext } from './context';

const isAuthenticated = rule({ cache: 'contextual' })((_parent, _args, context: WorkItemsContext) =>
  context.identity.viewer ? true : unauthenticated(),
);

const isService = rule({ cache: 'contextual' })((_parent, _args, context: WorkItemsContext) =>
  context.identity.service ? true : forbidden('Only services may call this.'),
);

const signedIn = (fields: string[]) => Object.fromEntries(fields.map((field) => [field, isAuthenticated]));

/**
 * Who may call each root field. Project roles (VIEWER reads, MEMBER writes, ADMIN configures) are
 * checked in the resolvers, which know the project; shield guarantees a signed-in person. Unlisted
 * root fields are denied, so a new field cannot ship without a rule.
 */
export const permissions = shield(
  {
    Query: {
      '*': deny,
      ...signedIn(['workItem', 'workItemByKey', 'savedView']),
      workItemSnapshots: isService,
      // Entity resolution: each __resolveReference applies the same visibility as the root fields.
      _entities: allow,
      _service: allow,
    },
    Mutation: {
      '*': deny,
      ...signedIn([
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
      ]),
    },
  },
  {
    allowExternalErrors: true,
    debug: false,
    fallbackError: new AppError(ErrorCode.Forbidden, 'You are not allowed to do this.'),
  },
);
