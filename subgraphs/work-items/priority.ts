/** Priorities are stored as numbers (0 NONE … 4 URGENT) so sorting by priority is an index scan. */
export const priorities = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
export type Priority = (typeof priorities)[number];

export const priorityValue = (priority: Priority): number => priorities.indexOf(priority);

export function priorityName(value: number): Priority {
  return priorities[value] ?? 'NONE';
}
