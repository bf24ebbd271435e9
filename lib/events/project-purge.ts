import type { Logger } from '../logger';
import type { Consumer, EventBus } from './bus';

/** What a subgraph deleted of a project, by table: for the log. */
export type PurgedRows = Record<string, number>;

/** The deleted project, as raw ids. */
export interface DeletedProject {
  id: string;
  organizationId: string;
}

/** Deletes every row a subgraph holds of one deleted project; idempotent (a second run deletes nothing). */
export type ProjectPurge = (project: DeletedProject) => Promise<PurgedRows>;

/** The consumer group of a subgraph's purge, e.g. `work-items-project-purge`. */
export const projectPurgeGroup = (subgraph: string) => `${subgraph}-project-purge`;

/**
 * Runs a subgraph's purge for every `project.deleted` on the projects stream, in a group of its own so
 * a slow purge delays none of its projections. A purge is idempotent, so redelivery needs no record
 * of processed events; a new group starts at the beginning of the retained stream and purges again
 * what the stream still holds, harmlessly.
 */
export function startProjectPurge(options: {
  subgraph: string;
  bus: EventBus;
  logger: Logger;
  purge: ProjectPurge;
  consumer?: string;
}): Consumer {
  return options.bus.consume({
    group: projectPurgeGroup(options.subgraph),
    streams: ['projects'],
    consumer: options.consumer,
    handle: async ({ envelope }) => {
      if (envelope.type !== 'project.deleted') return;
      const purged = await options.purge({ id: envelope.aggregateId, organizationId: envelope.organizationId });
      options.logger.info('deleted project purged', { eventId: envelope.id, projectId: envelope.aggregateId, purged });
    },
  });
}
