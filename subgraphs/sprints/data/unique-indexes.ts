import { isUniqueViolation } from '../../../lib/db/errors';

/** The partial unique indexes of the sprints migration that concurrent writers can run into. */
export type SprintsUniqueIndex = 'sprint_one_active_per_project' | 'sprint_item_one_open_sprint';

function mentions(error: unknown, name: string, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { message, meta, cause } = error as { message?: unknown; meta?: unknown; cause?: unknown };
  if (typeof message === 'string' && message.includes(name)) return true;
  if (meta !== undefined && JSON.stringify(meta).includes(name)) return true;
  return cause !== undefined && cause !== error && mentions(cause, name, depth + 1);
}

/** Whether a write was refused by that unique index (a race the checks before it could not see). */
export function violatesIndex(error: unknown, index: SprintsUniqueIndex): boolean {
  return isUniqueViolation(error) && mentions(error, index);
}
