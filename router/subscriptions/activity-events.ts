import type { StreamEvent } from '../../lib/events/bus';
import { sprintChangeFields } from './sprint-changed';
import { workItemChangeFields } from './work-item-changed';

/** Where `organizationActivity` and `teamActivity` subscriptions of an organization listen. */
export const activityTopic = (organizationId: string) => `activity:${organizationId}`;

/** `ActivityEvent` fields of an event: a work-item change or a sprint change, named for the union; null otherwise. */
export function activityEventFields(event: StreamEvent): Record<string, unknown> | null {
  const workItemChange = workItemChangeFields(event);
  if (workItemChange) return { __typename: 'WorkItemChangeEvent', ...workItemChange };
  const sprintChange = sprintChangeFields(event);
  if (sprintChange) return { __typename: 'SprintChangeEvent', ...sprintChange };
  return null;
}
