import { isRecordNotFound } from '../../../../lib/db/errors';
import { notFound } from '../../../../lib/errors';

/** A write whose row was deleted after the access check (a concurrent delete) answers NOT_FOUND, not a 500. */
export async function unlessGone<T>(write: Promise<T>, what: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isRecordNotFound(error)) throw notFound(what);
    throw error;
  }
}
