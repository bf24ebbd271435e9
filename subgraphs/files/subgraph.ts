import { createStorageDriver } from '../../lib/files/storage/storage-settings';
import { defineSubgraph } from '../../lib/server/define-subgraph';
import { ContentInspector } from './content/content-inspector';
import { createFilesContext } from './context';
import { purgeOrganization, purgeProject } from './data/purges';
import { PrismaClient } from './generated/prisma/client';
import { permissions } from './permissions';
import { resolvers } from './resolvers';
import { filesSettings } from './settings';
import { startPreviewWorker, type PreviewWorker } from './workers/preview-worker';
import { startSweeper } from './workers/sweeper';
import { startTargetDeletions } from './workers/target-deletions';

export default defineSubgraph({
  name: 'files',
  prisma: (options) => new PrismaClient(options),
  resolvers,
  permissions,
  // Project roles from projects, organization roles from users, the places of items and comments from work-items.
  calls: ['projects', 'users', 'work-items'],
  publishes: ['files'],
  consumes: ['work-items', 'projects', 'users'],
  settings: filesSettings,
  services: (runtime) => {
    let previews: PreviewWorker | undefined;
    return {
      storage: createStorageDriver(runtime.settings, {
        publicUrl: runtime.publicUrl,
        signingSecret: runtime.signingSecret,
      }),
      inspector: new ContentInspector(),
      previewsDue: () => previews?.wake(),
      /** The preview worker registers itself here once started, so uploads can wake it. */
      attachPreviews: (worker: PreviewWorker) => {
        previews = worker;
      },
    };
  },
  context: (runtime, identity) => createFilesContext(runtime, identity),
  workers: {
    // Listed first, so stopped last: previews in progress finish before the inspector goes.
    inspector: ({ services }) => ({ stop: () => services.inspector.close() }),
    previews: ({ prisma, services, settings, logger }) => {
      const worker = startPreviewWorker({
        prisma,
        storage: services.storage,
        inspector: services.inspector,
        logger,
        pollMs: settings.FILES_PREVIEW_POLL_MS,
      });
      services.attachPreviews(worker);
      return worker;
    },
    sweeper: ({ prisma, services, settings, logger }) =>
      startSweeper({ prisma, storage: services.storage, logger, pollMs: settings.FILES_SWEEP_POLL_MS }),
    targetDeletions: ({ prisma, bus, logger }) => bus && startTargetDeletions({ prisma, bus, logger }),
  },
  purgeProject: ({ prisma }, project) => purgeProject(prisma, project.id),
  purgeOrganization: ({ prisma }, organization) => purgeOrganization(prisma, organization),
});
