import { conflict } from '../../../lib/errors';
import type { SprintsTx } from '../db';
import type { Sprint } from '../generated/prisma/client';

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
