import { badInput } from '../../../lib/errors';
import { encodeCursor, type Connection } from '../../../lib/relay';

/**
 * A page of a list computed in memory, in its order; the cursor is the position after the last
 * item seen, so pages of a recomputed list stay aligned while the data does not change.
 */
export function indexPage<T>(
  items: readonly T[],
  args: { first?: number | null; after?: string | null },
  limits: { defaultFirst: number; maxFirst: number },
): Connection<T> {
  const first = args.first ?? limits.defaultFirst;
  if (!Number.isInteger(first) || first < 0 || first > limits.maxFirst) {
    throw badInput('first', `first must be between 0 and ${limits.maxFirst}.`);
  }
  let start = 0;
  if (args.after) {
    try {
      const [position] = JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8')) as unknown[];
      start = Number(position);
    } catch {
      start = Number.NaN;
    }
    if (!Number.isInteger(start) || start < 1) throw badInput('after', 'after is not a valid cursor.');
  }
  const nodes = items.slice(start, start + first);
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor([String(start + i + 1)]), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: async () => items.length,
  };
}
