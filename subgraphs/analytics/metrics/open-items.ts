import { byEndOf, inWindow } from './days';
import type { Day, FlowItem, Window } from './types';

/** Started by the end of `day`, and not finished, discarded, archived or deleted by then. */
export const inProgressAt = (item: FlowItem, day: Day): boolean =>
  byEndOf(item.startedAt, day) &&
  !byEndOf(item.finishedAt, day) &&
  !byEndOf(item.discardedAt, day) &&
  !byEndOf(item.archivedAt, day) &&
  !byEndOf(item.deletedAt, day);

export type FinishedItem = FlowItem & { finishedAt: Date };

/** Finished on a day of the window; archived and deleted items stay in the history. */
export const finishedIn = (items: readonly FlowItem[], window: Window): FinishedItem[] =>
  items.filter((item): item is FinishedItem => item.finishedAt !== null && inWindow(item.finishedAt, window));
