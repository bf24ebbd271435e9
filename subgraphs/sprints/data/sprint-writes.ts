import { badInput, conflict } from '../../../lib/errors';
import { formatCalendarDate } from '../../../lib/graphql-scalars';
import { toGlobalId } from '../../../lib/ids';
import type { SprintsTx } from '../db';
import type { Sprint } from '../generated/prisma/client';
import { datesOverlap } from '../validation';

/** Who makes a change and its moment of record: the `origin` of the events it writes. */
export interface Actor {
  actorId: string;
  at: Date;
}

/**
 * The sprints' rows, locked until the transaction ends (in id order, so two writers never
 * deadlock): every write that depends on a sprint's state goes through here first.
 */
export async function lockSprints(tx: SprintsTx, ids: readonly string[]): Promise<Map<string, Sprint>> {
  const sorted = [...new Set(ids)].sort();
  await tx.$queryRaw`SELECT id FROM sprints.sprint WHERE id = ANY(${sorted}::uuid[]) ORDER BY id FOR UPDATE`;
  const rows = await tx.sprint.findMany({ where: { id: { in: sorted } } });
  return new Map(rows.map((row) => [row.id, row]));
}

export async function lockSprint(tx: SprintsTx, id: string): Promise<Sprint | null> {
  return (await lockSprints(tx, [id])).get(id) ?? null;
}

const stateName = (sprint: Sprint) => sprint.state.toLowerCase();

/** CONFLICT unless the sprint is in one of `states`. */
export function requireState(sprint: Sprint, states: readonly string[], action: string): void {
  if (!states.includes(sprint.state)) {
    throw conflict(`The sprint is ${stateName(sprint)}: ${action}.`, { state: sprint.state });
  }
}

/** The project's active sprint other than `exceptId`, if any. */
export function otherActiveSprint(tx: SprintsTx, projectId: string, exceptId?: string): Promise<Sprint | null> {
  return tx.sprint.findFirst({
    where: { projectId, state: 'ACTIVE', ...(exceptId ? { id: { not: exceptId } } : {}) },
  });
}

/** A planned sprint's days may not overlap the project's active sprint (inclusive). */
export async function requireNoOverlapWithActive(
  tx: SprintsTx,
  projectId: string,
  dates: { startDate: Date; endDate: Date },
): Promise<void> {
  const active = await otherActiveSprint(tx, projectId);
  if (active && datesOverlap(dates, active)) {
    throw badInput(
      'input.startDate',
      `The dates overlap the active sprint ${active.name} (${formatCalendarDate(active.startDate)} to ${formatCalendarDate(active.endDate)}).`,
      { activeSprintId: toGlobalId('Sprint', active.id) },
    );
  }
}

/** Touches the sprint (`updatedAt`), as every change of it does; the sprint as updated. */
export function touchSprint(tx: SprintsTx, id: string, at: Date): Promise<Sprint> {
  return tx.sprint.update({ where: { id }, data: { updatedAt: at } });
}
