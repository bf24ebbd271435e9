import { isDone, isUnfinished, pointsOf, withoutNoise } from './points';
import { daysBetween, dayMs } from './sprint-days';
import { membersAt, stateAt, type SprintTimeline } from './timeline';

/** What the burndown needs of the sprint row. */
export interface SprintSpan {
  startDate: Date;
  endDate: Date;
  startedAt: Date | null;
  completedAt: Date | null;
}

/** One day of the sprint; the figures are null for days not reached yet (or after completion). */
export interface DayFigures {
  date: Date;
  remainingPoints: number | null;
  completedPoints: number | null;
  scopePoints: number | null;
  idealRemainingPoints: number;
}

function figuresAt(timeline: SprintTimeline, at: Date) {
  let remaining = 0;
  let completed = 0;
  for (const workItemId of membersAt(timeline, at)) {
    const item = stateAt(timeline, workItemId, at);
    if (isDone(item)) completed += pointsOf(item);
    else if (isUnfinished(item)) remaining += pointsOf(item);
  }
  return { remaining: withoutNoise(remaining), completed: withoutNoise(completed) };
}

/**
 * The sprint day by day: a day's figures are those at its end (the next midnight UTC), or at the
 * cap (completion, or `now` while running) when that comes first. Days that start after the cap, and
 * every day of a sprint that has not started, have none (a sprint started late shows its earlier days
 * as they were, planned scope included). The ideal line falls from `committedPoints` on the first day
 * to 0 on the last.
 */
export function burndown(
  sprint: SprintSpan,
  committedPoints: number,
  timeline: SprintTimeline,
  now: Date,
): DayFigures[] {
  const days = daysBetween(sprint.startDate, sprint.endDate);
  const cap = sprint.completedAt ?? now;
  const steps = days.length - 1;
  return days.map((date, index) => {
    const idealRemainingPoints = steps > 0 ? withoutNoise((committedPoints * (steps - index)) / steps) : 0;
    if (!sprint.startedAt || date.getTime() > cap.getTime()) {
      return { date, remainingPoints: null, completedPoints: null, scopePoints: null, idealRemainingPoints };
    }
    const at = new Date(Math.min(date.getTime() + dayMs, cap.getTime()));
    const { remaining, completed } = figuresAt(timeline, at);
    return {
      date,
      remainingPoints: remaining,
      completedPoints: completed,
      scopePoints: withoutNoise(remaining + completed),
      idealRemainingPoints,
    };
  });
}
