import { defineSubgraph } from '../../lib/server/define-subgraph';
import { createIntegrationsContext } from './context';
import { purgeOrganization, purgeProject } from './data/purges';
import { PrismaClient } from './generated/prisma/client';
import { permissions } from './permissions';
import { resolvers } from './resolvers';
import { createSecretBox } from './secrets/secret-box';
import { integrationsSettings } from './settings';
import { startAttachmentRemovals, type AttachmentRemovalWorker } from './vcs/attachment-removal-worker';
import { startDeliveryWorker, type DeliveryWorker } from './workers/delivery-worker';
import { startWebhookEvents, webhookSourceStreams } from './workers/webhook-events';

export default defineSubgraph({
  name: 'integrations',
  prisma: (options) => new PrismaClient(options),
  resolvers,
  permissions,
  // Organization roles from users, project roles from projects; work items by key and merge moves
  // from work-items, link attachments from files (version control links).
  calls: ['projects', 'users', 'work-items', 'files'],
  publishes: ['integrations'],
  consumes: webhookSourceStreams,
  settings: integrationsSettings,
  services: (runtime) => {
    let deliveries: DeliveryWorker | null = null;
    let removals: AttachmentRemovalWorker | null = null;
    return {
      secrets: createSecretBox(runtime.signingSecret),
      deliveries: () => deliveries,
      /** The delivery worker registers itself here once started, so mutations and the consumer reach it. */
      attachDeliveries: (worker: DeliveryWorker) => {
        deliveries = worker;
      },
      vcsAttachmentRemovals: () => removals,
      /** So does the worker that removes deleted connections' link attachments (deleteVcsConnection runs it). */
      attachVcsAttachmentRemovals: (worker: AttachmentRemovalWorker) => {
        removals = worker;
      },
    };
  },
  context: (runtime, identity) => createIntegrationsContext(runtime, identity),
  workers: {
    // Listed first, so stopped last: the consumer stops making deliveries before they stop going out.
    deliveries: ({ prisma, services, settings, logger }) => {
      const worker = startDeliveryWorker({ prisma, secrets: services.secrets, settings, logger });
      services.attachDeliveries(worker);
      return worker;
    },
    vcsAttachmentRemovals: ({ prisma, clients, services, settings, logger }) => {
      const worker = startAttachmentRemovals({
        prisma,
        peers: { files: clients.files },
        logger,
        pollMs: settings.INTEGRATIONS_VCS_REMOVAL_POLL_MS,
      });
      services.attachVcsAttachmentRemovals(worker);
      return worker;
    },
    webhookEvents: ({ prisma, bus, logger, services }) =>
      bus && startWebhookEvents({ prisma, bus, logger, delivered: () => services.deliveries()?.wake() }),
  },
  purgeProject: ({ prisma }, project) => purgeProject(prisma, project.id),
  purgeOrganization: ({ prisma }, organization) => purgeOrganization(prisma, organization),
});
