import type { RoleCaches } from '../../lib/cache/role-caches';
import { unauthenticated } from '../../lib/errors';
import type { StorageDriver } from '../../lib/files/storage/storage-driver';
import type { ServiceClient } from '../../lib/server/service-client';
import type { RequestIdentity } from '../../lib/viewer';
import type { ContentInspector } from './content/content-inspector';
import type { FilesPrisma } from './db';
import { createLoaders, type Loaders } from './loaders';
import type { FilesSettings } from './settings';

/** What the files subgraph shares between requests: one per process. */
export interface FilesServices {
  storage: StorageDriver;
  inspector: ContentInspector;
  /** Wakes the preview worker after an upload, so thumbnails do not wait for its next poll. */
  previewsDue(): void;
}

export interface FilesContext {
  identity: RequestIdentity;
  prisma: FilesPrisma;
  loaders: Loaders;
  services: FilesServices;
  settings: FilesSettings;
  /** For signing download links: the shared secret and where the router is reached. */
  links: { signingSecret: string; publicUrl(): string };
}

/** The signed-in user's raw uuid; shield already rejects anonymous callers, this narrows the type. */
export function viewerIdOf(context: Pick<FilesContext, 'identity'>): string {
  const userId = context.identity.viewer?.userId;
  if (!userId) throw unauthenticated();
  return userId;
}

export interface FilesRuntime {
  /** Role caches shared by the process's requests (absent without a bus). */
  roleCaches?: RoleCaches;
  prisma: FilesPrisma;
  clients: Record<'projects' | 'users' | 'work-items', ServiceClient>;
  services: FilesServices;
  settings: FilesSettings;
  signingSecret: string;
  publicUrl(): string;
}

/** A fresh context, with fresh loaders, per request. */
export function createFilesContext(runtime: FilesRuntime, identity: RequestIdentity): FilesContext {
  return {
    identity,
    prisma: runtime.prisma,
    loaders: createLoaders(runtime.prisma, runtime.clients, runtime.roleCaches),
    services: runtime.services,
    settings: runtime.settings,
    links: { signingSecret: runtime.signingSecret, publicUrl: runtime.publicUrl },
  };
}
