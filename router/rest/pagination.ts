import { z } from 'zod';
import { ErrorCode } from '../../lib/errors';
import { defaultPageSize, maxPageSize } from '../../lib/relay';
import { linkHeader, pageUrl } from './link-header';
import { decodePageCursor, neighbourCursors, type PageArgs } from './page-cursor';
import { fail } from './problem';
import type { RouteResult } from './route';

/** The query parameters of every paginated route: GraphQL's page sizes. */
export const pageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(maxPageSize)
    .default(defaultPageSize)
    .describe(`Items per page, 1-${maxPageSize} (${defaultPageSize} when omitted).`),
  cursor: z
    .string()
    .max(12_000)
    .optional()
    .describe('Where the page starts: a cursor from a `Link` header; the first page when omitted.'),
});

export function pageArgsOf(query: { limit?: number; cursor?: string }): PageArgs {
  const current = query.cursor ? decodePageCursor(query.cursor) : null;
  if (query.cursor && !current) {
    throw fail(ErrorCode.BadUserInput, 'cursor is not a cursor this API issued.', {
      errors: [{ in: 'query', field: 'cursor', message: 'cursor is not a cursor this API issued.' }],
    });
  }
  return { first: query.limit ?? defaultPageSize, after: current?.after ?? null, current };
}

export interface ListBody<T> {
  items: T[];
  totalCount: number;
}

/** The page as `{ items, totalCount }`, with `Link` to the next, previous and first pages. */
export function listResult<T>(
  url: URL,
  page: PageArgs,
  connection: {
    edges: { node: T }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  },
): RouteResult {
  const cursors = neighbourCursors(page.current, connection.pageInfo);
  const at = (cursor: string | null) => pageUrl(url.pathname, url.searchParams, cursor);
  const link = linkHeader({
    first: cursors.first ? undefined : at(null),
    prev: cursors.prev === undefined ? undefined : at(cursors.prev),
    next: cursors.next ? at(cursors.next) : undefined,
  });
  const body: ListBody<T> = { items: connection.edges.map((edge) => edge.node), totalCount: connection.totalCount };
  return { status: 200, body, headers: link ? { link } : {} };
}
