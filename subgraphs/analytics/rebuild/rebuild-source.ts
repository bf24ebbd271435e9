import type { EventBus } from '../../../lib/events/bus';
import type { AnyEventEnvelope } from '../../../lib/events/envelope';
import type { ServiceClient } from '../../../lib/server/service-client';
import type { RebuildSource } from '../data/rebuild-read-model';
import { flowHistoryPages } from './flow-history';

/** What a rebuild reads: work-items' history as the analytics service, and the bus's retained streams. */
export function rebuildSource(options: {
  workItems: ServiceClient;
  bus: EventBus | null;
  projectIds: readonly string[];
}): RebuildSource {
  return {
    projectIds: options.projectIds,
    history: (projectId) => flowHistoryPages(options.workItems, projectId),
    async *retained(): AsyncIterable<AnyEventEnvelope> {
      if (!options.bus) return;
      for (const stream of ['work-items', 'projects'] as const) {
        for await (const event of options.bus.retained(stream)) yield event.envelope;
      }
    },
  };
}
