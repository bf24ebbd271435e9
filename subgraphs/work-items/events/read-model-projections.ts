import type { Consumer, EventBus } from '../../../lib/events/bus';
import type { Logger } from '../../../lib/logger';
import { applySprintPlacement } from '../data/apply-sprint-placement';
import { applyWatchChange } from '../data/apply-watch-change';
import type { WorkItemsPrisma } from '../db';

/** The consumer group keeping `work_item_watcher` (the `watcher` filter, `watching: true`). */
export const watcherGroup = 'work-items-watchers';
/** The consumer group keeping `work_item_sprint` (the `sprint` filter). */
export const sprintGroup = 'work-items-sprints';

interface ProjectionOptions {
  prisma: WorkItemsPrisma;
  bus: EventBus;
  logger: Logger;
  consumer?: string;
}

/**
 * Consumes the notifications stream's `watch.changed` into the read model of watchers; every other
 * event of the stream is acknowledged untouched. Each change is one version-guarded statement, so
 * any number of consumers in the group, in any order, leave the newest version of each watch.
 */
export function startWatcherProjection({ prisma, bus, logger, consumer }: ProjectionOptions): Consumer {
  return bus.consume({
    group: watcherGroup,
    streams: ['notifications'],
    consumer,
    handle: async ({ envelope }) => {
      if (envelope.type !== 'watch.changed') return;
      const applied = await applyWatchChange(prisma, envelope.payload);
      logger.debug('watch change', { eventId: envelope.id, applied });
    },
  });
}

/** Consumes the sprints stream's `sprint_placement.changed` into the read model of items' sprints, as above. */
export function startSprintPlacementProjection({ prisma, bus, logger, consumer }: ProjectionOptions): Consumer {
  return bus.consume({
    group: sprintGroup,
    streams: ['sprints'],
    consumer,
    handle: async ({ envelope }) => {
      if (envelope.type !== 'sprint_placement.changed') return;
      const applied = await applySprintPlacement(prisma, envelope.payload);
      logger.debug('sprint placement', { eventId: envelope.id, applied });
    },
  });
}
