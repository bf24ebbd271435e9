import type { SprintsTx } from '../db';
import { sprintEvent, writeSprintEvents } from '../events/sprint-events';
import type { Sprint } from '../generated/prisma/client';
import { requireNoOverlapWithActive, type Actor } from './sprint-writes';

export interface NewSprint {
  projectId: string;
  organizationId: string;
  name: string;
  goal: string;
  startDate: Date;
  endDate: Date;
}

/** A planned sprint, its days clear of the project's active sprint; announces `sprint.created`. */
export async function createSprint(tx: SprintsTx, actor: Actor, input: NewSprint): Promise<Sprint> {
  const { projectId, organizationId, name, goal, startDate, endDate } = input;
  await requireNoOverlapWithActive(tx, projectId, { startDate, endDate });
  const created = await tx.sprint.create({
    data: {
      projectId,
      organizationId,
      name,
      goal,
      startDate,
      endDate,
      createdById: actor.actorId,
      createdAt: actor.at,
      updatedAt: actor.at,
    },
  });
  await writeSprintEvents(tx, [sprintEvent('sprint.created', created, actor, {})]);
  return created;
}
