import type { Logger } from '../logger';
import type { Consumer, EventBus } from './bus';
import type { EventStream } from './envelope';

/** What a subgraph deleted of a project or an organization, by table: for the log. */
export type PurgedRows = Record<string, number>;

/** The deleted project, as raw ids. */
export interface DeletedProject {
  id: string;
  organizationId: string;
}

/** The deleted organization, as a raw id. */
export interface DeletedOrganization {
  id: string;
}

/** The consumer group of a subgraph's purge, e.g. `work-items-project-purge`. */
export const purgeGroup = (subgraph: string, of: 'project' | 'organization') => `${subgraph}-${of}-purge`;

const purged = {
  project: { stream: 'projects', type: 'project.deleted' },
  organization: { stream: 'users', type: 'organization.deleted' },
} as const satisfies Record<string, { stream: EventStream; type: string }>;

/**
 * Runs a subgraph's purge for every `project.deleted` (on `projects`) or `organization.deleted` (on
 * `users`), in a group of its own so a slow purge delays none of its projections. A purge is
 * idempotent, so redelivery needs no record of processed events; a new group starts at the beginning
 * of the retained stream and purges again what the stream still holds, harmlessly.
 */
export function startPurge<Of extends 'project' | 'organization'>(options: {
  subgraph: string;
  of: Of;
  bus: EventBus;
  logger: Logger;
  purge: (deleted: Of extends 'project' ? DeletedProject : DeletedOrganization) => Promise<PurgedRows>;
  consumer?: string;
}): Consumer {
  const { stream, type } = purged[options.of];
  return options.bus.consume({
    group: purgeGroup(options.subgraph, options.of),
    streams: [stream],
    consumer: options.consumer,
    handle: async ({ envelope }) => {
      if (envelope.type !== type) return;
      const deleted = { id: envelope.aggregateId, organizationId: envelope.organizationId };
      const rows = await options.purge(deleted);
      options.logger.info(`deleted ${options.of} purged`, { eventId: envelope.id, id: deleted.id, purged: rows });
    },
  });
}
