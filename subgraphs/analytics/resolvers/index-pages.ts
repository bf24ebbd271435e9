import { badInput } from '../../../lib/errors';
import { parsePage, toConnection, type Connection, type PageArgs } from '../../../lib/relay';

/**
 * A page of a list computed in memory, in its order; the cursor is the position after the last
 * item seen, so pages of a recomputed list stay aligned while the data does not change.
 */
export function indexPage<T>(
  items: readonly T[],
  args: PageArgs,
  sizes: { default: number; max: number },
): Connection<T> {
  const page = parsePage(args, '', sizes);
  const start = page.after ? Number(page.after[0]) : 0;
  if (page.after && !(Number.isInteger(start) && start >= 1)) throw badInput('after', 'after is not a valid cursor.');
  const rows = items.slice(start, start + page.take).map((node, i) => ({ node, position: start + i + 1 }));
  const connection = toConnection(
    rows,
    page,
    (row) => [String(row.position)],
    async () => items.length,
  );
  return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.node })) };
}
