import { conflict } from '../../../lib/errors';
import { isUniqueViolation } from '../../../lib/db/errors';

/**
 * A write refused by a unique key means that what it adds exists already: CONFLICT with `message`,
 * naming the input `field` that collided. The key decides, not a read before, so two concurrent
 * writes cannot both pass.
 */
export async function conflictOnDuplicate<T>(write: Promise<T>, message: string, field: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(message, { field });
    throw error;
  }
}
