import { fromGlobalId } from '../../../lib/ids';
import { viewerIdOf, type WorkItemsContext } from '../context';
import type { Actor } from '../data/actor';

/** An optional global ID of an input: undefined (omitted) leaves a field as it is, null clears it. */
export function optionalGlobalId(
  id: string | null | undefined,
  type: string,
  field: string,
): string | null | undefined {
  if (id === undefined || id === null) return id;
  return fromGlobalId(id, type, field);
}

/** The signed-in viewer making a change now: one timestamp for the change's rows, history and events. */
export function actorOf(context: WorkItemsContext): Actor {
  return { userId: viewerIdOf(context), at: new Date() };
}
