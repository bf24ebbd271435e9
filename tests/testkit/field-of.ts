import type { AppError } from '../../lib/errors';

/** The field path of the error `fn` throws; undefined when it throws nothing. */
export const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as AppError).details.field;
  }
  return undefined;
};
