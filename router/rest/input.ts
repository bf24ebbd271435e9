import type { z } from 'zod';
import { ErrorCode } from '../../lib/errors';
import { fail, type FieldError } from './problem';

/** The query string as an object: a name sent twice keeps its last value. */
export const queryObject = (search: URLSearchParams): Record<string, string> => Object.fromEntries(search.entries());

/** Parses one part of the request, or ends it with BAD_USER_INPUT naming every input at fault. */
export function parseInput<T>(schema: z.ZodType<T> | undefined, value: unknown, where: FieldError['in']): T {
  if (!schema) return value as T;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors: FieldError[] = parsed.error.issues
    .map((issue) => {
      // An unknown key names the key itself, like GraphQL's unknown input fields.
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [''];
      return keys.map((key) => ({
        in: where,
        field: [...issue.path.map(String), ...(key ? [key] : [])].join('.'),
        message: issue.message,
      }));
    })
    .flat();
  const first = errors[0]!;
  throw fail(ErrorCode.BadUserInput, `${first.field || where}: ${first.message}`, { errors });
}
