import type { RoleCaches } from '../../lib/cache/role-caches';
import { unauthenticated } from '../../lib/errors';
import type { ServiceClient } from '../../lib/server/service-client';
import type { RequestIdentity } from '../../lib/viewer';
import type { IntegrationsPrisma } from './db';
import type { DeliveryWorker } from './workers/delivery-worker';
import { createLoaders, type Loaders } from './loaders';
import type { SecretBox } from './secrets/secret-box';
import type { AttachmentRemovalWorker } from './vcs/attachment-removal-worker';
import type { IntegrationsSettings } from './settings';
import { createVcsLoaders, type VcsLoaders } from './vcs/loaders';
import type { VcsPeers } from './vcs/receive/peers';

/** What the integrations subgraph shares between requests: one per process. */
export interface IntegrationsServices {
  secrets: SecretBox;
  /** Sends one delivery now (pings, redeliveries); null when no worker runs in this process. */
  deliveries(): DeliveryWorker | null;
  /** Removes deleted connections' link attachments in the files service; null when no worker runs here. */
  vcsAttachmentRemovals(): AttachmentRemovalWorker | null;
}

export interface IntegrationsContext {
  identity: RequestIdentity;
  prisma: IntegrationsPrisma;
  loaders: Loaders;
  services: IntegrationsServices;
  settings: IntegrationsSettings;
  // Version control links (vcs/): their loaders, the services deliveries call, the router's public URL.
  vcs: VcsLoaders;
  peers: VcsPeers;
  publicUrl: string;
}

/** The signed-in user's raw uuid; shield already rejects anonymous callers, this narrows the type. */
export function viewerIdOf(context: Pick<IntegrationsContext, 'identity'>): string {
  const userId = context.identity.viewer?.userId;
  if (!userId) throw unauthenticated();
  return userId;
}

export interface IntegrationsRuntime {
  /** Role caches shared by the process's requests (absent without a bus). */
  roleCaches?: RoleCaches;
  prisma: IntegrationsPrisma;
  clients: Record<'projects' | 'users' | 'work-items' | 'files', ServiceClient>;
  services: IntegrationsServices;
  settings: IntegrationsSettings;
  publicUrl(): string;
}

/** A fresh context, with fresh loaders, per request. */
export function createIntegrationsContext(
  runtime: IntegrationsRuntime,
  identity: RequestIdentity,
): IntegrationsContext {
  return {
    identity,
    prisma: runtime.prisma,
    loaders: createLoaders(runtime.prisma, runtime.clients, runtime.roleCaches),
    services: runtime.services,
    settings: runtime.settings,
    vcs: createVcsLoaders(runtime.prisma),
    peers: {
      workItems: runtime.clients['work-items'],
      files: runtime.clients.files,
      projects: runtime.clients.projects,
    },
    publicUrl: runtime.publicUrl(),
  };
}
