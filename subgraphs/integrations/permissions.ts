import { ruleFor, serviceOnly, signedIn, type RootRules } from '../../lib/server/permissions';

/**
 * Who may call each root field; the platform denies any root field not listed. Organization and
 * project roles are checked in the resolvers, which know the endpoint; these rules guarantee a
 * signed-in person.
 */
export const permissions: RootRules = {
  Query: ruleFor(['webhookEventTypes'], signedIn),
  Mutation: ruleFor(
    [
      'createWebhookEndpoint',
      'updateWebhookEndpoint',
      'deleteWebhookEndpoint',
      'rotateWebhookSecret',
      'pingWebhookEndpoint',
      'redeliverWebhook',
      'replayWebhooks',
    ],
    signedIn,
  ),
};

// Version control links: the admin operations check roles in their resolvers; deliveries come from
// the router as a signed service call.
Object.assign(permissions.Mutation!, {
  ...ruleFor(
    ['createVcsConnection', 'deleteVcsConnection', 'rotateVcsConnectionSecret', 'setVcsProjectSettings'],
    signedIn,
  ),
  receiveVcsWebhook: serviceOnly,
});
