import {
  createEvent,
  type AnyEventEnvelope,
  type EventPayloads,
  type SprintSnapshot,
} from '../../../lib/events/envelope';
import { writeOutbox } from '../../../lib/events/outbox';
import type { SprintsTx } from '../db';
import type { Sprint } from '../generated/prisma/client';
import { placementEvents } from './placement-events';

// Sprint events, written to the sprints outbox in the transaction of the change: the relay publishes
// them after the commit (docs/events.md).

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The sprint as events carry it: call it with the row as it is after the change (before, for a deletion). */
export function sprintSnapshot(sprint: Sprint): SprintSnapshot {
  return {
    id: sprint.id,
    projectId: sprint.projectId,
    name: sprint.name,
    state: sprint.state,
    startDate: isoDate(sprint.startDate),
    endDate: isoDate(sprint.endDate),
  };
}

type SprintEventType = Extract<keyof EventPayloads, `sprint.${string}`>;

/** One sprint event; `payload` is everything but the snapshot, which comes from `sprint`. */
export function sprintEvent<T extends SprintEventType>(
  type: T,
  sprint: Sprint,
  origin: { actorId: string | null; at: Date },
  payload: Omit<EventPayloads[T], 'sprint'>,
): AnyEventEnvelope {
  return createEvent({
    type,
    actorId: origin.actorId,
    organizationId: sprint.organizationId,
    projectId: sprint.projectId,
    aggregateId: sprint.id,
    occurredAt: origin.at,
    payload: { sprint: sprintSnapshot(sprint), ...payload } as EventPayloads[T],
  }) as AnyEventEnvelope;
}

/**
 * Writes the events to the outbox (one statement), with a `sprint_placement.changed` for each item
 * they moved in or out of an open sprint, and for each of `alsoPlaced` (items moved that no event
 * names: a completed sprint's canceled items); one more statement reads where those items are now.
 * Call it after the change's writes.
 */
export async function writeSprintEvents(
  tx: SprintsTx,
  events: AnyEventEnvelope[],
  alsoPlaced: readonly string[] = [],
): Promise<void> {
  const first = events[0];
  if (!first) return;
  const origin = { actorId: first.actorId, at: new Date(first.occurredAt) };
  const placements = await placementEvents(tx, events, alsoPlaced, origin);
  await writeOutbox(tx, 'sprints', [...events, ...placements]);
}
