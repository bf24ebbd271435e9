import { listConnection, parsePage, type Connection, type PageArgs } from '../../../lib/relay';

/**
 * A page of a list computed in memory, in its order; cursors are positions, so pages of a recomputed
 * list stay aligned while the data does not change.
 */
export function indexPage<T>(
  items: readonly T[],
  args: PageArgs,
  sizes: { default: number; max: number },
): Connection<T> {
  return listConnection(items, parsePage(args, '', sizes));
}
