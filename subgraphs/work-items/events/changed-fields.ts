import type { FieldChange } from '../rules/field-change';

/**
 * History field names → WorkItem GraphQL field names, in the order `changedFields` lists them.
 * `customField:<field ID>` entries all map to `customFields`; `created` and `archived` have their
 * own event types and map to nothing.
 */
const graphqlFieldOf: Record<string, string> = {
  type: 'type',
  title: 'title',
  description: 'description',
  state: 'state',
  priority: 'priority',
  estimate: 'estimate',
  timeEstimate: 'timeEstimateMinutes',
  assignee: 'assignee',
  release: 'release',
  parent: 'parent',
  labels: 'labels',
  dueDate: 'dueDate',
  rank: 'rank',
  customFields: 'customFields',
};

const order = Object.values(graphqlFieldOf);

function graphqlField(historyField: string): string | undefined {
  if (historyField.startsWith('customField:')) return graphqlFieldOf.customFields;
  return graphqlFieldOf[historyField];
}

/** The WorkItem fields a change touched, each once, in schema order (extra names may be added). */
export function changedFieldsOf(
  changes: readonly Pick<FieldChange, 'field'>[],
  extra: readonly string[] = [],
): string[] {
  const fields = new Set([...changes.map((change) => graphqlField(change.field)), ...extra]);
  return order.filter((field) => fields.has(field));
}
