import type { Consumer, EventBus } from '../events/bus';
import type { Epochs } from './epochs';
import { entityEpochKey } from './entity-cache';
import { accessEpochKey } from './project-access-cache';

/** Every event after which someone's role in a project of the organization may differ. */
export const accessChangingEvents: ReadonlySet<string> = new Set([
  // An archived project caps every role in it at VIEWER.
  'project.archived',
  'project.restored',
  'project.deleted',
  'project.member_added',
  'project.member_removed',
  'project.member_role_changed',
  'project.team_attached',
  'project.team_detached',
  'team.member_added',
  'team.member_removed',
  'organization.member_added',
  'organization.member_removed',
  'organization.member_role_changed',
  'organization.deleted',
]);

/** Events that change an entity row a cache holds, and which entity's epoch they bump. */
export const entityChangingEvents: ReadonlyMap<string, string> = new Map([
  ['project.updated', 'Project'],
  ['project.archived', 'Project'],
  ['project.restored', 'Project'],
  ['project.deleted', 'Project'],
]);

/** Bumps the organization's access epoch; a failed bump is left to the consumer below and the cache's TTL. */
export async function bumpAccessEpoch(epochs: Epochs | undefined, organizationId: string): Promise<void> {
  await epochs?.bump(accessEpochKey(organizationId)).catch(() => undefined);
}

/**
 * The backstop of the writers' own bumps of access and entity epochs (a writer that died between its commit and its bump): bumps
 * again when the event arrives. Bumping twice only costs a refetch, so redeliveries need no bookkeeping.
 */
export function startAccessEpochConsumer(bus: EventBus): Consumer {
  return bus.consume({
    group: 'access-epochs',
    streams: ['projects', 'users'],
    startAt: 'now',
    handle: async ({ envelope }) => {
      if (accessChangingEvents.has(envelope.type)) await bus.epochs.bump(accessEpochKey(envelope.organizationId));
      const entityType = entityChangingEvents.get(envelope.type);
      if (entityType && envelope.aggregateId) await bus.epochs.bump(entityEpochKey(entityType, envelope.aggregateId));
    },
  });
}
