import {
  createEvent,
  type AnyEventEnvelope,
  type EventPayloads,
  type SprintSnapshot,
} from '../../../lib/events/envelope';
import { writeOutbox } from '../../../lib/events/outbox';
import type { SprintsTx } from '../db';
import type { Sprint } from '../generated/prisma/client';

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

/** Writes the events to the outbox (one statement); nothing for an empty list. */
export function writeSprintEvents(tx: SprintsTx, events: AnyEventEnvelope[]): Promise<void> {
  return writeOutbox(tx, 'sprints', events);
}
