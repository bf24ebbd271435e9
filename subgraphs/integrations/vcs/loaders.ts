import DataLoader from 'dataloader';
import { pageRequestKey, type PageRequest } from '../../../lib/db/batched-pages';
import type { IntegrationsPrisma } from '../db';
import { connectionsByIds } from './data/connections';
import { connectionPages, linkPages, pageCounts, projectsOfLinkedItems, pullRequestsByAttachment } from './data/pages';
import { settingsOfProjects } from './data/project-settings';

/** Per request: connections, links and settings, each batched across parents. */
export function createVcsLoaders(prisma: IntegrationsPrisma) {
  return {
    connectionById: new DataLoader((ids: readonly string[]) => connectionsByIds(prisma, ids)),
    connectionPages: new DataLoader((requests: readonly PageRequest[]) => connectionPages(prisma, requests), {
      cacheKeyFn: pageRequestKey,
    }),
    connectionCounts: new DataLoader((ids: readonly string[]) => pageCounts(prisma, 'connections', ids)),
    linkPages: new DataLoader((requests: readonly PageRequest[]) => linkPages(prisma, requests), {
      cacheKeyFn: pageRequestKey,
    }),
    linkCounts: new DataLoader((ids: readonly string[]) => pageCounts(prisma, 'links', ids)),
    linkedItemProject: new DataLoader((ids: readonly string[]) => projectsOfLinkedItems(prisma, ids)),
    pullRequestByAttachment: new DataLoader((ids: readonly string[]) => pullRequestsByAttachment(prisma, ids)),
    projectSettings: new DataLoader((ids: readonly string[]) => settingsOfProjects(prisma, ids)),
  };
}

export type VcsLoaders = ReturnType<typeof createVcsLoaders>;
