import { ruleFor, serviceOnly, signedIn, type RootRules } from '../../lib/server/permissions';

/**
 * Who may call each root field; the platform denies any root field not listed. Project and
 * organization roles are checked in the resolvers, which know the target; these rules guarantee a
 * signed-in person.
 */
export const permissions: RootRules = {
  Query: ruleFor(['file', 'fileLimits'], signedIn),
  Mutation: {
    // The integrations service, attaching (and removing) links on behalf of a connected repository.
    upsertServiceLinkAttachments: serviceOnly,
    deleteServiceLinkAttachments: serviceOnly,
    ...ruleFor(
      [
        'createUpload',
        'completeUpload',
        'updateFile',
        'deleteFile',
        'restoreFile',
        'upsertLinkAttachment',
        'deleteLinkAttachment',
        'setFileLimits',
      ],
      signedIn,
    ),
  },
};
