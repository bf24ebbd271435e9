import type { Consumer, EventBus } from '../../../lib/events/bus';
import type { Logger } from '../../../lib/logger';
import type { SprintsPrisma } from '../db';
import { createWorkItemEventHandler, projectionGroup } from './apply-work-item-event';

export { projectionGroup };

export interface WorkItemProjectionOptions {
  prisma: SprintsPrisma;
  bus: EventBus;
  logger: Logger;
  /** This process's name in the group (tests); random by default. */
  consumer?: string;
}

/**
 * Consumes the work-items stream into the read model. A new group starts at the beginning of the
 * retained stream, so a fresh deployment catches up on the events before it.
 */
export function startWorkItemProjection(options: WorkItemProjectionOptions): Consumer {
  const handle = createWorkItemEventHandler(options.prisma, options.logger);
  return options.bus.consume({
    group: projectionGroup,
    streams: ['work-items'],
    consumer: options.consumer,
    handle: (event) => handle(event),
  });
}
