import { badInput } from '../../../lib/errors';
import { decodeTimeIdCursor } from '../../../lib/time-id-cursor';
import type { Page } from '../../../lib/relay';
import type { SprintsPrisma } from '../context';
import type { Sprint, SprintItem } from '../generated/prisma/client';

/** A project's sprints by (start date, id), optionally some states only (index sprint_project_id_state_start_date_id_idx). */
export function projectSprintsPage(
  prisma: SprintsPrisma,
  projectId: string,
  states: readonly string[] | null,
  page: Page,
): Promise<Sprint[]> {
  const cursor = decodeTimeIdCursor(page);
  return prisma.sprint.findMany({
    where: {
      projectId,
      ...(states ? { state: { in: [...states] } } : {}),
      ...(cursor
        ? { OR: [{ startDate: { gt: cursor.time } }, { startDate: cursor.time, id: { gt: cursor.id } }] }
        : {}),
    },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    take: page.take,
  });
}

export function countProjectSprints(prisma: SprintsPrisma, projectId: string, states: readonly string[] | null) {
  return prisma.sprint.count({ where: { projectId, ...(states ? { state: { in: [...states] } } : {}) } });
}

/** A sprint's items in the order they were added (index sprint_item_sprint_id_seq_idx); the cursor is the seq. */
export function sprintItemsPage(prisma: SprintsPrisma, sprintId: string, page: Page): Promise<SprintItem[]> {
  const after = page.after?.length === 1 && /^\d{1,19}$/.test(page.after[0]!) ? BigInt(page.after[0]!) : null;
  if (page.after && after === null) throw badInput('after', 'after is not a valid cursor.');
  return prisma.sprintItem.findMany({
    where: { sprintId, ...(after === null ? {} : { seq: { gt: after } }) },
    orderBy: { seq: 'asc' },
    take: page.take,
  });
}
