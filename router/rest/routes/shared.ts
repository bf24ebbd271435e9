import { z } from 'zod';
import { ErrorCode } from '../../../lib/errors';
import { fail } from '../problem';

/** A global ID (lib/ids.ts) as REST takes it: the service checks it is one, of the right type. */
export const globalId = (what: string) =>
  z.string().min(1).max(200).describe(`The ${what}'s ID (a global ID, as GraphQL gives it).`);

export const reference = z.object({ id: z.string() });
export const personReference = z.object({ id: z.string(), name: z.string() });

export const dateTime = z.string().describe('ISO 8601 date and time, UTC.');
export const date = z.string().describe('A day: YYYY-MM-DD.');

/**
 * `node(id:)` answered with the fields of a type (`... on T`) only when the ID is one of that type the
 * caller may see: anything else is the same 404.
 */
export function visibleNode<T extends object>(node: T | Record<string, never> | null, what: string): T {
  if (!node || !('id' in node)) throw fail(ErrorCode.NotFound, `${what} not found.`);
  return node as T;
}
