import type { ScopeChangeMapper, SprintScopeChangeMapper } from '../mappers';
import { pointsOf, withoutNoise } from './points';
import { membersAt, stateAt, type SprintTimeline } from './timeline';

/**
 * How the scope changed after the start, up to completion (or `now`): each item added or removed at
 * its points at that moment, and each re-estimate of an item in the sprint at that moment (the
 * estimate differs from the item's previous recorded one). Nothing before the start.
 */
export function scopeChangeOf(
  sprint: { startedAt: Date | null; completedAt: Date | null },
  timeline: SprintTimeline,
  now: Date,
): SprintScopeChangeMapper {
  const changes: ScopeChangeMapper[] = [];
  if (sprint.startedAt) {
    const from = sprint.startedAt.getTime();
    const to = (sprint.completedAt ?? now).getTime();
    const inWindow = (at: Date) => at.getTime() > from && at.getTime() <= to;
    for (const change of timeline.membership) {
      if (!inWindow(change.at)) continue;
      const points = pointsOf(stateAt(timeline, change.workItemId, change.at));
      changes.push({
        kind: change.kind === 'ADDED' ? 'ADDED' : 'REMOVED',
        workItemId: change.workItemId,
        points: change.kind === 'ADDED' ? points : withoutNoise(-points),
        actorId: change.actorId,
        at: change.at,
      });
    }
    for (const [workItemId, points] of timeline.history) {
      points.forEach((point, index) => {
        const previous = points[index - 1];
        if (!previous || !inWindow(point.occurredAt)) return;
        if ((point.estimate ?? 0) === (previous.estimate ?? 0)) return;
        if (!membersAt(timeline, point.occurredAt).includes(workItemId)) return;
        changes.push({
          kind: 'REESTIMATED',
          workItemId,
          points: withoutNoise((point.estimate ?? 0) - (previous.estimate ?? 0)),
          actorId: point.actorId,
          at: point.occurredAt,
        });
      });
    }
  }
  // Stable: at the same instant, membership changes stay before re-estimates.
  changes.sort((a, b) => a.at.getTime() - b.at.getTime());
  const sum = (kind: ScopeChangeMapper['kind']) =>
    withoutNoise(changes.filter((c) => c.kind === kind).reduce((total, c) => total + c.points, 0));
  return {
    addedPoints: sum('ADDED'),
    removedPoints: withoutNoise(-sum('REMOVED')),
    reestimatedPoints: sum('REESTIMATED'),
    addedItemCount: changes.filter((c) => c.kind === 'ADDED').length,
    removedItemCount: changes.filter((c) => c.kind === 'REMOVED').length,
    changes,
  };
}
