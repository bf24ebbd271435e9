import { isUniqueViolation } from '../../../lib/db/errors';

/**
 * Runs a write that may hit a unique index of names (two admins naming things at once: the index
 * has the last word) and throws `duplicate()` instead of the database's error.
 */
export async function withUniqueName<T>(write: () => Promise<T>, duplicate: () => Error): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}
