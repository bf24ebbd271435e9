import type { Classifier, FlowClass, StateCategory, StateEntry } from './types';

export interface FlowDates {
  startedAt: Date | null;
  finishedAt: Date | null;
  discardedAt: Date | null;
  reopenedCount: number;
}

const classByCategory: Readonly<Record<string, FlowClass>> = {
  BACKLOG: 'before',
  TODO: 'before',
  IN_PROGRESS: 'started',
  DONE: 'done',
  CANCELED: 'discarded',
};

/** The workflow's categories decide; an unknown category counts as not started. */
export const defaultClassifier: Classifier = (_stateId, category) => classByCategory[category] ?? 'before';

export interface FlowSettings {
  startedStateIds: readonly string[];
  doneStateIds: readonly string[];
}

/**
 * A listed state takes its list's class (done wins over started); an unlisted state takes its
 * category's, except that a non-empty list alone decides its class: an unlisted DONE state is then
 * 'started' (work goes on until a listed done state) and an unlisted IN_PROGRESS state 'before'.
 */
export function classifierFromSettings(settings: FlowSettings): Classifier {
  const done = new Set(settings.doneStateIds);
  const started = new Set(settings.startedStateIds);
  return (stateId: string, category: StateCategory): FlowClass => {
    if (done.has(stateId)) return 'done';
    if (started.has(stateId)) return 'started';
    const byCategory = defaultClassifier(stateId, category);
    if (byCategory === 'done' && done.size > 0) return 'started';
    if (byCategory === 'started' && started.size > 0) return 'before';
    return byCategory;
  };
}

/**
 * An item's flow dates from its state entries in order. A move between two done (or two discarded)
 * states keeps the moment the item first entered that run of states.
 */
export function deriveFlowDates(entries: readonly StateEntry[], classify: Classifier): FlowDates {
  let startedAt: Date | null = null;
  let runStart: Date | null = null;
  let previous: FlowClass | null = null;
  let reopenedCount = 0;
  for (const entry of entries) {
    const flowClass = classify(entry.toStateId, entry.toCategory);
    if (startedAt === null && (flowClass === 'started' || flowClass === 'done')) startedAt = entry.at;
    if (previous === 'done' && flowClass !== 'done') reopenedCount++;
    if (flowClass !== previous) runStart = entry.at;
    previous = flowClass;
  }
  return {
    startedAt,
    finishedAt: previous === 'done' ? runStart : null,
    discardedAt: previous === 'discarded' ? runStart : null,
    reopenedCount,
  };
}
