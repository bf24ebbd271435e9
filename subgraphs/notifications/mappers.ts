import type { Connection } from '../../lib/relay';
import type { Notification, Watcher } from './generated/prisma/client';

/** Users, projects and sprints by global ID: their subgraphs resolve the rest. */
export type { EntityRef as EntityRefMapper } from '../../lib/entity-ref';

/** A work item by its raw uuid; the work-items subgraph owns it, this subgraph adds viewerIsWatching. */
export interface WorkItemRefMapper {
  workItemId: string;
}

export type NotificationConnectionMapper = Connection<Notification>;
export type NotificationEdgeMapper = NotificationConnectionMapper['edges'][number];

export type WorkItemWatcherConnectionMapper = Connection<Watcher>;
export type WorkItemWatcherEdgeMapper = WorkItemWatcherConnectionMapper['edges'][number];

/** A user's preferences as stored (missing rows filled with the defaults) and their time zone. */
export interface NotificationPreferencesMapper {
  userId: string;
  channels: { type: string; inApp: boolean; email: boolean }[];
  /** Minutes after local midnight, or null. */
  quietStart: number | null;
  quietEnd: number | null;
  digest: string;
  timeZone: string;
}
