import { toConnection, type Page } from '../../../lib/relay';
import type { ConnectionOf } from '../mappers';

/** A connection whose edges carry more than the node (a role, a date): rows become edges by `toEdge`. */
export function connectionOf<TRow, TEdge>(
  rows: TRow[],
  page: Page,
  cursorOf: (row: TRow) => string[],
  toEdge: (row: TRow, cursor: string) => TEdge,
  totalCount: () => Promise<number>,
): ConnectionOf<TEdge> {
  const connection = toConnection(rows, page, cursorOf, totalCount);
  return { ...connection, edges: connection.edges.map((edge) => toEdge(edge.node, edge.cursor)) };
}

/** Connection types share these resolvers: totalCount is a thunk until a client selects it. */
export const connectionResolvers = {
  edges: <T>(connection: ConnectionOf<T>) => connection.edges,
  pageInfo: <T>(connection: ConnectionOf<T>) => connection.pageInfo,
  totalCount: <T>(connection: ConnectionOf<T>) => connection.totalCount(),
};
