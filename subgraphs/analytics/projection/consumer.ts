import type { Consumer, EventBus } from '../../../lib/events/bus';
import type { Logger } from '../../../lib/logger';
import type { AnalyticsPrisma } from '../db';
import { createFlowEventHandler, projectionGroup } from './apply-flow-event';

export { projectionGroup };

/**
 * Consumes the work-items and projects streams into the read model. A new group starts at the
 * beginning of the retained stream; what the stream no longer holds comes from `npm run analytics:rebuild`.
 */
export function startFlowProjection(options: {
  prisma: AnalyticsPrisma;
  bus: EventBus;
  logger: Logger;
  consumer?: string;
}): Consumer {
  const handle = createFlowEventHandler(options.prisma, options.logger);
  return options.bus.consume({
    group: projectionGroup,
    streams: ['work-items', 'projects'],
    consumer: options.consumer,
    handle: (event) => handle(event),
  });
}
