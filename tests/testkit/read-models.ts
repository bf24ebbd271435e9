import { untilNotificationsCaughtUp } from './notifications';
import { untilSprintsCaughtUp } from './sprints';
import type { TestStack } from './stack';
import { querySql } from './work-items';

/** Polls `behindSql` (one row, `behind`) until it is 0; only a read model that makes no progress for `timeoutMs` is reported. */
async function untilNoneBehind(stack: TestStack, behindSql: string, what: string, timeoutMs: number): Promise<void> {
  let left = Infinity;
  let stuckSince = Date.now();
  for (;;) {
    const [row] = await querySql<{ behind: number }>(stack, behindSql);
    if (row!.behind === 0) return;
    if (row!.behind < left) {
      left = row!.behind;
      stuckSince = Date.now();
    } else if (Date.now() - stuckSince > timeoutMs) {
      throw new Error(`${what} made no progress for ${timeoutMs} ms: ${left} behind`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Waits until the work-items read model of watchers holds every watch the notifications service
 * has, at the same version: first the notifications consumer's automatic watches, then their
 * `watch.changed` events through the `work-items-watchers` group.
 */
export async function untilWatchersFollowed(stack: TestStack, timeoutMs = 10_000): Promise<void> {
  await untilNotificationsCaughtUp(stack, timeoutMs);
  await untilNoneBehind(
    stack,
    `SELECT count(*)::int AS behind FROM notifications.watcher n
       JOIN work_items.work_item i ON i.id = n.work_item_id
       LEFT JOIN work_items.work_item_watcher w ON w.work_item_id = n.work_item_id AND w.user_id = n.user_id
      WHERE w.version IS DISTINCT FROM n.version`,
    'The work-items read model of watchers',
    timeoutMs,
  );
}

/**
 * Waits until the work-items read model of items' sprints has every item where the sprints service
 * has it (its open sprint, or none): first the sprints projection of work-item events (which takes
 * archived and deleted items out of sprints), then the `sprint_placement.changed` events through the
 * `work-items-sprints` group.
 */
export async function untilSprintPlacementsFollowed(stack: TestStack, timeoutMs = 10_000): Promise<void> {
  await untilSprintsCaughtUp(stack, timeoutMs);
  await untilNoneBehind(
    stack,
    `SELECT count(*)::int AS behind FROM work_items.work_item i
       LEFT JOIN sprints.sprint_item si ON si.work_item_id = i.id AND si.open
       LEFT JOIN work_items.work_item_sprint ws ON ws.work_item_id = i.id
      WHERE si.sprint_id IS DISTINCT FROM ws.sprint_id`,
    'The work-items read model of sprints',
    timeoutMs,
  );
}

/**
 * Waits until no other service's change is on its way to a work-items read model (watchers, sprint
 * placements). A test counting `work_items` statements calls it first: the consumers of those read
 * models write to the same domain, and their statements would land in the count.
 */
export async function untilWorkItemReadModelsFollowed(stack: TestStack, timeoutMs = 10_000): Promise<void> {
  await untilWatchersFollowed(stack, timeoutMs);
  await untilSprintPlacementsFollowed(stack, timeoutMs);
}
