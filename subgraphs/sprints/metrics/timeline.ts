import type { ItemFigures } from './points';

/** One recorded state of a work item (a work_item_history row). */
export interface HistoryPoint extends ItemFigures {
  id: string;
  workItemId: string;
  version: number;
  occurredAt: Date;
  actorId: string | null;
}

/** An item joining or leaving the sprint (a scope_change row). */
export interface MembershipChange {
  workItemId: string;
  kind: string;
  actorId: string | null;
  at: Date;
}

/** Everything the burndown and scope change replay for one sprint. */
export interface SprintTimeline {
  /** Oldest first. */
  membership: MembershipChange[];
  /** Each item's states, oldest first (see `byOccurrence`). */
  history: Map<string, HistoryPoint[]>;
  /** The read model's current row, for items without history. */
  current: Map<string, ItemFigures>;
}

/** Chronological; the same instant is ordered by version, then id, so the last one wins. */
export function byOccurrence(a: HistoryPoint, b: HistoryPoint): number {
  return (
    a.occurredAt.getTime() - b.occurredAt.getTime() || a.version - b.version || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A sprint's timeline from its membership changes and any rows of the items' history and current state. */
export function timelineOf(
  membership: readonly MembershipChange[],
  history: readonly HistoryPoint[],
  current: ReadonlyMap<string, ItemFigures>,
): SprintTimeline {
  const itemIds = new Set(membership.map((change) => change.workItemId));
  const byItem = new Map<string, HistoryPoint[]>();
  for (const point of history) {
    if (!itemIds.has(point.workItemId)) continue;
    const points = byItem.get(point.workItemId) ?? [];
    points.push(point);
    byItem.set(point.workItemId, points);
  }
  for (const points of byItem.values()) points.sort(byOccurrence);
  return {
    membership: [...membership].sort((a, b) => a.at.getTime() - b.at.getTime()),
    history: byItem,
    current: new Map([...current].filter(([id]) => itemIds.has(id))),
  };
}

/**
 * The item as it was at `at`: its latest history point by then; before its first one, that first
 * one; without history, its current row; null when nothing is known of it.
 */
export function stateAt(timeline: SprintTimeline, workItemId: string, at: Date): ItemFigures | null {
  const points = timeline.history.get(workItemId);
  if (!points?.length) return timeline.current.get(workItemId) ?? null;
  let found = points[0]!;
  for (const point of points) {
    if (point.occurredAt.getTime() > at.getTime()) break;
    found = point;
  }
  return found;
}

/** The items in the sprint at `at`: those whose last membership change by then added them. */
export function membersAt(timeline: SprintTimeline, at: Date): string[] {
  const latest = new Map<string, string>();
  for (const change of timeline.membership) {
    if (change.at.getTime() > at.getTime()) break;
    latest.set(change.workItemId, change.kind);
  }
  return [...latest].filter(([, kind]) => kind === 'ADDED').map(([workItemId]) => workItemId);
}
