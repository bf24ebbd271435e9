import { badInput } from '../../../lib/errors';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A `[createdAt ISO, uuid]` cursor, checked so a forged cursor becomes BAD_USER_INPUT rather than a SQL error. */
export function parseTimeIdCursor(after: string[] | null, field: string): { createdAt: Date; id: string } | null {
  if (!after) return null;
  const [iso, id] = after;
  const createdAt = iso ? new Date(iso) : null;
  if (after.length !== 2 || !createdAt || Number.isNaN(createdAt.getTime()) || !id || !uuidPattern.test(id)) {
    throw badInput(field, 'after is not a valid cursor.');
  }
  return { createdAt, id };
}
