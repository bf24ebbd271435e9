// Database errors told apart by code, so no generated Prisma client class has to be imported: Prisma
// codes for its own queries, PostgreSQL SQLSTATEs (inside P2010, or on driver errors) for raw SQL.

interface CodedError {
  code?: unknown;
  meta?: unknown;
  cause?: unknown;
}

function hasCode(error: unknown, prismaCodes: readonly string[], sqlStates: readonly string[]): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta, cause } = error as CodedError;
  if (typeof code === 'string' && (prismaCodes.includes(code) || sqlStates.includes(code))) return true;
  if (code === 'P2010' && sqlStates.some((state) => JSON.stringify(meta ?? {}).includes(state))) return true;
  return cause !== undefined && cause !== error && hasCode(cause, prismaCodes, sqlStates);
}

/** A unique constraint refused the write. */
export const isUniqueViolation = (error: unknown): boolean => hasCode(error, ['P2002'], ['23505']);

/** The record to update or delete does not exist. */
export const isRecordNotFound = (error: unknown): boolean => hasCode(error, ['P2025'], []);

/**
 * The write lost a race with a concurrent one: a row it refers to was removed meanwhile (foreign
 * key), or the database broke a deadlock or a serialization conflict. Retrying after a reload is the
 * right answer.
 */
export const isConcurrentWriteError = (error: unknown): boolean =>
  hasCode(error, ['P2003', 'P2034'], ['23503', '40001', '40P01']);

/**
 * The database could not take the work in time: no connection came free before the transaction's
 * `maxWait` (Prisma P2028), or the server has no connection slot left (53300). A retry later can
 * succeed, so clients get SERVICE_UNAVAILABLE rather than an internal error.
 */
export const isDatabaseBusy = (error: unknown): boolean => hasCode(error, ['P2028'], ['53300']);
