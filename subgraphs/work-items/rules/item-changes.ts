import { conflict } from '../../../lib/errors';
import type { Prisma, WorkItem } from '../generated/prisma/client';
import type { FieldChange } from './field-change';
import { priorityName, priorityValue, type Priority } from '../priority';
import { dateText, gid, numberText } from './history-text';

export type ItemData = Prisma.WorkItemUncheckedUpdateInput;

/** New values of an item's plain fields; undefined leaves a field as it is. */
export interface ScalarFieldsInput {
  type?: string;
  title?: string;
  description?: string;
  priority?: Priority;
  estimate?: number | null;
  timeEstimateMinutes?: number | null;
  assigneeId?: string | null;
  releaseId?: string | null;
  dueDate?: Date | null;
}

/**
 * The row update and history entries of the plain fields that really change, in history order
 * (type, title, description, priority, estimate, timeEstimate, assignee, release, dueDate). Unchanged values
 * give nothing.
 */
export function scalarChanges(item: WorkItem, input: ScalarFieldsInput): { data: ItemData; changes: FieldChange[] } {
  const data: ItemData = {};
  const changes: FieldChange[] = [];
  const { type, title, description, priority, estimate, timeEstimateMinutes, assigneeId, releaseId, dueDate } = input;
  if (type !== undefined && type !== item.type) {
    data.type = type;
    changes.push({ field: 'type', oldValue: item.type, newValue: type });
  }
  if (title !== undefined && title !== item.title) {
    data.title = title;
    changes.push({ field: 'title', oldValue: item.title, newValue: title });
  }
  if (description !== undefined && description !== item.description) {
    data.description = description;
    changes.push({ field: 'description', oldValue: item.description || null, newValue: description || null });
  }
  if (priority !== undefined && priorityValue(priority) !== item.priority) {
    data.priority = priorityValue(priority);
    changes.push({ field: 'priority', oldValue: priorityName(item.priority), newValue: priority });
  }
  if (estimate !== undefined && estimate !== item.estimate) {
    data.estimate = estimate;
    changes.push({ field: 'estimate', oldValue: numberText(item.estimate), newValue: numberText(estimate) });
  }
  if (timeEstimateMinutes !== undefined && timeEstimateMinutes !== item.timeEstimateMinutes) {
    data.timeEstimateMinutes = timeEstimateMinutes;
    changes.push({
      field: 'timeEstimate',
      oldValue: numberText(item.timeEstimateMinutes),
      newValue: numberText(timeEstimateMinutes),
    });
  }
  if (assigneeId !== undefined && assigneeId !== item.assigneeId) {
    data.assigneeId = assigneeId;
    changes.push({ field: 'assignee', oldValue: gid('User', item.assigneeId), newValue: gid('User', assigneeId) });
  }
  if (releaseId !== undefined && releaseId !== item.releaseId) {
    data.releaseId = releaseId;
    changes.push({ field: 'release', oldValue: gid('Release', item.releaseId), newValue: gid('Release', releaseId) });
  }
  if (dueDate !== undefined && dateText(dueDate) !== dateText(item.dueDate)) {
    data.dueDate = dueDate;
    changes.push({ field: 'dueDate', oldValue: dateText(item.dueDate), newValue: dateText(dueDate) });
  }
  return { data, changes };
}

/**
 * CONFLICT on `field` when the item's version is not the one the client read: the optimistic check of
 * `updateWorkItem` and of each `expectedVersions` entry of `bulkUpdateWorkItems`.
 */
export function checkExpectedVersion(item: WorkItem, expectedVersion: number, field: string): void {
  if (item.version === expectedVersion) return;
  throw conflict(
    `The work item has changed since you read it (version ${item.version}, not ${expectedVersion}): reload it and apply your change again.`,
    { field, currentVersion: item.version },
  );
}

/** Whether two id lists hold the same ids, whatever their order. */
export const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id) => b.includes(id));

/** An item's labels after a bulk change: the kept ones in their order, then the added, without repeats. */
export function mergedLabelIds(
  beforeIds: readonly string[],
  addIds: readonly string[],
  removeIds: readonly string[],
): string[] {
  return [...beforeIds.filter((labelId) => !removeIds.includes(labelId)), ...addIds].filter(
    (labelId, i, all) => all.indexOf(labelId) === i,
  );
}
