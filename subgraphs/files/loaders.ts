import { createRoleLoaders } from '../../lib/server/role-loaders';
import type { RoleCaches } from '../../lib/cache/role-caches';
import DataLoader from 'dataloader';
import { pageRequestKey, type PageRequest } from '../../lib/db/batched-pages';
import type { ServiceClient } from '../../lib/server/service-client';
import {
  blobsByIds,
  filesByIds,
  limitsOfOrganizations,
  linksByIds,
  uploadsByIds,
  usageOfProjects,
  versionsByIds,
} from './data/entity-reads';
import { fileCounts, filePages, linkCounts, linkPages, type FileListVariant } from './data/file-pages';
import { versionCounts, versionPageKey, versionPages, type VersionPageRequest } from './data/version-pages';
import type { FilesPrisma } from './db';
import { targetLoaders } from './loaders/targets';

/** Loaders made on first use, one per variant of a list, so each variant's pages batch together. */
function perVariant<V, T>(keyOf: (variant: V) => string, make: (variant: V) => T): (variant: V) => T {
  const made = new Map<string, T>();
  return (variant) => {
    const key = keyOf(variant);
    let loader = made.get(key);
    if (!loader) made.set(key, (loader = make(variant)));
    return loader;
  };
}

const variantKey = (variant: FileListVariant) =>
  JSON.stringify([variant.targetKind, variant.includeDeleted, [...variant.tags].sort()]);
const same = (kind: string) => kind;

/** Fresh per request, so nothing cached outlives the request or leaks between viewers. */
export function createLoaders(
  prisma: FilesPrisma,
  clients: { projects: ServiceClient; users: ServiceClient; 'work-items': ServiceClient },
  roleCaches?: RoleCaches,
) {
  const filePagesOf = perVariant(
    variantKey,
    (variant: FileListVariant) =>
      new DataLoader<PageRequest, Awaited<ReturnType<typeof filePages>>[number], string>(
        (requests) => filePages(prisma, variant, requests),
        { cacheKeyFn: pageRequestKey },
      ),
  );
  const fileCountsOf = perVariant(
    variantKey,
    (variant: FileListVariant) => new DataLoader<string, number>((ids) => fileCounts(prisma, variant, ids)),
  );
  const linkPagesOf = perVariant(
    same,
    (kind: string) =>
      new DataLoader<PageRequest, Awaited<ReturnType<typeof linkPages>>[number], string>(
        (requests) => linkPages(prisma, kind, requests),
        { cacheKeyFn: pageRequestKey },
      ),
  );
  const linkCountsOf = perVariant(
    same,
    (kind: string) => new DataLoader<string, number>((ids) => linkCounts(prisma, kind, ids)),
  );
  return {
    ...createRoleLoaders(clients, roleCaches),
    ...targetLoaders(clients['work-items']),
    fileById: new DataLoader((ids: readonly string[]) => filesByIds(prisma, ids)),
    versionById: new DataLoader((ids: readonly string[]) => versionsByIds(prisma, ids)),
    blobById: new DataLoader((ids: readonly string[]) => blobsByIds(prisma, ids)),
    uploadById: new DataLoader((ids: readonly string[]) => uploadsByIds(prisma, ids)),
    linkById: new DataLoader((ids: readonly string[]) => linksByIds(prisma, ids)),
    limitsOfOrganization: new DataLoader((ids: readonly string[]) => limitsOfOrganizations(prisma, ids)),
    usageOfProject: new DataLoader((ids: readonly string[]) => usageOfProjects(prisma, ids)),
    filePages: filePagesOf,
    fileCounts: fileCountsOf,
    linkPages: linkPagesOf,
    linkCounts: linkCountsOf,
    versionPages: new DataLoader<VersionPageRequest, Awaited<ReturnType<typeof versionPages>>[number], string>(
      (requests) => versionPages(prisma, requests),
      { cacheKeyFn: versionPageKey },
    ),
    versionCounts: new DataLoader((ids: readonly string[]) => versionCounts(prisma, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
