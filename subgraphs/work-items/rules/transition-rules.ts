import type { WorkItem } from '../generated/prisma/client';

// What a workflow transition requires of an item, and how a refused transition reads.

/** Fields a transition may require, in the order of the WorkItemField enum. */
export const workItemFields = ['ASSIGNEE', 'ESTIMATE', 'DUE_DATE', 'DESCRIPTION', 'LABELS'] as const;
export type WorkItemFieldName = (typeof workItemFields)[number];

const fieldLabels: Record<WorkItemFieldName, string> = {
  ASSIGNEE: 'an assignee',
  ESTIMATE: 'an estimate',
  DUE_DATE: 'a due date',
  DESCRIPTION: 'a description',
  LABELS: 'at least one label',
};

/** The required fields the item does not have; `labelCount` is asked only when LABELS is required. */
export async function missingRequiredFields(
  item: Pick<WorkItem, 'assigneeId' | 'estimate' | 'dueDate' | 'description'>,
  required: readonly string[],
  labelCount: () => Promise<number>,
): Promise<WorkItemFieldName[]> {
  const missing: WorkItemFieldName[] = [];
  for (const field of workItemFields) {
    if (!required.includes(field)) continue;
    const present =
      field === 'ASSIGNEE'
        ? item.assigneeId !== null
        : field === 'ESTIMATE'
          ? item.estimate !== null
          : field === 'DUE_DATE'
            ? item.dueDate !== null
            : field === 'DESCRIPTION'
              ? item.description.trim() !== ''
              : (await labelCount()) > 0;
    if (!present) missing.push(field);
  }
  return missing;
}

/** `"A", "B"`, or `none` for an empty list. */
export const quotedList = (names: readonly string[]): string =>
  names.length ? names.map((name) => `"${name}"`).join(', ') : 'none';

export function missingFieldsMessage(toName: string, missing: readonly WorkItemFieldName[]): string {
  return `Moving to "${toName}" requires ${missing.map((field) => fieldLabels[field]).join(', ')}. Missing: ${missing.join(', ')}.`;
}
